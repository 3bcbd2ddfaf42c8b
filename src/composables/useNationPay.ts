// The nation whose pay a page shows (?nation=, England by default) and the pay it may show for it.
// Pages are prerendered without a query, so each user reads ?nation= only once mounted: its first
// render matches the HTML even when it hydrates late (a lazily hydrated component).
import { computed, onMounted, ref, watch } from 'vue'
import { useRoute } from 'vue-router'
import { useCatalogue } from '@/composables/useCatalogue'
import { loadNationData, nationData } from '@/data/nations'
import { nationPayView, type NationPayView } from '@/lib/nationPay'
import { parseNationQuery } from '@/lib/nationQuery'

export function useNationPay() {
  const catalogue = useCatalogue()
  const route = useRoute()
  const mounted = ref(false)
  onMounted(() => (mounted.value = true))
  const parsed = computed(() => parseNationQuery(mounted.value ? route.query : {}))
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
