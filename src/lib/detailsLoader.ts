// Loads each specialism's details (answers, contributions, sources…) once, by id, and remembers
// them. Pure: the caller passes the fetch and the Map it keeps them in (the app passes a reactive
// one, so views update when a load finishes). Ids are expected already parsed and known
// (lib/compareQuery.ts): an id with no details file is skipped, never fetched twice.
import type { Specialism } from './types'

export type FetchDetails = (id: string) => Promise<Specialism | undefined> | undefined

export interface DetailsLoader {
  /** Details of one specialism, if loaded. */
  get(id: string): Specialism | undefined
  /** Every specialism's details loaded so far. */
  loaded(): Iterable<Specialism>
  /** Loads what is missing; resolves once every id asked for is loaded (or has no details). */
  load(ids: readonly string[]): Promise<void>
}

export function createDetailsLoader(fetchDetails: FetchDetails, store: Map<string, Specialism> = new Map()): DetailsLoader {
  const pending = new Map<string, Promise<void>>()
  const none = new Set<string>() // ids that have no details: asked once, not again
  function loadOne(id: string): Promise<void> {
    if (store.has(id) || none.has(id)) return Promise.resolve()
    let loading = pending.get(id)
    if (!loading) {
      loading = Promise.resolve(fetchDetails(id)).then(
        (value) => {
          if (value) store.set(id, value)
          else none.add(id)
          pending.delete(id)
        },
        (error: unknown) => {
          pending.delete(id) // a failed load (offline) may be retried on the next visit
          throw error
        },
      )
      pending.set(id, loading)
    }
    return loading
  }
  return {
    get: (id) => store.get(id),
    loaded: () => store.values(),
    load: async (ids) => {
      await Promise.all(ids.map(loadOne))
    },
  }
}
