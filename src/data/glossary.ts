// The glossary, with a matcher that finds its terms in text. Its own module: it loads with the
// pages that explain words (specialism, compare, glossary), not with the first view.
import glossary from 'virtual:site-glossary'
import { createTermMatcher } from '@/lib/glossary'

export { glossary }
export const termMatcher = createTermMatcher(glossary)
