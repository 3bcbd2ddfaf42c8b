// Dates as people write them, without Intl: the first toLocaleDateString call loads the browser's
// locale data, which cost about 50 ms of start-up on every page (the footer shows a date).

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const

/** "2026-11-23" -> "23 November 2026" (the date as written, whatever the reader's time zone). */
export function readableDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate)
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined
  if (!match || !month) return isoDate
  return `${Number(match[3])} ${month} ${match[1]}`
}
