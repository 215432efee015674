/**
 * Reporting a problem from the accessibility statement works with JavaScript off and leaves no
 * trace: the page names the responsible authority and its response time from the CMS, and links
 * to the authority's address by e-mail with the subject filled in; reading the page and following
 * the link by keyboard sets no cookie, stores nothing and sends nothing to any other origin.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core'

import { launchBrowser, newContext } from '../helpers/browser'
import { browserRun, lakeClient } from '../helpers/browser-env'
import { recordTraffic, type TrafficRecorder } from '../helpers/privacy'

const { siteUrl } = browserRun()
const reader = lakeClient('read')

type Statement = { responsibleAuthority: string; reportEmail: string; responseTime: string; serviceName: string }

let browser: Browser
let context: BrowserContext
let page: Page
let traffic: TrafficRecorder
let statement: Statement
let mailto: string

beforeAll(async () => {
  browser = await launchBrowser()
  context = await newContext(browser, { javaScriptEnabled: false })
  traffic = await recordTraffic(context, siteUrl)
  page = await context.newPage()
  statement = await reader.fetch<Statement>(
    '*[_id == "accessibilityStatement"][0]{responsibleAuthority, reportEmail, responseTime, serviceName}',
    {},
    { perspective: 'published' },
  )
})

afterAll(async () => {
  await browser?.close()
})

it('offers the authority’s e-mail address, names the authority and its response time, with JavaScript off', async () => {
  const response = await page.goto(new URL('/tillganglighet', siteUrl).toString(), { waitUntil: 'networkidle' })
  expect(response?.status()).toBe(200)

  const main = page.locator('main')
  await expect(main.getByText(`${statement.responsibleAuthority} är den myndighet som ansvarar`).count()).resolves.toBe(
    1,
  )
  await expect(
    main.getByText(`${statement.responsibleAuthority} svarar ${statement.responseTime}.`).count(),
  ).resolves.toBe(1)

  const link = main.getByRole('link', { name: statement.reportEmail, exact: true })
  mailto = (await link.getAttribute('href'))!
  const href = new URL(mailto)
  expect(href.protocol).toBe('mailto:')
  expect(href.pathname).toBe(statement.reportEmail)
  expect(href.searchParams.get('subject')).toBe(`Brist i tillgängligheten: ${statement.serviceName}`)

  // Reached and followed by keyboard, as a visitor without a mouse would.
  await link.focus()
  await expect(link.evaluate((element) => element === document.activeElement)).resolves.toBe(true)
  await page.keyboard.press('Enter')
  await page.waitForLoadState('networkidle')
  expect(new URL(page.url()).pathname).toBe('/tillganglighet')
})

it('sets no cookie, stores nothing and sends nothing to another origin but the mail program', async () => {
  expect(await context.cookies()).toEqual([])
  expect(await traffic.setCookies()).toEqual([])
  expect(traffic.storageWrites).toEqual([])
  // The one thing that leaves the site is the hand-over of the mailto: link to the mail program.
  expect(traffic.offOrigin()).toEqual([mailto])
})
