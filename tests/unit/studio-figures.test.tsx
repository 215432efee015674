/**
 * The Studio's Kampanjsiffror: weeks, short links with placements and campaign periods, the CSV
 * file (sanity/tools/figures/figures.ts) and the chart (WeeklyChart.tsx).
 */
import '@testing-library/jest-dom'
import { render, screen } from '@testing-library/react'

import {
  campaignSpan,
  figuresCsv,
  isoWeek,
  periodText,
  placementOf,
  totalsBy,
  usesBetween,
  weeklyTotals,
  type ShortLinkInfo,
} from '@/sanity/tools/figures/figures'
import { WeeklyChart } from '@/sanity/tools/figures/WeeklyChart'
import type { FiguresRow } from '@/vocabulary/figures'

const rows: FiguresRow[] = [
  { day: '2026-03-02', kind: 'pages', key: '/', count: 40 },
  { day: '2026-03-03', kind: 'pages', key: '/hjalp', count: 17 },
  { day: '2026-03-03', kind: 'shortLinks', key: '/busskur', count: 5 },
  { day: '2026-03-16', kind: 'shortLinks', key: '/busskur', count: 7 },
  { day: '2026-03-17', kind: 'shortLinks', key: '/busskur', count: 100 },
  { day: '2026-03-17', kind: 'pages', key: '/hjalp', count: 3 },
]

const busskur: ShortLinkInfo = {
  path: '/busskur',
  placement: 'Busskur Karlstad C',
  campaignPeriod: { start: '2026-03-03', end: '2026-03-16' },
  materialPlacements: ['Annons NWT'],
}

describe('weeks', () => {
  it.each([
    ['2026-03-02', { year: 2026, week: 10, monday: '2026-03-02' }],
    ['2026-03-08', { year: 2026, week: 10, monday: '2026-03-02' }],
    ['2027-01-01', { year: 2026, week: 53, monday: '2026-12-28' }],
    ['2025-12-29', { year: 2026, week: 1, monday: '2025-12-29' }],
  ])('puts %s in ISO week %j, as Swedish calendars number them', (day, week) => {
    expect(isoWeek(day)).toEqual(week)
  })

  it('adds up each week, and keeps the weeks without any figures', () => {
    expect(weeklyTotals(rows, '2026-03-01', '2026-03-22')).toEqual([
      { label: 'v. 9', monday: '2026-02-23', pages: 0, shortLinks: 0 },
      { label: 'v. 10', monday: '2026-03-02', pages: 57, shortLinks: 5 },
      { label: 'v. 11', monday: '2026-03-09', pages: 0, shortLinks: 0 },
      { label: 'v. 12', monday: '2026-03-16', pages: 3, shortLinks: 107 },
    ])
  })
})

describe('short links and pages', () => {
  it('counts a short link’s uses within its campaign period, both days included', () => {
    expect(usesBetween(rows, '/busskur', '2026-03-03', '2026-03-16')).toBe(12)
    expect(usesBetween(rows, '/busskur', '2026-03-04')).toBe(107)
    expect(usesBetween(rows, '/hjalp')).toBe(0)
  })

  it('names a short link by its placement, else by the placements of the material that prints it', () => {
    expect(placementOf(busskur)).toBe('Busskur Karlstad C')
    expect(
      placementOf({ ...busskur, placement: ' ', materialPlacements: ['Annons NWT', 'Annons NWT', 'Busskur'] }),
    ).toBe('Annons NWT, Busskur')
    expect(placementOf(undefined)).toBe('')
  })

  it.each([
    [{ start: '2026-03-03', end: '2026-03-16' }, '3–16 mars 2026'],
    [{ start: '2026-02-28', end: '2026-03-13' }, '28 feb–13 mars 2026'],
    [{ start: '2025-12-15', end: '2026-01-06' }, '15 dec 2025–6 jan 2026'],
    [{ start: '2026-03-03' }, 'från 3 mars 2026'],
    [{ end: '2026-03-16' }, 'till 16 mars 2026'],
    [{}, ''],
  ])('writes the campaign period %j as "%s"', (period, text) => {
    expect(periodText(period)).toBe(text)
  })

  it('asks for one span covering every campaign period, ending today for one still running', () => {
    const link = (start?: string, end?: string): ShortLinkInfo => ({
      path: '/x',
      campaignPeriod: { start, end },
      materialPlacements: [],
    })
    expect(campaignSpan([link()], '2026-06-01', 400)).toBeNull()
    expect(
      campaignSpan([link('2026-03-03', '2026-03-16'), link('2026-04-01', '2026-09-30')], '2026-06-01', 400),
    ).toEqual({
      from: '2026-03-03',
      to: '2026-06-01',
    })
    expect(campaignSpan([link(undefined, '2026-03-16')], '2026-06-01', 10)).toEqual({
      from: '2026-03-07',
      to: '2026-03-16',
    })
  })

  it('lists pages and short links by their total, largest first', () => {
    expect(totalsBy(rows, 'pages')).toEqual([
      { key: '/', count: 40 },
      { key: '/hjalp', count: 20 },
    ])
  })
})

describe('the CSV file', () => {
  it('has one line per day and address, with semicolons and a byte-order mark for Excel in Swedish', () => {
    const csv = figuresCsv(
      rows.slice(1, 3),
      new Map([['/busskur', { ...busskur, placement: 'Busskur; Karlstad "C"' }]]),
    )
    expect(csv).toBe(
      '\uFEFFDatum;Typ;Adress;Placering;Antal\r\n' +
        '2026-03-03;Sidvisning;/hjalp;;17\r\n' +
        '2026-03-03;Kortlänk;/busskur;"Busskur; Karlstad ""C""";5\r\n',
    )
  })
})

describe('the chart', () => {
  it('is an image named and described for screen readers, with a bar per series and week', () => {
    const weeks = weeklyTotals(rows, '2026-03-01', '2026-03-22')
    const { container } = render(<WeeklyChart weeks={weeks} titleId="test" />)
    const chart = screen.getByRole('img', { name: /per vecka/ })
    expect(chart).toHaveAccessibleDescription(/4 veckor, från v\. 9 till v\. 12: 60 sidvisningar och 112 användningar/)
    expect(container.querySelectorAll('rect')).toHaveLength(8)
    const heights = [...container.querySelectorAll('rect')].map((rect) => Number(rect.getAttribute('height')))
    // The tallest bar is the week with 107 short-link uses.
    expect(Math.max(...heights)).toBe(heights[7])
  })
})
