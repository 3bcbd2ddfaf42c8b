// The app's catalogue: the validated data that the build plugin serves (see scripts/viteDataPlugin.ts).
import site from 'virtual:site-data'
import { createCatalogue } from '@/lib/catalogue'

// The data module's own objects, frozen in place (lib/catalogue).
export const catalogue = createCatalogue(site, { copy: false })
