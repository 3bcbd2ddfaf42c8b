// The quiz's answers while it is being taken: in memory, copied to sessionStorage so a reload keeps
// them, and started from ?quiz= when "Change my answers" links back. Nothing leaves the device.
import { ref, watch } from 'vue'
import type { QuizAnswers } from '@/lib/quizCodes'
import { parseQuizAnswers, toQuizParam } from '@/lib/quizQuery'

const KEY = 'hcs-careers:quiz'

function session(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.sessionStorage
  } catch {
    return undefined // blocked storage: answers live for this page only
  }
}

export function useQuizAnswers() {
  const answers = ref<QuizAnswers>({})
  /** Call once mounted (prerendered HTML starts empty): the link's answers, else this tab's. */
  function restore(fromLink: string) {
    let saved: string | null = null
    try {
      saved = session()?.getItem(KEY) ?? null
    } catch {
      saved = null
    }
    answers.value = parseQuizAnswers(fromLink || saved || '').answers
    watch(answers, (value) => {
      try {
        session()?.setItem(KEY, toQuizParam(value))
      } catch {
        // full or blocked storage: nothing lost from the page itself
      }
    }, { deep: true })
  }
  function choose(question: string, values: readonly string[]) {
    answers.value = { ...answers.value, [question]: [...values] }
  }
  return { answers, restore, choose }
}
