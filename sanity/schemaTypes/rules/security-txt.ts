import type { DateRule } from 'sanity'

/**
 * The expiry date of /.well-known/security.txt (RFC 9116): a file past it counts as stale, and
 * the RFC recommends less than a year ahead. The Studio warns a month before, so that someone
 * renews it in time.
 */

/** From this many days before the date, the Studio warns. */
export const SECURITY_TXT_WARN_DAYS = 30
const MAX_DAYS_AHEAD = 365
const DAY_MS = 24 * 60 * 60 * 1000

/** Whole days from today (UTC) until a date (YYYY-MM-DD); negative once it has passed. */
export function daysUntil(date: string, today: Date = new Date()): number {
  return Math.round((Date.parse(date) - Date.parse(today.toISOString().slice(0, 10))) / DAY_MS)
}

const RENEW = `Välj ett nytt datum, högst ett år fram, och publicera inställningarna.`

export function securityTxtExpiry(rule: DateRule) {
  return [
    rule
      .custom((date: string | undefined) =>
        date && daysUntil(date) < 0 ? `Datumet har passerat, så security.txt räknas som inaktuell. ${RENEW}` : true,
      )
      .error(),
    rule
      .custom((date: string | undefined) => {
        if (!date) return true
        const days = daysUntil(date)
        if (days >= 0 && days <= SECURITY_TXT_WARN_DAYS)
          return `security.txt slutar gälla ${days === 0 ? 'i dag' : `om ${days} ${days === 1 ? 'dag' : 'dagar'}`}. ${RENEW}`
        if (days > MAX_DAYS_AHEAD) return 'Välj ett datum högst ett år fram, så att uppgifterna ses över varje år.'
        return true
      })
      .warning(),
  ]
}
