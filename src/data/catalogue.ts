// The app's catalogue: the validated data that the build plugin serves (see scripts/viteDataPlugin.ts).
import site from 'virtual:site-data'
import { createCatalogue } from '@/lib/catalogue'

// Checked (copied and frozen) in development only (lib/catalogue).
export const catalogue = createCatalogue(site, { check: import.meta.env.DEV })
