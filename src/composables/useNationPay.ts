// The nation whose pay a page shows (?nation=, England by default) and the pay it may show for it.
import { computed, watch } from 'vue'
import { catalogue } from '@/data/catalogue'
import { loadNationData, nationData } from '@/data/nations'
import { nationPayView, type NationPayView } from '@/lib/nationPay'
import { parseNationQuery } from '@/lib/nationQuery'
import { useHydratedQuery } from './useHydratedQuery'

export function useNationPay() {
  const query = useHydratedQuery()
  const parsed = computed(() => parseNationQuery(query.value))
  const nation = computed(() => parsed.value.nation)
  const main = catalogue.data.pay
  watch(nation, (wanted) => wanted !== main.nation && void loadNationData(), { immediate: true })
  /** Null while another nation's pay is loading. */
  const view = computed<NationPayView | null>(() => {
    if (nation.value === main.nation) return nationPayView(main, [], nation.value)
    return nationData.value ? nationPayView(main, nationData.value.pay, nation.value) : null
  })
  return { nation, ignored: computed(() => parsed.value.ignored), view }
}
