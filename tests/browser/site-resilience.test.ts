/**
 * The site stays up when the content backend is down: with the lake stopped, every page a visitor
 * has seen before still answers 200 with its content, short links still redirect, an address only
 * the backend could answer gets a 503 page that points to help, and nothing answers 500. The lake
 * is started again afterwards, whatever happens, because later test files share it.
 */
import type { Browser, Page } from 'playwright-core'

import { axeViolations, describeViolations } from '../helpers/axe'
import { launchBrowser, newContext } from '../helpers/browser'
import { browserRun, lakeClient, startLake, stopLake } from '../helpers/browser-env'
import { sitePages, type SitePage } from '../helpers/sitemap'

const { siteUrl } = browserRun()

let browser: Browser
let page: Page
let pages: SitePage[]
/** Every response of 500 or more the browser got while the lake was stopped. */
const serverErrors: string[] = []
let lakeStopped = false
/** Read while the lake is up: what the 503 page and the short links must still show. */
let quickExit: { label: string; url: string }
let links: { path: string; permanent: boolean | null }[]

/** What the visitor got at `path`: the status and the page's h1s. */
async function visit(path: string) {
  const response = await page.goto(new URL(path, siteUrl).toString(), { waitUntil: 'networkidle' })
  return { path, status: response?.status(), headings: await page.locator('h1').allInnerTexts() }
}

beforeAll(async () => {
  browser = await launchBrowser()
  page = await (await newContext(browser, { viewport: { width: 375, height: 812 } })).newPage()
  page.on('response', (response) => {
    if (lakeStopped && response.status() >= 500) serverErrors.push(`${response.status()} ${response.url()}`)
  })
  const reader = lakeClient('read')
  pages = await sitePages(siteUrl, reader)
  quickExit = await reader.fetch('*[_id == "settings"][0].quickExit{label, url}')
  links = await reader.fetch('*[_type == "shortLink"]{path, permanent}')
  // The visitor has seen every page while the lake was up (these are the last good pages).
  for (const { path } of pages) await visit(path)
  await stopLake()
  lakeStopped = true
})

afterAll(async () => {
  lakeStopped = false
  await startLake()
  await browser?.close()
})

it('has really stopped the lake', async () => {
  await expect(fetch(browserRun().lake.httpUrl)).rejects.toThrow()
})

it('still answers 200 with its content on every page in the sitemap', async () => {
  const got = []
  for (const { path } of pages) got.push(await visit(path))
  expect(got).toEqual(pages.map(({ path, heading }) => ({ path, status: 200, headings: [heading] })))
})

it('serves everything those pages load (scripts, styles, fonts, images) without a server error', async () => {
  for (const { path } of pages) await visit(path)
  expect(serverErrors).toEqual([])
})

it('answers an address only the backend could answer with an accessible 503 page that points to help', async () => {
  const { status, headings } = await visit(`/aldrig-besokt-${Date.now()}`)
  expect({ status, headings }).toEqual({ status: 503, headings: ['Sidan kan inte visas just nu'] })
  expect(await page.locator('html').getAttribute('lang')).toBe('sv')
  expect(await page.getByRole('link', { name: quickExit.label }).getAttribute('href')).toBe(quickExit.url)
  await expect(page.getByRole('link', { name: 'Hitta hjälp och stöd' }).getAttribute('href')).resolves.toBe('/hjalp')
  expect(describeViolations(await axeViolations(page))).toBe('')
})

it('still redirects every short link', async () => {
  expect(links.length).toBeGreaterThan(0)
  const answers = await Promise.all(
    links.map(async ({ path }) => (await fetch(new URL(path, siteUrl), { redirect: 'manual' })).status),
  )
  expect(answers).toEqual(links.map(({ permanent }) => (permanent ? 308 : 307)))
})

it('still serves the sitemap and robots.txt', async () => {
  const statuses = await Promise.all(
    ['/sitemap.xml', '/robots.txt'].map(async (path) => (await fetch(new URL(path, siteUrl))).status),
  )
  expect(statuses).toEqual([200, 200])
})
