// What the specialism page's voices section loads when it comes near the screen: the component, once
// the specialism's stories are in (so it renders the same as the prerendered copy).
import { loadStories } from '@/data/stories'
import SpecialismVoices from './SpecialismVoices.vue'

export async function withStories(id: string) {
  await loadStories(id)
  return SpecialismVoices
}
