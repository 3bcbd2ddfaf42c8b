/// <reference types="vite/client" />

declare module 'virtual:site-data' {
  import type { SiteData } from './src/lib/types'
  const data: SiteData
  export default data
}

declare module 'virtual:site-sources' {
  import type { Source } from './src/lib/types'
  const sources: Record<string, Source>
  export default sources
}

declare module 'virtual:site-synonyms' {
  const synonyms: Record<string, string[]>
  export default synonyms
}

declare module 'virtual:site-glossary' {
  import type { GlossaryTerm } from './src/lib/types'
  const glossary: GlossaryTerm[]
  export default glossary
}
