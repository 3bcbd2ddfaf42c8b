import { computed, toValue, watchEffect, type MaybeRefOrGetter } from 'vue'
import { useHead } from '@unhead/vue'
import { useRoute, type RouteLocationNormalizedLoaded } from 'vue-router'
import { useCatalogue } from '@/composables/useCatalogue'
import { SITE_NAME, siteUrl } from '@/lib/site'
import { groupingImagePath, siteImagePath, specialismImagePath } from '@/router/paths'

export { SITE_NAME }
/** The site's origin from SITE_URL at build time (vite.config.ts); "" when unknown. */
const ORIGIN: string = import.meta.env.VITE_SITE_URL ?? ''
const url = (path: string) => siteUrl(ORIGIN, import.meta.env.BASE_URL, path)

/** Title, description and canonical link for one page, and its link-preview (Open Graph) tags.
 * A preview is read from the prerendered page by whoever receives a link, and no previewer runs
 * scripts: the preview tags are written at prerender only, so they cost the browser nothing. */
export function usePageMeta(title: MaybeRefOrGetter<string>, description: MaybeRefOrGetter<string>) {
  const route = useRoute()
  const pageUrl = () => url(route.fullPath.split('#')[0]!)
  const fullTitle = computed(() => (toValue(title) === SITE_NAME ? SITE_NAME : `${toValue(title)} | ${SITE_NAME}`))
  if (import.meta.env.SSR) {
    const catalogue = useCatalogue()
    useHead({ title: fullTitle, meta: [{ name: 'description', content: () => toValue(description) }] })
    if (ORIGIN) useHead({ link: () => [{ rel: 'canonical', href: pageUrl() }] })
    useHead({ meta: () => previewTags(toValue(title), toValue(description), preview(route, catalogue), ORIGIN ? pageUrl() : undefined) })
  } else {
    // The browser has no head manager (scripts/browserHead.ts): the three tags that change follow the
    // page here (a search, a comparison, a navigation).
    watchEffect(() => {
      document.title = fullTitle.value
      document.querySelector('meta[name="description"]')?.setAttribute('content', toValue(description))
      if (ORIGIN) document.querySelector('link[rel="canonical"]')?.setAttribute('href', pageUrl())
    })
  }
}

interface Preview {
  /** A path from src/router/paths.ts (drawn by scripts/ogImages.ts); the site's image when left out. */
  image?: string
  /** What the preview says when the prerendered page cannot know what was shared. */
  title?: string
  description?: string
}

/** The preview of a page: its own image for a specialism, a grouping and a grouping's deck; for
 * the pages whose link carries a list (compare, shortlist, a deck of a selection), words for the
 * person who receives it, because the prerendered page does not know the list. */
function preview(route: RouteLocationNormalizedLoaded, catalogue: ReturnType<typeof useCatalogue>): Preview {
  const id = String(route.params.id ?? route.params.deck ?? '')
  if (route.name === 'specialism' && catalogue.specialism(id)) return { image: specialismImagePath(id) }
  if ((route.name === 'grouping' || route.name === 'deck') && catalogue.grouping(id)) return { image: groupingImagePath(id) }
  if (route.name === 'compare') {
    return {
      title: 'Healthcare science careers side by side',
      description: 'Someone chose these NHS healthcare science specialisms to compare and shared them: patient contact, where you work, subjects, ways in and pay, side by side.',
    }
  }
  if (route.name === 'shortlist') {
    return {
      title: 'A shortlist of healthcare science careers',
      description: 'Someone chose these NHS healthcare science specialisms and shared them: open the link to see what each job is like, how to get in and what it pays, and compare them side by side.',
    }
  }
  if (route.name === 'deck' && id === 'selection') {
    // lib/deck's SELECTION_DECK: importing it would bring the decks into every page's chunk.
    return {
      title: 'Slides: healthcare science careers chosen for you',
      description: 'A slide deck of NHS healthcare science specialisms that someone chose and shared: what each job is, patient contact, the way in from school and pay.',
    }
  }
  return {}
}

function previewTags(title: string, description: string, preview: Preview, pageUrl: string | undefined) {
  const alt = preview.image
    ? `${title}. ${description}`
    : `${SITE_NAME}: NHS healthcare science careers, what the work is like, how to get in and what it pays.`
  return [
    { property: 'og:title', content: preview.title ?? title },
    { property: 'og:description', content: preview.description ?? description },
    { property: 'og:type', content: 'website' },
    { property: 'og:site_name', content: SITE_NAME },
    { property: 'og:locale', content: 'en_GB' },
    ...(pageUrl ? [{ property: 'og:url', content: pageUrl }] : []),
    { property: 'og:image', content: url(preview.image ?? siteImagePath()) },
    { property: 'og:image:type', content: 'image/png' },
    { property: 'og:image:width', content: '1200' },
    { property: 'og:image:height', content: '630' },
    { property: 'og:image:alt', content: alt },
    { name: 'twitter:card', content: 'summary_large_image' },
    { name: 'twitter:image:alt', content: alt },
  ]
}
