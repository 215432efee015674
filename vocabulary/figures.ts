/**
 * The campaign figures as the site's route (app/api/figures) sends them and the Studio's tool
 * Kampanjsiffror reads them: per day, page views per path and uses per short link. No visitor is
 * in them (docs/deploy.md, "Campaign figures").
 */
export const FIGURES_API_PATH = '/api/figures'

export type FiguresKind = 'pages' | 'shortLinks'

export type FiguresRow = { day: string; kind: FiguresKind; key: string; count: number }

export type FiguresAnswer = {
  from: string
  to: string
  /** False where nothing is counted (no edge, as in `npm run dev`): the rows are then empty. */
  counting: boolean
  rows: FiguresRow[]
}

/** The longest span one request may ask for, in days. */
export const FIGURES_MAX_DAYS = 400

const DAY = /^\d{4}-\d{2}-\d{2}$/

/** A day as YYYY-MM-DD that exists in the calendar, or null. */
export function parseDay(value: string | null | undefined): Date | null {
  if (!value || !DAY.test(value)) return null
  const date = new Date(`${value}T00:00:00Z`)
  return date.toISOString().slice(0, 10) === value ? date : null
}

export const formatDay = (date: Date) => date.toISOString().slice(0, 10)

/** Every day from `from` to `to`, both included. */
export function daysBetween(from: Date, to: Date): string[] {
  const days: string[] = []
  for (let day = from.getTime(); day <= to.getTime(); day += 86_400_000) days.push(formatDay(new Date(day)))
  return days
}
