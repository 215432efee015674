/** Dates in the page's language from the CMS's ISO dates: "2025-07-01" → "1 juli 2025" in Swedish. */
export function formatDate(isoDate: string, locale = 'sv-SE'): string {
  const date = new Date(isoDate.length === 10 ? `${isoDate}T00:00:00Z` : isoDate)
  if (Number.isNaN(date.getTime())) return isoDate
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    date,
  )
}
