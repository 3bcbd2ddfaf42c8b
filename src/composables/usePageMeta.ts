import { computed, toValue, type MaybeRefOrGetter } from 'vue'
import { useHead } from '@unhead/vue'
import { useRoute } from 'vue-router'

export const SITE_NAME = 'Healthcare Science Careers Explorer'
const ORIGIN = (import.meta.env.VITE_SITE_URL ?? 'https://healthcare-science-careers.example').replace(/\/$/, '')

/** Title, description, canonical link and Open Graph tags for one page. */
export function usePageMeta(title: MaybeRefOrGetter<string>, description: MaybeRefOrGetter<string>) {
  const route = useRoute()
  const url = computed(() => `${ORIGIN}${import.meta.env.BASE_URL.replace(/\/$/, '')}${route.fullPath}`)
  const fullTitle = computed(() => (toValue(title) === SITE_NAME ? SITE_NAME : `${toValue(title)} | ${SITE_NAME}`))
  useHead({
    title: fullTitle,
    meta: [
      { name: 'description', content: () => toValue(description) },
      { property: 'og:title', content: () => toValue(title) },
      { property: 'og:description', content: () => toValue(description) },
      { property: 'og:type', content: 'website' },
      { property: 'og:site_name', content: SITE_NAME },
      { property: 'og:url', content: url },
      { name: 'twitter:card', content: 'summary' },
    ],
    link: [{ rel: 'canonical', href: url }],
  })
}
