import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { loadData, readDataFiles } from '../../scripts/readData'
import { validateData } from '@/lib/validate'

const root = fileURLToPath(new URL('../..', import.meta.url))
const dirs: string[] = []

/** A throwaway copy of data/ with one file changed by `edit`. */
function corruptCopy(file: string, edit: (json: Record<string, unknown>) => unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'hcs-data-'))
  dirs.push(dir)
  cpSync(join(root, 'data'), join(dir, 'data'), { recursive: true })
  const path = join(dir, file)
  const result = edit(JSON.parse(readFileSync(path, 'utf8')))
  if (result !== undefined) writeFileSync(path, JSON.stringify(result))
  return dir
}

function errorsOf(dir: string): string[] {
  const result = loadData(dir)
  return result.ok ? [] : result.errors
}

afterEach(() => {
  while (dirs.length) rmSync(dirs.pop()!, { recursive: true, force: true })
})

describe('validateData on the real data/', () => {
  it('accepts the committed content', () => {
    const result = loadData(root)
    expect(result.ok ? [] : result.errors).toEqual([])
  })
})

describe('a broken file names the file, the field and what was expected', () => {
  const file = 'data/specialisms/audiology.json'

  it('unknown grouping', () => {
    const dir = corruptCopy(file, (s) => ({ ...s, grouping: 'physio' }))
    expect(errorsOf(dir)).toContainEqual(
      expect.stringMatching(/^data\/specialisms\/audiology\.json: grouping "physio" is not one of laboratory-sciences, physiological-sciences, /),
    )
  })

  it('missing name', () => {
    const dir = corruptCopy(file, ({ name: _name, ...rest }) => rest)
    expect(errorsOf(dir)).toContainEqual(expect.stringMatching(/^data\/specialisms\/audiology\.json: name: is required but missing$/))
  })

  it('duplicate id in another file', () => {
    const dir = corruptCopy(file, () => undefined)
    cpSync(join(dir, file), join(dir, 'data/specialisms/audiology-copy.json'))
    const errors = errorsOf(dir)
    expect(errors).toContainEqual('data/specialisms/audiology-copy.json: id: must match the file name "audiology-copy" (got "audiology")')
    expect(errors).toContainEqual(expect.stringContaining('"audiology" is already used by data/specialisms/'))
  })

  it('a missing answer, an unknown source and a bad setting', () => {
    const dir = corruptCopy(file, (s) => {
      const answers = { ...(s.answers as Record<string, unknown>) }
      delete answers['average-day']
      return { ...s, answers, cite: { ...(s.cite as object), summary: ['no-such-source'] }, sources: [...(s.sources as string[]), 'no-such-source'] }
    })
    const errors = errorsOf(dir)
    expect(errors).toContain('data/specialisms/audiology.json: answers.average-day: every question needs an answer (missing)')
    expect(errors).toContain('data/specialisms/audiology.json: sources names source "no-such-source", which is not in data/sources.json')
    const dir2 = corruptCopy(file, (s) => ({ ...s, settings: ['spaceship'] }))
    expect(errorsOf(dir2)).toContainEqual(expect.stringMatching(/^data\/specialisms\/audiology\.json: settings\.0: expected \("lab" \| .*\(got "spaceship"\)$/))
  })

  it('a related id that does not exist, and cited keys missing from sources', () => {
    const dir = corruptCopy(file, (s) => ({ ...s, related: ['audiolgy'], sources: (s.sources as string[]).slice(1) }))
    const errors = errorsOf(dir)
    expect(errors).toContainEqual(expect.stringMatching(/^data\/specialisms\/audiology\.json: related "audiolgy" is not one of the \d+ known ids \(nearest: "audiology"\)$/))
    expect(errors).toContainEqual(expect.stringMatching(/^data\/specialisms\/audiology\.json: sources: must list "[a-z0-9-]+", which the file cites$/))
  })

  it('invalid JSON and unknown fields', () => {
    const dir = corruptCopy('data/groupings.json', () => undefined)
    writeFileSync(join(dir, 'data/groupings.json'), '[{"id": ')
    expect(errorsOf(dir)).toContainEqual(expect.stringMatching(/^data\/groupings\.json: is not valid JSON: /))
    const dir2 = corruptCopy(file, (s) => ({ ...s, colour: 'red' }))
    expect(errorsOf(dir2)).toContainEqual(expect.stringMatching(/^data\/specialisms\/audiology\.json: colour: is not a known field/))
  })

  it('the pandemic answer may be left out, but no other', () => {
    const files = readDataFiles(root).files
    const raw = files.get(file) as { answers: Record<string, unknown> }
    const { pandemic: _p, ...withoutPandemic } = raw.answers
    files.set(file, { ...raw, answers: withoutPandemic })
    expect(validateData(files).ok).toBe(true)
    const { 'younger-self': _y, ...withoutYounger } = raw.answers
    files.set(file, { ...raw, answers: withoutYounger })
    const result = validateData(files)
    expect(result.ok ? [] : result.errors).toEqual([`${file}: answers.younger-self: every question needs an answer (missing)`])
  })

  it('a route with no citation', () => {
    const dir = corruptCopy(file, (s) => {
      const routes = s.routes as { sources?: string[] }[]
      delete routes[0]!.sources
      return s
    })
    expect(errorsOf(dir)).toContainEqual('data/specialisms/audiology.json: routes.0.sources: is required but missing')
  })

  it('a theme-level route that does not say which theme', () => {
    const dir = corruptCopy(file, (s) => {
      const routes = s.routes as { scope: string; theme?: string }[]
      const entry = routes.find((r) => r.scope === 'theme')!
      delete entry.theme
      return s
    })
    expect(errorsOf(dir)).toContainEqual(expect.stringMatching(/^data\/specialisms\/audiology\.json: routes\[\d+\]\.theme: is required when scope is "theme"/))
  })

  it('a route scope that is not named or theme', () => {
    const dir = corruptCopy(file, (s) => {
      ;(s.routes as { scope: string }[])[0]!.scope = 'maybe'
      return s
    })
    expect(errorsOf(dir)).toContainEqual(expect.stringMatching(/^data\/specialisms\/audiology\.json: routes\.0\.scope: expected \("named" \| "theme"\)/))
  })

  it('levels with no citation', () => {
    const dir = corruptCopy(file, (s) => {
      delete (s.cite as Record<string, unknown>).levels
      return s
    })
    expect(errorsOf(dir)).toContainEqual('data/specialisms/audiology.json: cite.levels: is required, because levels has content (name its sources)')
  })

  it("another specialism's own level", () => {
    const dir = corruptCopy(file, (s) => ({ ...s, levels: ['clinical-perfusion-scientist'] }))
    expect(errorsOf(dir)).toContainEqual(
      'data/specialisms/audiology.json: levels: "clinical-perfusion-scientist" is the own level of clinical-perfusion-science, not of this specialism',
    )
  })

  it('a nation fact citing an unknown source, and a nation pay table for the wrong nation', () => {
    const dir = corruptCopy('data/nations.json', (nations) => {
      const list = nations as unknown as { differs: { sources: string[] }[] }[]
      list[1]!.differs[0]!.sources = ['nope']
      return list
    })
    const pay = join(dir, 'data/pay.json')
    const json = JSON.parse(readFileSync(pay, 'utf8'))
    json.nations[0].table = { nation: 'wales', year: '2026/27', effectiveFrom: '2026-04-01', sources: ['p02'], official: false, officialNote: 'x', bands: [] }
    json.nations.push({ ...json.nations[1] })
    writeFileSync(pay, JSON.stringify(json))
    const errors = errorsOf(dir)
    expect(errors).toContainEqual('data/nations.json: [1].differs[0].sources names source "nope", which is not in data/sources.json')
    expect(errors).toContainEqual('data/pay.json: nations[0].table.nation: must be "scotland" (got "wales")')
    expect(errors).toContainEqual('data/pay.json: nations[3].nation: "wales" appears twice')
  })

  it('a pay table without its nation', () => {
    const dir = corruptCopy('data/pay.json', ({ nation: _nation, ...rest }) => rest)
    expect(errorsOf(dir)).toContainEqual('data/pay.json: nation: is required but missing')
  })

  it('a specialism file may not hold contributions: they are files of their own', () => {
    const files = readDataFiles(root).files
    files.set(file, { ...(files.get(file) as object), contributions: [] })
    const result = validateData(files)
    expect(result.ok ? [] : result.errors).toContainEqual(`${file}: contributions: is not a known field (remove it or check its spelling)`)
  })
})

describe('data/contributions/<specialism-id>/<slug>.json', () => {
  const path = 'data/contributions/audiology/2027-03-10-priya-s.json'
  const good = {
    specialism: 'audiology',
    name: 'Priya S.',
    role: 'Trainee clinical scientist',
    date: '2027-03-10',
    consent: true,
    answers: { introduce: 'I test hearing in babies and adults.', 'younger-self': 'Keep asking questions.' },
  }
  const withFile = (name: string, raw: unknown) => {
    const files = readDataFiles(root).files
    files.set(name, raw)
    return validateData(files)
  }
  const errors = (name: string, raw: unknown) => {
    const result = withFile(name, raw)
    return result.ok ? [] : result.errors
  }

  it('is read into its specialism, newest first, without the file-only fields', () => {
    const files = readDataFiles(root).files
    files.set(path, good)
    files.set('data/contributions/audiology/2027-03-12-sam.json', { ...good, name: 'Sam', date: '2027-03-12', employer: 'Anytown NHS Trust' })
    const result = validateData(files)
    expect(result.ok ? [] : result.errors).toEqual([])
    const audiology = result.ok ? result.data.specialisms.find((s) => s.id === 'audiology') : undefined
    expect(audiology?.contributions.map((c) => c.name)).toEqual(['Sam', 'Priya S.'])
    const { specialism: _s, ...contribution } = good
    expect(audiology?.contributions[1]).toEqual(contribution)
  })

  it.each([
    ['no consent', { ...good, consent: false }, `${path}: consent: must be true: only publish answers with the person’s consent (got false)`],
    ['a blank answer', { ...good, answers: { introduce: '  ' } }, `${path}: answers.introduce: must not be blank (got "  ")`],
    ['no answers', { ...good, answers: {} }, `${path}: answers: must answer at least one question (got {})`],
    ['an answer too long', { ...good, answers: { introduce: 'a'.repeat(1201) } }, expect.stringMatching(/answers\.introduce: must be 1200 characters or fewer/)],
    ['markup', { ...good, role: '<b>Boss</b>' }, `${path}: role: must be plain text, without < or > (got "<b>Boss</b>")`],
    ['an unknown question', { ...good, answers: { favourite: 'Blue' } }, `${path}: answers "favourite" is not one of introduce, pandemic, most-interesting, stem-skills, average-day, advice-students, younger-self`],
    ['a video that is not https', { ...good, video: 'http://example.org/v' }, `${path}: video: must be an https:// link (got "http://example.org/v")`],
    ['another folder', { ...good, specialism: 'virology' }, `${path}: specialism: must match its folder "audiology" (got "virology")`],
  ])('names the file and field for %s', (_what, raw, message) => {
    expect(errors(path, raw)).toContainEqual(message)
  })

  it('refuses a folder that is not a specialism, and a file outside a folder', () => {
    expect(errors('data/contributions/audiolgy/a.json', { ...good, specialism: 'audiolgy' })).toContainEqual(
      'data/contributions/audiolgy/a.json: is in data/contributions/audiolgy/, but there is no specialism "audiolgy" (check the folder name)',
    )
    expect(errors('data/contributions/a.json', good)).toContainEqual('data/contributions/a.json: must be data/contributions/<specialism-id>/<name>.json')
  })

  it('is read from disk by npm run validate', () => {
    const dir = corruptCopy('data/questions.json', () => undefined)
    const folder = join(dir, 'data/contributions/audiology')
    mkdirSync(folder, { recursive: true })
    writeFileSync(join(folder, '2027-03-10-priya-s.json'), JSON.stringify({ ...good, consent: false }))
    expect(errorsOf(dir)).toContainEqual(expect.stringMatching(/^data\/contributions\/audiology\/2027-03-10-priya-s\.json: consent: must be true/))
  })
})

describe('npm run validate', () => {
  const file = 'data/specialisms/audiology.json'
  it('npm run validate exits non-zero and prints the problem', () => {
    const dir = corruptCopy(file, (s) => ({ ...s, grouping: 'physio' }))
    let output = ''
    let code = 0
    try {
      execFileSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'scripts/validate.ts'), dir], { encoding: 'utf8', stdio: 'pipe' })
    } catch (error) {
      const e = error as { status: number; stderr: string }
      code = e.status
      output = e.stderr
    }
    expect(code).toBe(1)
    expect(output).toContain('data/specialisms/audiology.json: grouping "physio" is not one of')
  }, 90_000) // spawns tsx: slow on a loaded machine
})

describe('data/glossary.json', () => {
  it('needs a source for every term, and a source that exists', () => {
    const noSource = corruptCopy('data/glossary.json', (list) => (list as unknown as { sources: string[] }[]).map((t, i) => (i === 0 ? { ...t, sources: [] } : t)))
    expect(errorsOf(noSource).join('\n')).toMatch(/data\/glossary\.json: 0\.sources: must name at least one source/)
    const unknown = corruptCopy('data/glossary.json', (list) => (list as unknown as { sources: string[] }[]).map((t, i) => (i === 1 ? { ...t, sources: ['nope'] } : t)))
    expect(errorsOf(unknown)).toContain('data/glossary.json: [1].sources names source "nope", which is not in data/sources.json')
  })
})
