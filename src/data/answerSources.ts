// Sources that only some specialisms' answers cite (the pandemic question's, for example). They come
// with those specialisms' details (scripts/viteDataPlugin.ts), not with the sources module, and are
// looked up here once loaded (src/data/details.ts fills it; src/data/sources.ts reads it).
import type { ShownSource } from '@/lib/types'

export const answerSources = new Map<string, ShownSource>()
