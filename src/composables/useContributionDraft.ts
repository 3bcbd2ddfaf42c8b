// What a contributor types, kept in sessionStorage until the file is downloaded, so a reload, a
// slip of the Back button or a refused form never loses it.
import { onMounted, reactive, watch } from 'vue'
import { emptyDraft, type ContributionDraft } from '@/lib/contributionForm'

const KEY = 'hcs-contribution-draft'

function restore(draft: ContributionDraft) {
  try {
    const saved = JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as Partial<ContributionDraft> | null
    if (!saved || typeof saved !== 'object') return
    for (const key of ['specialism', 'name', 'role', 'employer', 'date', 'video'] as const) {
      if (typeof saved[key] === 'string') draft[key] = saved[key]
    }
    draft.consent = saved.consent === true
    if (saved.answers && typeof saved.answers === 'object') {
      for (const [id, text] of Object.entries(saved.answers)) if (typeof text === 'string') draft.answers[id] = text
    }
  } catch {
    // Storage blocked or corrupt: start with an empty form.
  }
}

export function useContributionDraft(preselect?: () => string | undefined) {
  // The date is filled in after mounting: the prerendered page cannot know today's date.
  const draft = reactive(emptyDraft(''))
  onMounted(() => {
    restore(draft)
    const chosen = preselect?.()
    if (chosen && !draft.specialism) draft.specialism = chosen
    watch(draft, () => {
      try {
        sessionStorage.setItem(KEY, JSON.stringify(draft))
      } catch {
        // Private mode with no storage: the page still keeps what was typed.
      }
    }, { deep: true })
  })
  const clear = () => {
    try {
      sessionStorage.removeItem(KEY)
    } catch {
      /* nothing stored */
    }
  }
  return { draft, clear }
}
