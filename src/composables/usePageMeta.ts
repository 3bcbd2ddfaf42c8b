import { computed, toValue, type MaybeRefOrGetter } from 'vue'
import { useHead } from '@unhead/vue'
import { useRoute } from 'vue-router'
import { SITE_NAME, siteUrl } from '@/lib/site'
import { siteImagePath } from '@/router/paths'

export { SITE_NAME }
/** The site's origin from SITE_URL at build time (vite.config.ts); "" when unknown. */
const ORIGIN: string = import.meta.env.VITE_SITE_URL ?? ''
const url = (path: string) => siteUrl(ORIGIN, import.meta.env.BASE_URL, path)

export interface PageMetaOptions {
  /** The link-preview image (a path from src/router/paths.ts, drawn by scripts/ogImages.ts); the
   * site's image when left out. Its alt text is the page's title and description, which it shows. */
  image?: MaybeRefOrGetter<string | undefined>
  /** What a link preview says, when it should differ from the page's own title and description. */
  preview?: MaybeRefOrGetter<{ title: string; description: string } | undefined>
}

/** Title, description and canonical link for one page, and the link-preview (Open Graph) tags.
 * Previews are read from the prerendered page by whoever receives a link, and no previewer runs
 * scripts, so the preview tags are written at prerender only and cost the browser nothing. */
export function usePageMeta(title: MaybeRefOrGetter<string>, description: MaybeRefOrGetter<string>, options: PageMetaOptions = {}) {
  const route = useRoute()
  const pageUrl = computed(() => (ORIGIN ? url(route.fullPath.split('#')[0]!) : undefined))
  const fullTitle = computed(() => (toValue(title) === SITE_NAME ? SITE_NAME : `${toValue(title)} | ${SITE_NAME}`))
  useHead({
    title: fullTitle,
    meta: [{ name: 'description', content: () => toValue(description) }],
    link: () => (pageUrl.value ? [{ rel: 'canonical', href: pageUrl.value }] : []),
  })
  if (import.meta.env.SSR) useHead({ meta: () => previewTags(toValue(title), toValue(description), options, pageUrl.value) })
}

function previewTags(title: string, description: string, options: PageMetaOptions, pageUrl: string | undefined) {
  const path = toValue(options.image)
  const preview = toValue(options.preview)
  const alt = path
    ? `${title}. ${description}`
    : `${SITE_NAME}: NHS healthcare science careers, what the work is like, how to get in and what it pays.`
  return [
    { property: 'og:title', content: preview?.title ?? title },
    { property: 'og:description', content: preview?.description ?? description },
    { property: 'og:type', content: 'website' },
    { property: 'og:site_name', content: SITE_NAME },
    { property: 'og:locale', content: 'en_GB' },
    ...(pageUrl ? [{ property: 'og:url', content: pageUrl }] : []),
    { property: 'og:image', content: url(path ?? siteImagePath()) },
    { property: 'og:image:type', content: 'image/png' },
    { property: 'og:image:width', content: '1200' },
    { property: 'og:image:height', content: '630' },
    { property: 'og:image:alt', content: alt },
    { name: 'twitter:card', content: 'summary_large_image' },
    { name: 'twitter:image:alt', content: alt },
  ]
}
