/// <reference types="vite/client" />

declare module 'virtual:site-data' {
  import type { SiteData } from './src/lib/types'
  const data: SiteData
  export default data
}

declare module 'virtual:site-sources' {
  import type { ShownSource as Source } from './src/lib/types'
  const sources: Record<string, Source>
  export default sources
}

declare module 'virtual:pay-sources' {
  import type { ShownSource as Source } from './src/lib/types'
  const sources: Record<string, Source>
  export default sources
}

declare module 'virtual:site-synonyms' {
  const synonyms: Record<string, string[]>
  export default synonyms
}

declare module 'virtual:site-nations' {
  import type { NationData } from './src/lib/types'
  const data: NationData
  export default data
}

declare module 'virtual:site-glossary' {
  import type { GlossaryTerm } from './src/lib/types'
  const glossary: GlossaryTerm[]
  export default glossary
}

declare module 'virtual:glossary-terms' {
  import type { MatchTerm } from './src/lib/glossary'
  const terms: MatchTerm[]
  export default terms
}

declare module 'virtual:deck-extras' {
  import type { DeckExtras } from './src/lib/deckVoices'
  const extras: DeckExtras
  export default extras
}

declare module 'virtual:answer-sources' {
  import type { ShownSource } from './src/lib/types'
  const sources: Record<string, ShownSource>
  export default sources
}
