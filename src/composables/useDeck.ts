// A deck and its current slide, read from the URL (/present/<deck>/?slide=n&s=a,b): the URL is
// the only state. go() moves with router.replace, so reload and shared links land on the slide
// and Back leaves the deck in one step. Junk or out-of-range slide numbers are put right.
import { computed, watch } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import extras from 'virtual:deck-extras'
import { useCatalogue } from '@/composables/useCatalogue'
import { useHydratedQuery } from '@/composables/useHydratedQuery'
import { parseIdList } from '@/lib/compareQuery'
import { buildDeck } from '@/lib/deck'
import { clampSlide, parseSlide, slideAfter, type SlideAction } from '@/lib/slideNav'
import { presentPath } from '@/router/paths'

export function useDeck() {
  const catalogue = useCatalogue()
  const route = useRoute()
  const router = useRouter()
  const query = useHydratedQuery()
  const deckId = computed(() => String(route.params.deck ?? ''))
  const selection = computed(() => parseIdList(query.value.s, (id) => catalogue.specialism(id) !== undefined, 60).ids)
  const deck = computed(() => buildDeck(catalogue, deckId.value, extras, selection.value))
  const count = computed(() => deck.value?.slides.length ?? 1)
  const slide = computed(() => parseSlide(query.value.slide, count.value))
  const presenter = computed(() => query.value.presenter === '1')

  function go(n: number) {
    const target = String(clampSlide(n, count.value))
    if (route.query.slide === target) return
    void router.replace({ query: { ...route.query, slide: target } })
  }
  function act(action: SlideAction) {
    const n = slideAfter(action, slide.value, count.value)
    if (n !== null) go(n)
  }
  /** Back to the page the teacher came from, or to the list of decks when the deck was opened directly. */
  function exit() {
    const back: unknown = window.history.state?.back
    if (typeof back === 'string' && back) router.back()
    else void router.push(presentPath())
  }

  watch([() => query.value.slide, slide], ([raw, n]) => {
    if (raw !== undefined && raw !== String(n)) go(n)
  })
  return { deckId, deck, count, slide, presenter, selection, extras, go, act, exit }
}
