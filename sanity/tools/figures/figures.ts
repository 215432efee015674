/**
 * What the tool Kampanjsiffror makes of the site's figures (vocabulary/figures.ts): weeks, short
 * links with their placements and campaign periods, pages, and the CSV file.
 */
import type { FiguresRow } from '../../../vocabulary/figures'

const DAY_MS = 86_400_000

/** A short link as the tool reads it from the dataset, with the placements of material that uses it. */
export type ShortLinkInfo = {
  path: string
  placement?: string
  campaignPeriod?: { start?: string; end?: string }
  materialPlacements: string[]
}

/** The ISO week (Swedish weeks) a day is in, and the Monday it starts on. */
export function isoWeek(day: string): { year: number; week: number; monday: string } {
  const date = new Date(`${day}T00:00:00Z`)
  const weekday = (date.getUTCDay() + 6) % 7
  const monday = new Date(date.getTime() - weekday * DAY_MS)
  const thursday = new Date(monday.getTime() + 3 * DAY_MS)
  const year = thursday.getUTCFullYear()
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY_MS)) + 1
  return { year, week, monday: monday.toISOString().slice(0, 10) }
}

export type WeekTotals = { label: string; monday: string; pages: number; shortLinks: number }

/** Page views and short-link uses per week from `from` to `to`, weeks without any included. */
export function weeklyTotals(rows: FiguresRow[], from: string, to: string): WeekTotals[] {
  const weeks = new Map<string, WeekTotals>()
  for (
    let time = Date.parse(`${isoWeek(from).monday}T00:00:00Z`);
    time <= Date.parse(`${to}T00:00:00Z`);
    time += 7 * DAY_MS
  ) {
    const { week, monday } = isoWeek(new Date(time).toISOString().slice(0, 10))
    weeks.set(monday, { label: `v. ${week}`, monday, pages: 0, shortLinks: 0 })
  }
  for (const row of rows) {
    const week = weeks.get(isoWeek(row.day).monday)
    if (week) week[row.kind] += row.count
  }
  return [...weeks.values()]
}

/** Counts per path or short link over the rows, largest first. */
export function totalsBy(rows: FiguresRow[], kind: FiguresRow['kind']): { key: string; count: number }[] {
  const totals = new Map<string, number>()
  for (const row of rows) if (row.kind === kind) totals.set(row.key, (totals.get(row.key) ?? 0) + row.count)
  return [...totals]
    .map(([key, count]) => ({ key, count }))
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key))
}

/** Uses of a short link from `start` to `end` (both included, either open), from the rows given. */
export function usesBetween(rows: FiguresRow[], path: string, start?: string, end?: string): number {
  return rows
    .filter((row) => row.kind === 'shortLinks' && row.key === path)
    .filter((row) => (!start || row.day >= start) && (!end || row.day <= end))
    .reduce((sum, row) => sum + row.count, 0)
}

/** What a short link's figures are called: its placement, else that of the material using it. */
export function placementOf(link: ShortLinkInfo | undefined): string {
  if (!link) return ''
  return link.placement?.trim() || [...new Set(link.materialPlacements)].join(', ')
}

const MONTHS = ['jan', 'feb', 'mars', 'april', 'maj', 'juni', 'juli', 'aug', 'sep', 'okt', 'nov', 'dec']

/** "3–16 mars 2026", "28 feb–13 mars 2026", "från 3 mars 2026". */
export function periodText(period: ShortLinkInfo['campaignPeriod']): string {
  const parts = (day: string) => {
    const [year, month, date] = day.split('-').map(Number)
    return { year, month: MONTHS[month - 1], date }
  }
  if (!period?.start && !period?.end) return ''
  if (!period.end) {
    const start = parts(period.start as string)
    return `från ${start.date} ${start.month} ${start.year}`
  }
  const end = parts(period.end)
  if (!period.start) return `till ${end.date} ${end.month} ${end.year}`
  const start = parts(period.start)
  if (start.year !== end.year) return `${start.date} ${start.month} ${start.year}–${end.date} ${end.month} ${end.year}`
  if (start.month !== end.month) return `${start.date} ${start.month}–${end.date} ${end.month} ${end.year}`
  return `${start.date}–${end.date} ${end.month} ${end.year}`
}

/**
 * The span to ask for to cover every campaign period, at most `maxDays` long and ending at the
 * latest end (or today, for a period still running); null when no short link has a period.
 */
export function campaignSpan(
  links: ShortLinkInfo[],
  today: string,
  maxDays: number,
): { from: string; to: string } | null {
  const periods = links.map((link) => link.campaignPeriod).filter((period) => period?.start || period?.end)
  if (periods.length === 0) return null
  const ends = periods.map((period) => (period?.end && period.end < today ? period.end : today))
  const to = ends.sort().at(-1) as string
  const earliest = new Date(Date.parse(`${to}T00:00:00Z`) - (maxDays - 1) * DAY_MS).toISOString().slice(0, 10)
  const starts = periods.map((period) => period?.start ?? earliest).sort()
  const from = starts[0] > earliest ? starts[0] : earliest
  return { from: from > to ? to : from, to }
}

const csvField = (value: string | number) => {
  const text = String(value)
  return /[;"\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/**
 * The rows as a CSV file for a spreadsheet: semicolons and a byte-order mark, as Excel in Swedish
 * expects, one line per day and path or short link.
 */
export function figuresCsv(rows: FiguresRow[], links: Map<string, ShortLinkInfo>): string {
  const lines = [['Datum', 'Typ', 'Adress', 'Placering', 'Antal']]
  for (const row of rows)
    lines.push([
      row.day,
      row.kind === 'pages' ? 'Sidvisning' : 'Kortlänk',
      row.key,
      row.kind === 'shortLinks' ? placementOf(links.get(row.key)) : '',
      String(row.count),
    ])
  return `\uFEFF${lines.map((line) => line.map(csvField).join(';')).join('\r\n')}\r\n`
}
