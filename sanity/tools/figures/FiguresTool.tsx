import { ChartUpwardIcon } from '@sanity/icons/ChartUpward'
import { DownloadIcon } from '@sanity/icons/Download'
import { Box, Button, Card, Flex, Heading, Stack, Text, TextInput } from '@sanity/ui'
import { useEffect, useId, useMemo, useState, type CSSProperties, type FormEvent } from 'react'
import { useClient, type Tool } from 'sanity'

import { apiVersion } from '../../../vocabulary/api-version'
import {
  FIGURES_API_PATH,
  FIGURES_MAX_DAYS,
  formatDay,
  parseDay,
  type FiguresAnswer,
} from '../../../vocabulary/figures'
import {
  campaignSpan,
  figuresCsv,
  periodText,
  placementOf,
  totalsBy,
  usesBetween,
  weeklyTotals,
  type ShortLinkInfo,
} from './figures'
import { SERIES, WeeklyChart } from './WeeklyChart'

/** Published short links, with the placements of the material that prints them. */
const SHORT_LINKS_QUERY = `*[_type == "shortLink" && defined(path)] | order(path asc) {
  path, placement, campaignPeriod,
  "materialPlacements": *[_type == "campaignMaterial" && references(^._id) && defined(placement)].placement
}`

const DEFAULT_WEEKS = 12

type Loaded = { figures: FiguresAnswer; campaign: FiguresAnswer | null }
type State = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; loaded: Loaded }

function defaultRange() {
  const today = new Date()
  return {
    from: formatDay(new Date(today.getTime() - (DEFAULT_WEEKS * 7 - 1) * 86_400_000)),
    to: formatDay(today),
  }
}

const NO_TOKEN =
  'Studion skickade ingen inloggning med frågan. Logga ut och logga in igen. Hjälper inte det: be den som sköter webbplatsen om hjälp.'

/** The site's figures for a span, asked for with the signed-in user's own token (app/api/figures). */
async function fetchFigures(token: string | undefined, from: string, to: string): Promise<FiguresAnswer> {
  const response = await fetch(`${FIGURES_API_PATH}?${new URLSearchParams({ from, to })}`, {
    headers: token ? { Authorization: `Bearer ${token}` } : {},
    cache: 'no-store',
  })
  const body = await response.json().catch(() => null)
  if (response.ok && body) return body as FiguresAnswer
  if (response.status === 401 && !token) throw new Error(NO_TOKEN)
  throw new Error(
    (body as { message?: string } | null)?.message ?? `Siffrorna kunde inte hämtas (${response.status}). Försök igen.`,
  )
}

const tableStyle: CSSProperties = { borderCollapse: 'collapse', width: '100%', fontSize: 14, fontFamily: 'inherit' }
const cellStyle: CSSProperties = { borderBottom: '1px solid #d0d4da', padding: '6px 8px', textAlign: 'left' }
const numberStyle: CSSProperties = { ...cellStyle, textAlign: 'right', fontVariantNumeric: 'tabular-nums' }
const count = (value: number) => value.toLocaleString('sv-SE')

/**
 * Kampanjsiffror: page views and short-link uses (QR scans among them) per short link and
 * placement, per page and per week, with a chart and a CSV file. The figures come from the site,
 * which gives them only to a signed-in Studio user; they hold no visitor (docs/campaign.md).
 */
