// The fixed lists of values the data uses (bands, settings, contact ...). Plain constants, so the
// filters, URL codec and pay code of the first view can use them without the schema and valibot.
export const BANDS = ['2', '3', '4', '5', '6', '7', '8a', '8b', '8c', '8d', '9'] as const
export const SETTINGS = ['lab', 'clinic', 'ward', 'community', 'workshop', 'computer'] as const
export const CONTACT = ['high', 'some', 'little'] as const
export const SUBJECTS = [
  'biology',
  'chemistry',
  'physics',
  'maths',
  'computing',
  'design-technology',
  'english',
  'psychology',
] as const
export const ROUTE_KINDS = ['apprenticeship', 'degree', 'graduate', 'workplace'] as const
export const STAGES = ['gcse', 'a-level', 'degree', 'work'] as const
export const STP_STATUS = ['yes', 'no', 'within', 'former'] as const
export const CITED_FIELDS = [
  'summary',
  'whatYouDo',
  'settings',
  'patientContact',
  'levels',
  'routes',
  'bands',
  'registration',
] as const
