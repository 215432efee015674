import type { WeekTotals } from './figures'

const WIDTH = 720
const HEIGHT = 240
const MARGIN = { top: 16, right: 8, bottom: 40, left: 48 }
/** Dark blue and orange: told apart by people with the common kinds of colour blindness, and on white. */
export const SERIES = [
  { kind: 'pages', label: 'Sidvisningar', color: '#1f4e79' },
  { kind: 'shortLinks', label: 'Kortlänkar och QR-koder', color: '#b35900' },
] as const

/** A round step for the value axis: 1, 2 or 5 times a power of ten. */
function niceStep(max: number): number {
  const rough = Math.max(max, 1) / 4
  const power = 10 ** Math.floor(Math.log10(rough))
  return [1, 2, 5, 10].map((factor) => factor * power).find((step) => step >= rough) ?? power * 10
}

/**
 * Page views and short-link uses per week as grouped bars, drawn as SVG. It is an image with a
 * title and a description for screen readers; the same numbers are in the table below it.
 */
export function WeeklyChart({ weeks, titleId }: { weeks: WeekTotals[]; titleId: string }) {
  const max = Math.max(1, ...weeks.flatMap((week) => [week.pages, week.shortLinks]))
  const step = niceStep(max)
  const top = Math.ceil(max / step) * step
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom
  const slot = plotWidth / Math.max(weeks.length, 1)
  const bar = Math.max(2, Math.min(18, (slot - 4) / 2))
  const y = (value: number) => MARGIN.top + plotHeight - (value / top) * plotHeight
  const ticks = Array.from({ length: Math.round(top / step) + 1 }, (_, index) => index * step)
  // Every week is labelled when they fit; otherwise every second or fourth.
  const labelEvery = slot >= 40 ? 1 : slot >= 20 ? 2 : 4
  const total = (kind: 'pages' | 'shortLinks') => weeks.reduce((sum, week) => sum + week[kind], 0)

  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-labelledby={`${titleId}-title`}
      aria-describedby={`${titleId}-desc`}
      style={{ width: '100%', maxWidth: WIDTH, height: 'auto', display: 'block' }}
    >
      <title id={`${titleId}-title`}>Sidvisningar och användningar av kortlänkar per vecka</title>
      <desc id={`${titleId}-desc`}>
        {`${weeks.length} veckor, från ${weeks[0]?.label ?? ''} till ${weeks.at(-1)?.label ?? ''}: ${total('pages')} sidvisningar och ${total('shortLinks')} användningar av kortlänkar. Siffrorna per vecka finns i tabellen under diagrammet.`}
      </desc>
      {ticks.map((tick) => (
        <g key={tick}>
          <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(tick)} y2={y(tick)} stroke="#d0d4da" />
          <text x={MARGIN.left - 6} y={y(tick) + 4} textAnchor="end" fontSize="11" fill="#3c4048">
            {tick.toLocaleString('sv-SE')}
          </text>
        </g>
      ))}
      {weeks.map((week, index) => {
        const x = MARGIN.left + index * slot + (slot - 2 * bar) / 2
        return (
          <g key={week.monday}>
            {SERIES.map((series, seriesIndex) => (
              <rect
                key={series.kind}
                x={x + seriesIndex * bar}
                y={y(week[series.kind])}
                width={bar - 1}
                height={Math.max(0, y(0) - y(week[series.kind]))}
                fill={series.color}
              />
            ))}
            {index % labelEvery === 0 && (
              <text x={x + bar} y={HEIGHT - MARGIN.bottom + 16} textAnchor="middle" fontSize="11" fill="#3c4048">
                {week.label}
              </text>
            )}
          </g>
        )
      })}
      <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(0)} y2={y(0)} stroke="#3c4048" />
    </svg>
  )
}
