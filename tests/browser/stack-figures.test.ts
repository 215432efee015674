/**
 * Campaign figures as deployed: views through the real edge, by a real browser and by plain
 * requests, end up as exactly that many in the figures' Redis, with nothing personal in the edge's
 * figures log; the Studio's Kampanjsiffror shows them to a signed-in viewer, and nobody else gets
 * them. (tests/integration/figures-counting.test.ts covers restarts, rotation and two aggregators.)
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

import { AxeBuilder } from '@axe-core/playwright'
import type { Browser } from 'playwright-core'

import { figuresClient, figuresKey, offsetsKey, type FiguresRedis } from '@/lib/figures/store'

import { WCAG_TAGS, describeViolations } from '../helpers/axe'
import { launchBrowser, newContext } from '../helpers/browser'
import { eventually } from '../helpers/eventually'
import { stack } from '../helpers/stack'
import { logInToStudio } from '../helpers/studio'

const PREFIX = 'somliga-tror'
/** A day in the seeded campaign period of /affisch (3–16 March 2026). */
const SEEDED_DAY = '2026-03-05'
const SEEDED_USES = 412

let browser: Browser
let redis: FiguresRedis

/** Every count summed over days, for one kind and key. */
async function total(kind: 'pages' | 'shortLinks', key: string): Promise<number> {
  let sum = 0
  for (const hash of await redis.keys(`${PREFIX}:figures:${kind}:????-??-??`))
    sum += Number((await redis.hGet(hash, key)) ?? 0)
  return sum
}

const logFile = () => join(stack().figures.logDir, 'figures.log')

/** The figures log's size, and whether the aggregator has read it to its end. */
async function logRead(): Promise<{ size: number; readToEnd: boolean }> {
  const size = readFileSync(logFile()).length
  const offsets = Object.values(await redis.hGetAll(offsetsKey(PREFIX, 'edge'))).map(Number)
  return { size, readToEnd: offsets.includes(size) }
}

/** Until the aggregator has read every line the edge has written, and the counts are these. */
async function settled(expected: { kind: 'pages' | 'shortLinks'; key: string; count: number }[]) {
  await eventually(
    async () => {
      if (!(await logRead()).readToEnd) return false
      for (const { kind, key, count } of expected) if ((await total(kind, key)) !== count) return false
      return true
    },
    {
      describe: async () =>
        `counts ${JSON.stringify(await Promise.all(expected.map(async (e) => ({ ...e, now: await total(e.kind, e.key) }))))}`,
    },
  )
}

/**
 * Until the counts stop moving: the edge writes its buffered log lines at least once a second
 * (`flush=1s`), so once the log has not grown across a longer pause and the aggregator has read all
 * of it, every earlier request (a previous test's too) is counted.
 */
async function quiet() {
  let lastSize = -1
  await eventually(
    async () => {
      const { size, readToEnd } = await logRead()
      const unchanged = size === lastSize
      lastSize = size
      return unchanged && readToEnd
    },
    {
      intervalMs: 1_500,
      describe: () => `the figures log kept growing or was not read to its end (${lastSize} bytes)`,
    },
  )
}

beforeAll(async () => {
  browser = await launchBrowser()
  redis = figuresClient(stack().figures.redisUrl)
  redis.on('error', () => {})
  await redis.connect()
})

afterAll(async () => {
  await redis?.hDel(figuresKey(PREFIX, 'shortLinks', SEEDED_DAY), '/affisch')
  redis?.destroy()
  await browser?.close()
})

