// A matcher that finds the glossary's terms in text. Its own module, without the definitions: it
// loads with the pages that explain words (specialism, compare, pathways), not with the first view.
import terms from 'virtual:glossary-terms'
import { createTermMatcher } from '@/lib/glossary'

export const termMatcher = createTermMatcher(terms)