export function FiguresTool() {
  const client = useClient({ apiVersion })
  const id = useId()
  const [range, setRange] = useState(defaultRange)
  const [draft, setDraft] = useState(range)
  const [formProblem, setFormProblem] = useState<string | null>(null)
  const [links, setLinks] = useState<ShortLinkInfo[] | null>(null)
  const [state, setState] = useState<State>({ status: 'loading' })

  useEffect(() => {
    const subscription = client.observable
      .fetch<ShortLinkInfo[]>(SHORT_LINKS_QUERY, {}, { perspective: 'published' })
      .subscribe({ next: setLinks, error: () => setLinks([]) })
    return () => subscription.unsubscribe()
  }, [client])

  useEffect(() => {
    if (links === null) return
    let current = true
    const token = client.config().token
    const span = campaignSpan(links, formatDay(new Date()), FIGURES_MAX_DAYS)
    Promise.all([
      fetchFigures(token, range.from, range.to),
      span ? fetchFigures(token, span.from, span.to) : Promise.resolve(null),
    ]).then(
      ([figures, campaign]) => current && setState({ status: 'ready', loaded: { figures, campaign } }),
      (error: Error) => current && setState({ status: 'error', message: error.message }),
    )
    return () => {
      current = false
    }
  }, [client, links, range])

  const linkMap = useMemo(() => new Map((links ?? []).map((link) => [link.path, link])), [links])

  function show(event: FormEvent) {
    event.preventDefault()
    const from = parseDay(draft.from)
    const to = parseDay(draft.to)
    if (!from || !to) return setFormProblem('Ange båda datumen.')
    if (from > to) return setFormProblem('Startdatumet ligger efter slutdatumet.')
    if ((to.getTime() - from.getTime()) / 86_400_000 + 1 > FIGURES_MAX_DAYS)
      return setFormProblem(`Välj högst ${FIGURES_MAX_DAYS} dagar åt gången.`)
    setFormProblem(null)
    setState({ status: 'loading' })
    setRange({ ...draft })
  }

  function downloadCsv(answer: FiguresAnswer) {
    const url = URL.createObjectURL(new Blob([figuresCsv(answer.rows, linkMap)], { type: 'text/csv;charset=utf-8' }))
    const link = document.createElement('a')
    link.href = url
    link.download = `kampanjsiffror-${answer.from}-${answer.to}.csv`
    link.click()
    URL.revokeObjectURL(url)
  }

  return (
    <Card height="fill" overflow="auto" padding={[3, 4, 5]} data-testid="kampanjsiffror">
      <Stack gap={5} style={{ maxWidth: 960 }}>
        <Stack gap={3}>
          <Heading as="h1" size={3}>
            Kampanjsiffror
          </Heading>
          <Text as="p" muted>
            Hur många gånger sidorna visades och kortlänkarna användes, per dag. En skannad QR-kod räknas som en
            användning av kortlänken. Inget om besökarna sparas: bara datum, adress och antal. Robotar som säger att de
            är robotar räknas inte.
          </Text>
        </Stack>

        <form onSubmit={show} noValidate>
          <Flex gap={3} align="flex-end" wrap="wrap">
            <Stack gap={2}>
              <Text as="label" htmlFor={`${id}-from`} size={1} weight="medium">
                Från och med
              </Text>
              <TextInput
                id={`${id}-from`}
                type="date"
                value={draft.from}
                onChange={(event) => setDraft({ ...draft, from: event.currentTarget.value })}
              />
            </Stack>
            <Stack gap={2}>
              <Text as="label" htmlFor={`${id}-to`} size={1} weight="medium">
                Till och med
              </Text>
              <TextInput
                id={`${id}-to`}
                type="date"
                value={draft.to}
                onChange={(event) => setDraft({ ...draft, to: event.currentTarget.value })}
              />
            </Stack>
            {/* Sanity UI's primary blue has too little contrast with white text (4.3:1). */}
            <Button type="submit" text="Visa" mode="ghost" />
            {state.status === 'ready' && (
              <Button
                type="button"
                icon={DownloadIcon}
                mode="ghost"
                text="Ladda ner CSV"
                onClick={() => downloadCsv(state.loaded.figures)}
              />
            )}
          </Flex>
          {formProblem && (
            <Box marginTop={3}>
              <Text as="p" role="alert" size={1}>
                {formProblem}
              </Text>
            </Box>
          )}
        </form>

        {state.status === 'loading' && (
          <Text as="p" muted>
            Hämtar siffrorna …
          </Text>
        )}
        {state.status === 'error' && (
          <Card padding={3} tone="critical" border radius={2} role="alert">
            <Text as="p">{state.message}</Text>
          </Card>
        )}
        {state.status === 'ready' && <Figures loaded={state.loaded} links={links ?? []} linkMap={linkMap} id={id} />}
      </Stack>
    </Card>
  )
}

