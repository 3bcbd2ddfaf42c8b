// The app's search engine over the catalogue, built on first use (a page with no search never
// pays for the index).
import { createSearchEngine, type SearchEngine } from '@/lib/search'
import { catalogue } from './catalogue'

let engine: SearchEngine | undefined

export function searchEngine(): SearchEngine {
  engine ??= createSearchEngine(catalogue.specialisms, { synonyms: catalogue.data.synonyms, groupings: catalogue.groupings })
  return engine
}
