// The explore page's quiz result: the scoring code loads only when a link carries ?quiz=, so the
// first view of the explorer pays nothing for it.
import { computed, shallowRef, toValue, watch, type MaybeRefOrGetter } from 'vue'
import { useCatalogue } from '@/composables/useCatalogue'
import type { QuizMatch } from '@/lib/quizScore'

type QuizLib = typeof import('@/lib/quizRank')

/** `canonical` is called with the answers' one canonical form when the link's differs from it. */
export function useQuizMatches(param: MaybeRefOrGetter<string>, canonical: (quiz: string) => void) {
  const catalogue = useCatalogue()
  const lib = shallowRef<QuizLib | null>(null)
  watch(
    () => toValue(param) !== '',
    async (wanted) => {
      if (wanted && !lib.value) lib.value = await import('@/lib/quizRank')
    },
    { immediate: true },
  )
  watch([() => toValue(param), lib], ([quiz, loaded]) => {
    const tidy = quiz && loaded ? loaded.toQuizParam(loaded.parseQuizAnswers(quiz).answers) : quiz
    if (tidy !== quiz) canonical(tidy)
  })
  /** Ranked matches, best first, or null with no quiz in the URL (or while its code loads). */
  const matches = computed<QuizMatch[] | null>(() => {
    const quiz = toValue(param)
    return quiz && lib.value ? lib.value.rankQuiz(quiz, catalogue) : null
  })
  /** The matches for the tree to light up. */
  const lit = computed(() => (matches.value ? new Set(matches.value.slice(0, QUIZ_SHOWN).map((m) => m.id)) : null))
  return { matches, lit }
}

/** How many matches the result shows and the tree lights. */
export const QUIZ_SHOWN = 10