function Figures({
  loaded: { figures, campaign },
  links,
  linkMap,
  id,
}: {
  loaded: Loaded
  links: ShortLinkInfo[]
  linkMap: Map<string, ShortLinkInfo>
  id: string
}) {
  const weeks = weeklyTotals(figures.rows, figures.from, figures.to)
  const pages = totalsBy(figures.rows, 'pages')
  const used = totalsBy(figures.rows, 'shortLinks')
  // Every short link in the dataset, and any counted one that has since been removed from it.
  const paths = [...new Set([...links.map((link) => link.path), ...used.map(({ key }) => key)])]
  const inRange = new Map(used.map(({ key, count }) => [key, count]))

  return (
    <Stack gap={5}>
      {!figures.counting && (
        <Card padding={3} tone="caution" border radius={2}>
          <Text as="p">
            Här räknas inga besök: webbplatsen körs utan den del som räknar (till exempel på en utvecklares dator).
            Siffrorna finns på den publicerade webbplatsen.
          </Text>
        </Card>
      )}

      <Stack gap={3} as="section" aria-labelledby={`${id}-links`}>
        <Heading as="h2" size={2} id={`${id}-links`}>
          Kortlänkar och placeringar
        </Heading>
        <FiguresTable
          columns={[
            { label: 'Kortlänk' },
            { label: 'Placering' },
            { label: 'Kampanjperiod' },
            { label: 'Under kampanjperioden', numeric: true },
            { label: `${figures.from} – ${figures.to}`, numeric: true },
          ]}
          rows={paths.map((path) => {
            const link = linkMap.get(path)
            const period = link?.campaignPeriod
            const hasPeriod = Boolean(period?.start || period?.end)
            return {
              key: path,
              cells: [
                path,
                placementOf(link) || '–',
                hasPeriod ? periodText(period) : '–',
                hasPeriod && campaign ? count(usesBetween(campaign.rows, path, period?.start, period?.end)) : '–',
                count(inRange.get(path) ?? 0),
              ],
            }
          })}
        />
      </Stack>

      <Stack gap={3} as="section" aria-labelledby={`${id}-weeks`}>
        <Heading as="h2" size={2} id={`${id}-weeks`}>
          Per vecka
        </Heading>
        <WeeklyChart weeks={weeks} titleId={`${id}-chart`} />
        <Flex gap={4} wrap="wrap" aria-hidden="true">
          {SERIES.map((series) => (
            <Flex key={series.kind} gap={2} align="center">
              <span style={{ width: 14, height: 14, background: series.color, display: 'inline-block' }} />
              <Text size={1}>{series.label}</Text>
            </Flex>
          ))}
        </Flex>
        <FiguresTable
          columns={[
            { label: 'Vecka' },
            { label: 'Måndag' },
            ...SERIES.map((series) => ({ label: series.label, numeric: true })),
          ]}
          rows={weeks.map((week) => ({
            key: week.monday,
            cells: [week.label, week.monday, count(week.pages), count(week.shortLinks)],
          }))}
        />
      </Stack>

      <Stack gap={3} as="section" aria-labelledby={`${id}-pages`}>
        <Heading as="h2" size={2} id={`${id}-pages`}>
          Sidor
        </Heading>
        {pages.length === 0 ? (
          <Text as="p" muted>
            Inga sidvisningar under perioden.
          </Text>
        ) : (
          <FiguresTable
            columns={[{ label: 'Sida' }, { label: 'Visningar', numeric: true }]}
            rows={pages.map(({ key, count: views }) => ({ key, cells: [key, count(views)] }))}
          />
        )}
      </Stack>
    </Stack>
  )
}

type Column = { label: string; numeric?: boolean }

/** A table of figures: the first column names the row, numeric columns align right. */
function FiguresTable({ columns, rows }: { columns: Column[]; rows: { key: string; cells: string[] }[] }) {
  const styleOf = (column: Column) => (column.numeric ? numberStyle : cellStyle)
  return (
    <table style={tableStyle}>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column.label} scope="col" style={styleOf(column)}>
              {column.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map(({ key, cells: [name, ...values] }) => (
          <tr key={key}>
            <th scope="row" style={styleOf(columns[0])}>
              {name}
            </th>
            {values.map((value, index) => (
              <td key={columns[index + 1].label} style={styleOf(columns[index + 1])}>
                {value}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )
}

export const figuresTool: Tool = {
  name: 'kampanjsiffror',
  title: 'Kampanjsiffror',
  icon: ChartUpwardIcon,
  component: FiguresTool,
}
