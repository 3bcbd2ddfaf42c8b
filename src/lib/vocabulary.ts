// The fixed lists the data uses: plain constants, so pages that need a list (filters, the URL codecs,
// pay) do not load the schema library with it. schema.ts builds its checks from these.

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

// `routes` is not here: each route entry carries its own citation (RouteEntrySchema).
export const CITED_FIELDS = ['summary', 'whatYouDo', 'settings', 'patientContact', 'levels', 'bands', 'registration'] as const

/** named: a source names this route for this specialism. theme: a source names it only for the wider
 * theme (e.g. "blood sciences"), so the page says to ask a local trust, never shows it as a way in. */
export const ROUTE_SCOPES = ['named', 'theme'] as const

/** The four UK nations, in the order pages list them. England's pay table is the default. */
export const NATIONS = ['england', 'scotland', 'wales', 'northern-ireland'] as const

export const SOURCE_KINDS = ['official', 'professional-body', 'third-party'] as const
