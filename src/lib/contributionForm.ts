// The /contribute/ form's logic: what was typed -> either one contribution file that passes the same
// schema as the build (ContributionFileSchema), or a plain message for each field that needs a fix.
import * as v from 'valibot'
import { contributionPath, contributionSlug } from './contributions'
import { CONTRIBUTION_LIMITS, ContributionFileSchema } from './schemaContribution'
import type { ContributionFile, Question } from './types'

export interface ContributionDraft {
  specialism: string
  name: string
  role: string
  employer: string
  date: string
  video: string
  consent: boolean
  answers: Record<string, string>
}

export interface FieldError {
  /** The id of the form control, so the error summary can link to it. */
  field: string
  message: string
}

export type ContributionCheck =
  | { ok: true; file: ContributionFile; path: string; fileName: string; json: string }
  | { ok: false; errors: FieldError[] }

export const emptyDraft = (date: string): ContributionDraft => ({
  specialism: '',
  name: '',
  role: '',
  employer: '',
  date,
  video: '',
  consent: false,
  answers: {},
})

/** Form control ids: one per field, one per question. */
export const fieldId = (field: string) => (field.startsWith('answers.') ? `answer-${field.slice(8)}` : `contribute-${field}`)

const LABELS: Record<string, string> = {
  specialism: 'your specialism',
  name: 'your name or initials',
  role: 'your role',
  employer: 'your employer',
  date: 'the date',
  video: 'the video link',
}

function messageFor(field: string, issue: v.BaseIssue<unknown>, questions: readonly Question[]): string {
  const question = field.startsWith('answers.') ? questions.find((q) => q.id === field.slice(8)) : undefined
  const what = question ? `Your answer to “${question.short}”` : (LABELS[field] ?? field).replace(/^./, (c) => c.toUpperCase())
  if (field === 'consent') return 'Tick the box to agree that your answers can be published'
  if (issue.type === 'max_length') return `${what} must be ${issue.requirement} characters or fewer (it has ${String(issue.received)})`
  if (issue.message.includes('plain text')) return `${what} must be plain text: take out any < or >`
  if (field === 'date') return 'Enter the date as a real date, for example 2027-03-12'
  if (field === 'video') return 'Enter the video link as a full web address starting with https://'
  return `${what} is not valid: ${issue.message}`
}

/** Trimmed, with empty optional fields and unanswered questions left out. */
export function toContributionFile(draft: ContributionDraft): Record<string, unknown> {
  const answers = Object.fromEntries(
    Object.entries(draft.answers)
      .map(([id, text]) => [id, text.trim()] as const)
      .filter(([, text]) => text !== ''),
  )
  const optional = (text: string) => (text.trim() ? text.trim() : undefined)
  return {
    specialism: draft.specialism,
    name: draft.name.trim(),
    role: draft.role.trim(),
    employer: optional(draft.employer),
    date: draft.date,
    consent: draft.consent,
    video: optional(draft.video),
    answers,
  }
}

export function checkContribution(
  draft: ContributionDraft,
  specialismIds: readonly string[],
  questions: readonly Question[],
): ContributionCheck {
  const errors: FieldError[] = []
  const add = (field: string, message: string) => {
    if (!errors.some((e) => e.field === fieldId(field))) errors.push({ field: fieldId(field), message })
  }
  const raw = toContributionFile(draft)
  // Required fields first, in the order of the form, so the summary reads top to bottom.
  if (!specialismIds.includes(draft.specialism)) add('specialism', 'Choose your specialism from the list')
  if (!draft.name.trim()) add('name', 'Enter your name or initials')
  if (!draft.role.trim()) add('role', 'Enter your role, for example “trainee clinical scientist”')
  if (!draft.date) add('date', 'Enter the date of your answers')
  for (const q of [...questions].sort((a, b) => a.order - b.order)) {
    if (!q.editorialOptional && !draft.answers[q.id]?.trim()) add(`answers.${q.id}`, `Answer “${q.question}”`)
  }
  const result = v.safeParse(ContributionFileSchema, raw)
  if (!result.success) {
    for (const issue of result.issues) {
      const path = v.getDotPath(issue) ?? ''
      if (path === 'answers' || path === 'specialism') continue // covered above, in plainer words
      add(path, messageFor(path, issue, questions))
    }
  }
  if (!draft.consent) add('consent', 'Tick the box to agree that your answers can be published')
  const order = ['specialism', 'name', 'role', 'employer', 'date', 'video', ...questions.map((q) => `answers.${q.id}`), 'consent'].map(fieldId)
  errors.sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field))
  if (!result.success && errors.length === 0) add(v.getDotPath(result.issues[0]) ?? 'name', result.issues[0].message)
  if (errors.length > 0 || !result.success) return { ok: false, errors }
  const slug = contributionSlug(result.output.name, result.output.date)
  const json = `${JSON.stringify(result.output, null, 2)}\n`
  return { ok: true, file: result.output, path: contributionPath(result.output.specialism, slug), fileName: `${slug}.json`, json }
}

export { CONTRIBUTION_LIMITS }
