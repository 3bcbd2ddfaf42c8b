// The explore page's URL codec (DESIGN.md "URL scheme"): query string <-> ExploreState.
// Parsing trims, checks every value against the catalogue, drops and reports what it does not
// know, caps absurd lengths and never throws. Serialising writes parameters in one order with
// defaults left out, so one view has one URL.
import { CONTACT, ROUTE_KINDS, SETTINGS, SUBJECTS } from './vocabulary'
import type { Grouping } from './types'

export interface ExploreState {
  q: string
  group: string[]
  contact: string[]
  setting: string[]
  subject: string[]
  entry: string[]
  view: 'tree' | 'list'
  /** Expanded tree nodes: grouping ids (and sub-theme ids). */
  open: string[]
  /** The selected specialism's id. */
  sel: string | null
}

export type ListKey = 'group' | 'contact' | 'setting' | 'subject' | 'entry' | 'open'

/** What the codec checks values against; a Catalogue fits. */
export interface ExploreVocabulary {
  readonly groupings: readonly Grouping[]
  readonly specialisms: readonly { readonly id: string }[]
}

export const PARAM_ORDER = ['q', 'group', 'contact', 'setting', 'subject', 'entry', 'view', 'open', 'sel'] as const
export const LIST_KEYS: readonly ListKey[] = ['group', 'contact', 'setting', 'subject', 'entry', 'open']
export const MAX_QUERY_LENGTH = 100
const MAX_RAW_LENGTH = 2000
const MAX_VALUES = 50
const SHOWN = 30

export function defaultExploreState(): ExploreState {
  return { q: '', group: [], contact: [], setting: [], subject: [], entry: [], view: 'tree', open: [], sel: null }
}

const known = new WeakMap<ExploreVocabulary, Record<ListKey | 'sel', ReadonlySet<string>>>()

function knownValues(vocabulary: ExploreVocabulary) {
  let sets = known.get(vocabulary)
  if (!sets) {
    const groupings = vocabulary.groupings.map((g) => g.id)
    sets = {
      group: new Set(groupings),
      contact: new Set(CONTACT),
      setting: new Set(SETTINGS),
      subject: new Set(SUBJECTS),
      entry: new Set(ROUTE_KINDS),
      open: new Set([...groupings, ...vocabulary.groupings.flatMap((g) => g.subThemes.map((t) => t.id))]),
      sel: new Set(vocabulary.specialisms.map((s) => s.id)),
    }
    known.set(vocabulary, sets)
  }
  return sets
}

/** A query value (string, array of strings and nulls, or anything else) as one string. */
function raw(value: unknown): string {
  const text = Array.isArray(value) ? value.filter((v) => typeof v === 'string').join(',') : typeof value === 'string' ? value : ''
  return text.slice(0, MAX_RAW_LENGTH)
}

const shorten = (text: string) => (text.length > SHOWN ? `${text.slice(0, SHOWN)}…` : text)

const collapse = (text: string) => text.replace(/[\s\u0000-\u001f\u007f]+/g, ' ').trim()

/** Trimmed, runs of spaces and control characters made one space, cut to MAX_QUERY_LENGTH. */
export function normaliseQ(text: string): string {
  return collapse(text).slice(0, MAX_QUERY_LENGTH).trim()
}

function parseList(key: ListKey, value: unknown, allowed: ReadonlySet<string>, ignored: string[]): string[] {
  const kept = new Set<string>()
  const parts = raw(value).split(',').map((part) => part.trim().toLowerCase()).filter(Boolean)
  for (const part of parts.slice(0, MAX_VALUES)) {
    if (allowed.has(part)) kept.add(part)
    else ignored.push(`${key}=${shorten(part)}`)
  }
  if (parts.length > MAX_VALUES) ignored.push(`${key}: ${parts.length - MAX_VALUES} more values`)
  return [...kept].sort()
}

export function parseExploreQuery(query: unknown, vocabulary: ExploreVocabulary): { state: ExploreState; ignored: string[] } {
  const state = defaultExploreState()
  const ignored: string[] = []
  const input = query && typeof query === 'object' ? (query as Record<string, unknown>) : {}
  const sets = knownValues(vocabulary)
  for (const [key, value] of Object.entries(input)) {
    if (key === 'q') {
      const first = Array.isArray(value) ? value.find((v) => typeof v === 'string') : value
      const text = typeof first === 'string' ? collapse(first.slice(0, MAX_RAW_LENGTH)) : ''
      state.q = normaliseQ(text)
      if (text.length > MAX_QUERY_LENGTH) ignored.push('q: the end of a very long search')
    } else if ((LIST_KEYS as readonly string[]).includes(key)) {
      state[key as ListKey] = parseList(key as ListKey, value, sets[key as ListKey], ignored)
    } else if (key === 'view') {
      const view = raw(value).trim().toLowerCase()
      if (view === 'list' || view === 'tree') state.view = view
      else if (view) ignored.push(`view=${shorten(view)}`)
    } else if (key === 'sel') {
      const sel = raw(value).trim().toLowerCase()
      if (sets.sel.has(sel)) state.sel = sel
      else if (sel) ignored.push(`sel=${shorten(sel)}`)
    } else {
      ignored.push(shorten(raw(value) ? `${key}=${raw(value)}` : key))
    }
  }
  return { state, ignored }
}

/** Parameters in PARAM_ORDER, lists sorted and comma-separated, defaults left out. */
export function toExploreQuery(state: ExploreState): Record<string, string> {
  const query: Record<string, string> = {}
  for (const key of PARAM_ORDER) {
    if (key === 'q') {
      const q = normaliseQ(state.q ?? '')
      if (q) query.q = q
    } else if (key === 'view') {
      if (state.view === 'list') query.view = 'list'
    } else if (key === 'sel') {
      if (state.sel) query.sel = state.sel
    } else {
      const values = [...new Set((state[key] ?? []).map((v) => v.trim()).filter(Boolean))].sort()
      if (values.length > 0) query[key] = values.join(',')
    }
  }
  return query
}
