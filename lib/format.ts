/** Dates the Swedish way, from the CMS's ISO dates: "2025-07-01" → "1 juli 2025". */
const dateFormat = new Intl.DateTimeFormat('sv-SE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })

export function formatDate(isoDate: string): string {
  const date = new Date(isoDate.length === 10 ? `${isoDate}T00:00:00Z` : isoDate)
  return Number.isNaN(date.getTime()) ? isoDate : dateFormat.format(date)
}
