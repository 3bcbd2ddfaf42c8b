/**
 * Builds data/sources.json from the source-key tables in the shared fact reference
 * (§0 and §9.0 of healthcare-science-facts.md).
 *
 *   npx tsx scripts/extract-sources.ts [path/to/healthcare-science-facts.md]
 *
 * The markdown gives key, page title and URL(s). Publisher, the official flag, a cleaner
 * display title and a note (page date, mirror, archive) are not in the tables in a
 * machine-readable form, so they are set in META below, by key prefix with per-key overrides.
 * Check the output by hand after every run.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const refPath = resolve(process.argv[2] ?? '/work/shared/reference/healthcare-science-facts.md')
const outPath = resolve(here, '../data/sources.json')
const READ = '2026-11-23'

type Source = {
  title: string
  url: string
  alsoAt?: string[]
  publisher: string
  official: boolean
  read: string
  note?: string
}
type Meta = { publisher?: string; official?: boolean; title?: string; note?: string }

const KEY = /^(H|O|S|E|W|SC|R|A|P|T|X|N)\d+(-[A-Z]+)?$/
const URL_RE = /https?:\/\/[^\s)`;|]+/g

// ---------- 1. parse the tables ----------
const lines = readFileSync(refPath, 'utf8').split('\n')
const inRange = (start: RegExp, end: RegExp) => {
  const a = lines.findIndex((l) => start.test(l))
  const b = lines.findIndex((l, i) => i > a && end.test(l))
  if (a < 0 || b < 0) throw new Error(`section not found: ${start}`)
  return lines.slice(a, b)
}
const sectionLines = [
  ...inRange(/^## 0\. Source key/, /^## 1\. /),
  ...inRange(/^### 9\.0 Source key/, /^### 9\.1 /),
]

type Row = { key: string; page: string; urls: string[]; extra: string }
const rows: Row[] = []
for (const line of sectionLines) {
  if (!line.startsWith('|')) continue
  const cells = line.split('|').slice(1, -1).map((c) => c.trim())
  const key = cells[0]
  if (!key || !KEY.test(key)) continue
  const page = cells[1] ?? ''
  const rest = cells.slice(2).join(' | ')
  rows.push({ key, page, urls: rest.match(URL_RE) ?? [], extra: rest })
}

const byKey = new Map(rows.map((r) => [r.key, r]))
if (byKey.size !== rows.length) throw new Error('duplicate source key in the reference')

// S12 base URL; S12 sub-keys are paths under it.
const s12 = byKey.get('S12')
if (!s12 || s12.urls.length !== 1) throw new Error('S12 base URL not found')
const s12Base = s12.urls[0]!.endsWith('/') ? s12.urls[0]! : `${s12.urls[0]}/`

// ---------- 2. metadata ----------
const HC = 'Health Careers (NHS England)'
const NSHCS = 'National School of Healthcare Science'
const AHCS = 'Academy for Healthcare Science'
const IFATE = 'Institute for Apprenticeships and Technical Education'
const TP = 'third party'
const ARCHIVED = 'archived page, older'

function prefixMeta(key: string): Meta {
  const p = key.replace(/\d.*$/, '')
  switch (p) {
    case 'H': return { publisher: HC, official: true }
    case 'O': return { publisher: 'NHS Careers (archived)', official: true, note: ARCHIVED }
    case 'S': return { publisher: NSHCS, official: true }
    case 'W': return { publisher: 'Health Education and Improvement Wales (HEIW)', official: true }
    case 'T': return { official: true }
    default: return {}
  }
}

const S12_TITLES: Record<string, string> = {
  'S12-INF': 'Infection sciences',
  'S12-MIC': 'Microbiology',
  'S12-HAEM': 'Haematology',
  'S12-HTS': 'Haematology and transfusion science',
  'S12-HI': 'Histocompatibility and immunogenetics',
  'S12-CYTO': 'Cytopathology',
  'S12-GEN': 'Genomics',
  'S12-PHYS': 'Physiological sciences specialisms',
  'S12-CCS': 'Critical care science',
  'S12-GI': 'Gastrointestinal physiology',
  'S12-RSS': 'Respiratory and sleep sciences',
  'S12-SLP': 'Sleep physiology',
  'S12-RT': 'Radiotherapy physics',
  'S12-NM': 'Nuclear medicine',
  'S12-NONION': 'Imaging with non-ionising radiation',
  'S12-RS': 'Reconstructive science',
  'S12-CPS': 'Clinical pharmaceutical science',
}

const META: Record<string, Meta> = {
  // Health Careers
  H01: { title: 'Agenda for Change pay rates', note: 'page showed April 2024 rates' },
  H02: { title: 'Compare roles: blood sciences' },
  H04: { title: 'Audiology' },
  H05: { title: 'Cardiac sciences' },
  H10: { title: 'Neurophysiology: real-life story', note: 'child page of the neurophysiology role page' },
  H12: { title: 'Histopathology (healthcare scientist)' },
  H16: { title: 'Biomedical science: training, development and registration' },
  H19: { title: 'Imaging (ionising)' },
  H20: { title: 'Nuclear medicine (healthcare scientist)', note: 'print view of the role page' },
  H21: { title: 'Clinical pharmaceutical science', note: 'print view of the role page' },
  H23: { title: 'Medical engineering' },
  H25: { title: 'Higher Specialist Scientist Training Programme 2019 recruitment', note: 'news item, 2019' },
  H26: {
    title: 'Gastrointestinal physiology (Health Careers text)',
    publisher: TP,
    official: false,
    note: 'third-party copy of Health Careers text; the Health Careers address was not checked',
  },
  // Archived NHS Careers and copies of its booklets
  O01: { title: 'Careers in healthcare science' },
  O02: { title: 'Careers in life sciences' },
  O05: { title: 'Clinical engineer' },
  O06: { title: 'Education and training' },
  O07: {
    title: 'Careers in healthcare science (NHS Careers booklet)',
    publisher: TP,
    official: false,
    note: 'third-party transcript of an older NHS Careers booklet',
  },
  O08: {
    title: 'Clinical biochemistry and analytical toxicology (NHS Careers leaflet)',
    publisher: TP,
    official: false,
    note: 'third-party scan of an older NHS Careers leaflet',
  },
  // NSHCS
  S01: { title: 'What are the STP specialisms?', note: 'page showed last updated 19 Jan 2022' },
  S02: { title: 'NHS Scientist Training Programme (older page)', note: 'older page' },
  S03: { title: 'STP entry requirements', note: 'page showed updated 5 Feb 2021' },
  S04: { title: 'Routes into the STP: direct entry and in-service', note: 'page showed updated 4 Jan 2024' },
  S05: { title: 'Before starting your STP application' },
  S06: { title: 'Guidance for applicants and employers on applying via the STP in-service route' },
  S07: { title: 'About the HSST programme', note: 'page showed updated 1 Mar 2024' },
  S08: { title: 'HSST: information for employers' },
  S09: { title: 'FAQs about applying to the HSST' },
  S10: { title: 'Healthcare science practitioner' },
  S11: { title: 'Careers in healthcare science (older page)', note: 'older page' },
  S12: { title: 'Healthcare science specialisms explained' },
  S13: {
    title: 'Rationale to support the clinical engineering clinical scientist STP curriculum revision 2022',
    note: '2022',
  },
  S14: { title: 'Curriculum library: reproductive science specialty and urodynamic science module' },
  S15: { title: 'Apprenticeships: guidance for employers' },
  // HEE / NHS England / NHS Employers
  E01: { title: 'Healthcare science (HEE North East)', publisher: 'Health Education England', official: true },
  E02: {
    title: 'Healthcare Science Week (HEE Midlands)',
    publisher: 'Health Education England',
    official: true,
    note: 'page dated 17 Mar 2022',
  },
  E03: { title: 'Blog: Sue Hill, Chief Scientific Officer', publisher: 'NHS England', official: true },
  E04: {
    title: 'Healthcare science assistant and associate workforce',
    publisher: 'NHS Employers',
    official: true,
    note: '2013',
  },
  E05: {
    title: 'National profiles for healthcare science (Agenda for Change job profiles)',
    publisher: TP,
    official: false,
    note: 'third-party copy of an NHS Employers document from about 2006',
  },
  E06: { title: 'The structure of the NHS Genomic Medicine Service', publisher: 'NHS England', official: true },
  // Wales and Scotland
  W01: { title: 'About healthcare science' },
  W02: { title: 'Career areas within life sciences' },
  W03: { title: 'Career areas within the physiological sciences' },
  W04: { title: 'NHS Practitioner Training Programme (PTP)' },
  W05: { title: 'Healthcare science roles' },
  SC1: {
    title: 'Healthcare science disciplines and sub-disciplines',
    publisher: 'NHS Education for Scotland (NES)',
    official: true,
    note: 'page showed updated 24 Sep 2020',
  },
  SC2: {
    title: 'Rough guide to healthcare science',
    publisher: 'NHS Education for Scotland (NES)',
    official: true,
    note: 'page showed updated 10 Dec 2021',
  },
  SC3: { title: 'Healthcare science', publisher: 'Scottish Government', official: true },
  SC4: { title: 'Clinical scientist (physical sciences)', publisher: 'NHS Scotland Careers', official: true },
  // Registration and professional bodies
  R01: { title: 'Protected titles', publisher: 'Health and Care Professions Council (HCPC)', official: true },
  R02: {
    title: 'Protected function (hearing aid dispensers)',
    publisher: 'Health and Care Professions Council (HCPC)',
    official: true,
  },
  R03: { title: 'About the register', publisher: AHCS, official: false },
  R04: { title: 'Healthcare Science Practitioner Register', publisher: AHCS, official: false },
  R05: { title: 'For healthcare scientists', publisher: AHCS, official: false },
  R06: { title: 'Joining the register', publisher: AHCS, official: false },
  R07: { title: 'Which equivalence route?', publisher: AHCS, official: false, note: 'page dated 16 Mar 2022' },
  R08: {
    title: 'Which route to clinical scientist HCPC registration is best for me?',
    publisher: AHCS,
    official: false,
  },
  R09: {
    title: 'The Clinical Scientist Integrated Assessment Unit',
    publisher: AHCS,
    official: false,
    note: 'page dated 25 Nov 2013',
  },
  R10: { title: 'Career framework for healthcare scientists', publisher: AHCS, official: false },
  R11: { title: 'Healthcare science apprenticeships', publisher: AHCS, official: false },
  R12: {
    title: 'How the RCCP continued its regulatory function during the COVID-19 pandemic',
    publisher: 'Registration Council for Clinical Physiologists (RCCP)',
    official: false,
  },
  R13: { title: 'Registration options', publisher: 'British Academy of Audiology', official: false },
  R14: { title: 'Careers in laboratory medicine', publisher: 'Association for Clinical Biochemistry and Laboratory Medicine (ACB)', official: false },
  R15: {
    title: 'Higher specialist scientific training in pathology: an overview',
    publisher: 'Royal College of Pathologists',
    official: false,
    note: 'College Bulletin, January 2021',
  },
  // Apprenticeships
  A01: { title: 'Healthcare science apprenticeship standards', publisher: 'Skills for Health (HASO)', official: false },
  A02: { title: 'Healthcare science assistant (ST0218, level 2)', publisher: IFATE, official: true },
  A03: { title: 'Healthcare science associate (ST0220, level 4)', publisher: IFATE, official: true },
  A04: { title: 'Clinical scientist (ST0893, level 7)', publisher: IFATE, official: true },
  A05: {
    title: 'Healthcare science practitioner degree apprenticeship',
    publisher: 'Manchester Metropolitan University',
    official: false,
  },
  A06: { title: 'Healthcare sciences apprenticeships', publisher: 'Lincolnshire Talent Academy', official: false },
  A07: {
    title: 'Healthcare science assistant (cardio-respiratory), level 2',
    publisher: 'Dynamic Training',
    official: false,
  },
  A08: { title: 'Healthcare science associate', publisher: 'Dynamic College', official: false },
  A09: { title: 'Apprenticeships', publisher: 'Skills for HCS', official: false },
  A10: {
    title: 'Celebrating Healthcare Science Week',
    publisher: 'Blackpool Teaching Hospitals',
    official: true,
    note: '2023',
  },
  A11: { title: 'Healthcare science apprenticeships', publisher: 'Aim Skills', official: false },
  // Pay
  P01: { title: 'Agenda for Change pay rates', publisher: HC, official: true, note: 'same page as H01; page showed April 2024 rates' },
  P02: { title: 'NHS pay bands 2025/26', publisher: 'NHS Take Home Pay Calculator', official: false, note: 'third-party table' },
  P03: { title: 'NHS pay bands 2024/25 and 2025/26', publisher: 'nhsbands.co.uk', official: false, note: 'third-party table' },
  P04: { title: 'What is a band 7 salary?', publisher: 'zaro.info', official: false, note: 'third-party table' },
  P05: {
    title: 'Agenda for Change pay scales 2018 to 2025',
    publisher: 'NHS Take Home Pay Calculator',
    official: false,
    note: 'third-party table',
  },
  P06: { title: 'Emergency top-up for lowest paid staff', publisher: 'HEFMA', official: false },
  // NHS trusts
  T01: { title: 'Healthcare science', publisher: 'NHS Dorset' },
  T02: { title: 'Healthcare science apprenticeships', publisher: 'Cambridge University Hospitals' },
  T03: { title: 'Healthcare scientists', publisher: 'Barts Health' },
  T04: { title: 'Physical sciences and clinical engineering', publisher: 'University Hospital Southampton' },
  T05: { title: 'Vascular studies careers', publisher: 'Cambridge University Hospitals' },
  T06: { title: 'Reconstructive science', publisher: 'Norfolk and Norwich University Hospitals' },
  // Other
  X01: { title: 'Infection sciences; cell sciences', publisher: 'Institute of Biomedical Science (IBMS)', official: false },
  X02: { title: 'Healthcare science careers', publisher: 'University of Manchester', official: false },
  X03: {
    title: 'NHS Scientist Training Programme (STP) opens 23 January 2025',
    publisher: 'University of Bath',
    official: false,
    note: 'blog post, 22 Jan 2025',
  },
  X04: { title: 'Andrology education', publisher: 'Association of Biomedical Andrologists', official: false },
  X05: { title: 'Anatomical pathology technician', publisher: 'National Careers Service', official: true },
  X06: { title: 'Anatomical pathology technologist', publisher: 'Step into the NHS', official: true },
  X07: {
    title: 'Bioinformatics: it’s a bird, it’s a plane, it’s magic',
    publisher: 'STP Perspectives',
    official: false,
    note: 'blog post, 15 Feb 2023',
  },
  X08: { title: 'Glossary: bioinformatician', publisher: 'Health Education England (Genomics Education)', official: true },
  X09: {
    title: 'Changes to the training of clinical engineers in the NHS',
    publisher: 'NMPCE blog',
    official: false,
    note: 'blog post, 16 Feb 2023',
  },
  X10: { title: 'NHS STP questions answered', publisher: 'University of Manchester careers blog', official: false, note: 'blog post, 28 Nov 2012' },
  X11: { title: 'What are PTPs and STPs?', publisher: TP, official: false, note: 'third-party copy of an older NHS-derived handout' },
  X12: { title: 'Entry requirements', publisher: 'It’s All Coming Together', official: false },
  X13: { title: 'A career in biomedical science (IBMS presentation)', publisher: TP, official: false, note: 'third-party copy' },
  X14: { title: 'What is a clinical embryologist?', publisher: 'The School of Fertility', official: false },
  X15: {
    title: 'Critical care scientists (Fowler et al.)',
    publisher: 'Journal of the Intensive Care Society',
    official: false,
    note: '2020',
  },
  X16: { title: 'Healthcare science careers (presentation slides)', publisher: TP, official: false, note: 'third-party copy' },
  X17: { title: 'Stand up and be counted (interview with Sue Hill)', publisher: 'New Scientist', official: false, note: '2005' },
  X18: { title: 'Healthcare Science Week', publisher: 'HCL Workforce', official: false, note: 'blog post, 2020' },
  X19: { title: 'Healthcare science', publisher: 'University of Essex', official: false },
  X20: {
    title: 'A day in the life of a clinical bioinformatician',
    publisher: 'Health Education England (Genomics Education)',
    official: true,
  },
  // §9.0 additions
  N01: { title: 'National Living Wage update', publisher: 'NHS Employers', official: true, note: 'page dated 24 Jan 2025, updated 1 Apr 2025' },
  N02: {
    title: 'Bands 8a and above intermediate pay point FAQs',
    publisher: 'NHS Employers',
    official: true,
    note: 'page dated 4 Oct 2024; England only',
  },
  N03: { title: '2025/26 pay awards: revenue finance and contracting guidance', publisher: 'NHS England', official: true },
  N04: {
    title: 'Pay consultation FAQs 2025',
    publisher: 'Royal College of Nursing',
    official: false,
    note: 'trade union page; reports the England award announced on 22 May 2025',
  },
  N05: {
    title: 'NHS Agenda for Change workforce (written ministerial statement)',
    publisher: TP,
    official: false,
    note: 'third-party copies of a Department of Health and Social Care statement dated 12 Feb 2026',
  },
  N06: {
    title: 'Actions to deliver Agenda for Change uplift and a fairer deal for nurses',
    publisher: 'NHS England',
    official: true,
    note: 'publication PRN02382, Feb 2026',
  },
  N07: {
    title: 'Westminster government announces Agenda for Change pay award in England',
    publisher: 'Royal College of Nursing',
    official: false,
    note: 'news item, 12 Feb 2026',
  },
  N08: { title: 'Government unveils pay rise for 1.4m NHS workers', publisher: 'Healthcare Management UK', official: false },
  N09: { title: 'Agenda for Change 2026/27', publisher: 'NHS Take Home Pay Calculator', official: false, note: 'third-party table' },
  N10: { title: 'STP recruitment (older page)', publisher: NSHCS, official: true, note: 'older page, about 2016 to 2017' },
  N11: { title: 'STP 2025 recruitment overview', publisher: NSHCS, official: true },
  N12: { title: 'HSST 2025 recruitment overview', publisher: NSHCS, official: true },
  N13: { title: 'HSST eligibility joint statement FAQs', publisher: NSHCS, official: true },
  N14: { title: 'Clinical perfusion science: training, development and registration', publisher: HC, official: true },
  N15: { title: 'About STP Wales', publisher: 'Health Education and Improvement Wales (HEIW)', official: true },
  N16: {
    title: 'NHS Scientist Training Programme open for applications',
    publisher: 'University of Brighton careers blog',
    official: false,
    note: 'blog post, 29 Jan 2018',
  },
  N17: {
    title: 'Healthcare Science Council',
    publisher: 'South Yorkshire and Bassetlaw Integrated Care System',
    official: false,
    note: 'NHS page seen at a web developer’s staging address',
  },
  N18: {
    title: 'Healthcare science: strategic approach (Scottish Government)',
    publisher: TP,
    official: false,
    note: 'third-party copy of a Scottish Government page dated 15 Mar 2024',
  },
  N19: {
    title: 'Healthcare science: redefining our workforce (Scottish Government)',
    publisher: TP,
    official: false,
    note: 'third-party copy of a Scottish Government page dated 24 Oct 2025',
  },
  N20: {
    title: 'Welsh Government selects new chief healthcare science officer',
    publisher: 'Healthcare Management UK',
    official: false,
    note: '2025',
  },
  N21: { title: 'Clinical scientist apprenticeship, version 1.1', publisher: IFATE, official: true },
  N22: { title: 'Biomedical scientist apprenticeship (ST1314): in revision', publisher: 'Skills England', official: true },
  N23: {
    title: 'Healthcare science assistant and associate standard consultation 2021',
    publisher: 'Skills for Health',
    official: false,
    note: '2021',
  },
  N24: { title: 'BSc Healthcare Science degree apprenticeship', publisher: 'Sheffield Hallam University', official: false },
  N25: { title: 'Healthcare Science degree apprenticeship', publisher: 'University of Cumbria', official: false },
  N26: { title: 'Laboratory scientist (ST0626) version 1.1', publisher: IFATE, official: true },
  N27: {
    title: 'Apprenticeship framework: healthcare science associate (Wales)',
    publisher: 'Welsh Government',
    official: true,
  },
  N28: {
    title: 'Clinical technologists training scheme',
    publisher: 'Institute of Physics and Engineering in Medicine (IPEM)',
    official: false,
  },
  N29: {
    title: 'Registrar’s update, September 2015',
    publisher: 'Register of Clinical Technologists',
    official: false,
    note: 'September 2015',
  },
  N30: {
    title: 'IPEM submits evidence supporting statutory regulation for clinical technologists',
    publisher: 'Institute of Physics and Engineering in Medicine (IPEM)',
    official: false,
  },
  N31: {
    title: 'Professional registrations position statement',
    publisher: 'Institute of Physics and Engineering in Medicine (IPEM)',
    official: false,
  },
  N32: { title: 'Genetic counsellor', publisher: 'GCRAB (Genetic Counsellor Registration Board)', official: false },
  N33: { title: 'Maintenance of registration', publisher: 'Genetic Counsellor Registration Board (GCRB)', official: false },
  N34: {
    title: 'Society of Clinical Perfusion Scientists meets Accredited Registers public interest test',
    publisher: 'Professional Standards Authority',
    official: true,
    note: 'news item, 25 Jul 2024',
  },
  N35: {
    title: 'What is the College?',
    publisher: 'Society and College of Clinical Perfusion Scientists',
    official: false,
    note: 'older page',
  },
  N36: {
    title: 'The future of voluntary registration',
    publisher: 'Association of Anatomical Pathology Technology (AAPT)',
    official: false,
    note: 'news item, 23 Jun 2014',
  },
  N37: {
    title: 'Professional registration: AAPT viewpoint',
    publisher: 'Association of Anatomical Pathology Technology (AAPT)',
    official: false,
    note: 'news item, 10 Aug 2016',
  },
  N38: {
    title: 'Professional registration: let’s be honest here',
    publisher: 'Association of Anatomical Pathology Technology (AAPT)',
    official: false,
    note: 'news item, 8 Jul 2016',
  },
  N39: {
    title: 'Education and training',
    publisher: 'Association of Anatomical Pathology Technology (AAPT)',
    official: false,
  },
  N40: { title: 'Anatomical pathology: training, development and registration', publisher: HC, official: true },
  N41: {
    title: 'Modernising Scientific Careers: the hidden workforce',
    publisher: 'eWIN (NHS workforce intelligence)',
    official: true,
    note: 'page dated 28 May 2014',
  },
  N42: { title: 'Healthcare scientists training capacity survey', publisher: 'Centre for Workforce Intelligence (CfWI)', official: true, note: 'older; before 2016' },
  N43: {
    title: 'Ready for researchers: modernising the NHS’s scientific workforce',
    publisher: 'Health Service Journal (HSJ)',
    official: false,
    note: 'older article, date not shown',
  },
  N44: { title: 'Quality mark for clinical technologists', publisher: 'Health Estate Journal', official: false },
}

// ---------- 3. build ----------
const out: Record<string, Source> = {}
const problems: string[] = []

for (const row of rows) {
  const { key } = row
  let urls = row.urls
  let title = row.page.replace(/`/g, '')
  let note: string | undefined

  if (/^S12-/.test(key)) {
    const path = row.page.replace(/`/g, '').trim()
    urls = [s12Base + path.replace(/^\//, '')]
    title = `Healthcare science specialisms explained: ${S12_TITLES[key] ?? path}`
    const updated = row.extra.trim()
    if (updated && updated !== '–' && updated !== '-') note = `page showed updated ${updated}`
  }
  if (key === 'P01') urls = byKey.get('H01')?.urls ?? []

  const meta: Meta = { ...prefixMeta(key), ...META[key] }
  if (META[key]?.title) title = META[key]!.title!
  note = META[key]?.note ?? note ?? prefixMeta(key).note

  if (urls.length === 0) problems.push(`${key}: no URL`)
  if (meta.publisher === undefined) problems.push(`${key}: no publisher`)
  if (meta.official === undefined) problems.push(`${key}: official not set`)

  const src: Source = {
    title,
    url: urls[0] ?? '',
    ...(urls.length > 1 ? { alsoAt: urls.slice(1) } : {}),
    publisher: meta.publisher ?? '',
    official: meta.official ?? false,
    read: READ,
    ...(note ? { note } : {}),
  }
  out[key.toLowerCase()] = src
}

for (const k of Object.keys(META)) if (!byKey.has(k)) problems.push(`${k}: in META but not in the reference`)
if (problems.length) {
  console.error(problems.join('\n'))
  process.exit(1)
}

writeFileSync(outPath, `${JSON.stringify(out, null, 2)}\n`)
console.log(`wrote ${Object.keys(out).length} sources to ${outPath}`)
