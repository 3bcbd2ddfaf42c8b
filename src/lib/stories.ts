// Dates of published stories come as precisely as the page gives them: 2024, 2024-03 or 2024-03-11.
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

export function storyDate(date: string): string {
  const [year, month, day] = date.split('-')
  const monthName = month ? MONTHS[Number(month) - 1] : undefined
  if (!monthName) return year ?? date
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`
}

/** Stories with a date first (newest first), then undated ones, each in a stable order. */
export function sortStories<T extends { published?: string; title: string }>(stories: readonly T[]): T[] {
  return [...stories].sort((a, b) => (b.published ?? '').localeCompare(a.published ?? '') || a.title.localeCompare(b.title, 'en-GB'))
}