it('counts views and short-link uses through the edge exactly, and logs nothing personal', async () => {
  const { edgeUrl } = stack()
  await quiet()
  const before = {
    start: await total('pages', '/'),
    help: await total('pages', '/hjalp'),
    law: await total('pages', '/darfor-ar-det-ett-brott'),
    poster: await total('shortLinks', '/affisch'),
  }
  const page = await (await newContext(browser)).newPage()
  for (let index = 0; index < 3; index += 1) await page.goto(`${edgeUrl}/`)
  // A QR code opens the short link: one use, then one view of the page it leads to.
  await page.goto(`${edgeUrl}/affisch`)
  expect(new URL(page.url()).pathname).toBe('/darfor-ar-det-ett-brott')
  await page.close()
  for (let index = 0; index < 5; index += 1) await (await fetch(`${edgeUrl}/hjalp`)).arrayBuffer()
  // A bot that says so, and a link checker's HEAD: not counted.
  const bot = { 'User-Agent': 'Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)' }
  await (await fetch(`${edgeUrl}/hjalp`, { headers: bot })).arrayBuffer()
  await (await fetch(`${edgeUrl}/affisch`, { headers: bot, redirect: 'manual' })).arrayBuffer()
  await fetch(`${edgeUrl}/hjalp`, { method: 'HEAD' })

  await settled([
    { kind: 'pages', key: '/', count: before.start + 3 },
    { kind: 'pages', key: '/hjalp', count: before.help + 5 },
    { kind: 'pages', key: '/darfor-ar-det-ett-brott', count: before.law + 1 },
    { kind: 'shortLinks', key: '/affisch', count: before.poster + 1 },
  ])

  const log = readFileSync(logFile(), 'utf8')
  expect(log).toMatch(/^\d{4}-\d{2}-\d{2} GET 307 visitor "\/affisch" "\/affisch"$/m)
  for (const personal of ['127.0.0.1', 'Mozilla', 'HeadlessChrome', 'bingbot', 'http://'])
    expect(log).not.toContain(personal)
})

it('does not show the short-link header to visitors, and gives the figures to nobody outside the Studio', async () => {
  const { edgeUrl } = stack()
  const redirect = await fetch(`${edgeUrl}/affisch`, { redirect: 'manual' })
  expect(redirect.status).toBe(307)
  expect(redirect.headers.has('x-short-link')).toBe(false)
  const figures = await fetch(`${edgeUrl}/api/figures`)
  expect(figures.status).toBe(401)
  expect((await figures.json()).message).toMatch(/Studion/)
})

it('shows a signed-in viewer the figures in Kampanjsiffror, with the placement and campaign period', async () => {
  await redis.hIncrBy(figuresKey(PREFIX, 'shortLinks', SEEDED_DAY), '/affisch', SEEDED_USES)
  const page = await logInToStudio(browser, stack().edgeUrl, 'Läsare')
  await page.goto(`${stack().edgeUrl}/studio/kampanjsiffror`)
  const tool = page.getByTestId('kampanjsiffror')
  await tool.getByRole('heading', { name: 'Kortlänkar och placeringar' }).waitFor()
  const row = tool.getByRole('row', { name: /\/affisch/ })
  await expect(row.getByRole('cell').nth(0).textContent()).resolves.toBe('Affischer i busskurer, Karlstad')
  await expect(row.getByRole('cell').nth(1).textContent()).resolves.toBe('3–16 mars 2026')
  await expect(row.getByRole('cell').nth(2).textContent()).resolves.toBe(String(SEEDED_USES))
  await tool.getByRole('img', { name: /per vecka/ }).waitFor()
  await tool.getByRole('rowheader', { name: '/hjalp', exact: true }).waitFor()

  const results = await new AxeBuilder({ page }).include('[data-testid="kampanjsiffror"]').withTags(WCAG_TAGS).analyze()
  expect(describeViolations(results.violations)).toBe('')

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    tool.getByRole('button', { name: 'Ladda ner CSV' }).click(),
  ])
  const csv = readFileSync((await download.path()) as string, 'utf8')
  expect(csv).toMatch(/^\uFEFFDatum;Typ;Adress;Placering;Antal\r\n/)
  expect(csv).toMatch(/;Sidvisning;\/hjalp;;\d+\r\n/)
  await page.context().close()
})
