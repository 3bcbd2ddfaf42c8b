/// <reference types="vite/client" />

declare module 'virtual:site-data' {
  import type { SiteData } from './src/lib/types'
  const data: SiteData
  export default data
}
