// Component tests mount views on their own, without App.vue: behave as the app does once the
// prerendered HTML has been hydrated (the URL's query applies straight away).
import { markHydrated } from '@/composables/useHydratedQuery'

markHydrated()
