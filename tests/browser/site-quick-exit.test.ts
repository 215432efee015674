/**
 * Quick exit, three ways: the button, the first skip link (Tab from the top, then Enter) and the
 * shortcut (Shift three times). Each must hide the page at once, replace the location with the
 * neutral site from the settings, and leave no way Back to the campaign page.
 *
 * The neutral site and the page the visitor came from are answered by the test (page.route), so
 * nothing leaves the machine. "At once" is checked at `beforeunload`, which fires as the
 * navigation starts, before the neutral site is even asked for: the campaign page must already
 * be hidden then.
 */
import type { Browser, Page } from 'playwright-core'

import { launchBrowser, newContext } from '../helpers/browser'
import { browserRun, lakeClient } from '../helpers/browser-env'

const { siteUrl } = browserRun()
/** Where the visitor was before the campaign page (a search result, say). */
const PREVIOUS_SITE = 'https://tidigare-sida.example/'

let browser: Browser
let quickExit: { url: string; label: string }
/** A campaign page other than the start page. */
let campaignPath: string

beforeAll(async () => {
  browser = await launchBrowser()
  const content = await lakeClient('read').fetch<{ quickExit: { url: string; label: string }; slug: string }>(`{
    "quickExit": *[_id == "settings"][0].quickExit,
    "slug": *[_type == "page" && defined(slug.current) && _id != *[_id == "settings"][0].startPage._ref] | order(slug.current asc)[0].slug.current
  }`)
  quickExit = content.quickExit
  campaignPath = `/${content.slug}`
  expect(new URL(quickExit.url).origin).not.toBe(new URL(siteUrl).origin)
})

afterAll(async () => {
  await browser?.close()
})

const html = (title: string) => `<!doctype html><html lang="sv"><title>${title}</title><p>${title}</p></html>`

/** How a document looked when the browser started to leave it. */
interface LeavingState {
  path: string
  bodyHidden: boolean
  display: string
  title: string
}

interface Visit {
  page: Page
  /** One entry per document the browser left, in order. */
  left: LeavingState[]
  historyLength: number
}

/** Runs in every document: reports its state at the moment a navigation away from it starts. */
function reportLeaving() {
  addEventListener('beforeunload', () => {
    const report = (window as unknown as { __reportLeaving: (state: LeavingState) => void }).__reportLeaving
    report({
      path: location.pathname,
      bodyHidden: document.body.hidden,
      display: getComputedStyle(document.body).display,
      title: document.title,
    })
  })
}

/**
 * A visitor who came from another site to a campaign page, in a fresh context. The page's
 * scripts have hydrated the quick-exit controls before the test acts (React attaches its handlers
 * then), as they would have for a visitor reading the page.
 */
async function visitCampaignPage(): Promise<Visit> {
  const context = await newContext(browser)
  const left: LeavingState[] = []
  await context.exposeBinding('__reportLeaving', (_source, state: LeavingState) => left.push(state))
  await context.addInitScript(reportLeaving)
  const page = await context.newPage()
  await page.route(PREVIOUS_SITE, (route) => route.fulfill({ contentType: 'text/html', body: html('Tidigare sida') }))
  await page.route(`${new URL(quickExit.url).origin}/**`, (route) =>
    route.fulfill({ contentType: 'text/html', body: html('Neutral sida') }),
  )

  await page.goto(PREVIOUS_SITE)
  await page.goto(new URL(campaignPath, siteUrl).toString(), { waitUntil: 'networkidle' })
  await page.waitForFunction(
    (selector) =>
      [...document.querySelectorAll(selector)].every((link) =>
        Object.keys(link).some((key) => key.startsWith('__react')),
      ),
    'a[data-quick-exit]',
  )
  return { page, left, historyLength: await page.evaluate(() => history.length) }
}

/** After the visitor asked to leave: hidden at once, then on the neutral site, and Back skips the campaign page. */
async function expectLeftFor(visit: Visit): Promise<void> {
  const { page } = visit
  await page.waitForURL(new URL(quickExit.url).href)
  expect(await page.title()).toBe('Neutral sida')
  // Hidden (and untitled) before the browser even asked the neutral site for its page.
  expect(visit.left.filter((state) => state.path === campaignPath)).toEqual([
    { path: campaignPath, bodyHidden: true, display: 'none', title: '' },
  ])
  // The neutral site replaced the campaign page's entry instead of adding one after it.
  expect(await page.evaluate(() => history.length)).toBe(visit.historyLength)

  await page.goBack()
  expect(page.url()).toBe(PREVIOUS_SITE)
  await page.context().close()
}

it('leaves by the quick-exit button', async () => {
  const visit = await visitCampaignPage()
  await visit.page
    .getByRole('complementary', { name: 'Lämna sidan snabbt' })
    .getByRole('link', { name: quickExit.label })
    .click()
  await expectLeftFor(visit)
})

it('leaves by the first skip link: Tab from the top of the page, then Enter', async () => {
  const visit = await visitCampaignPage()
  await visit.page.keyboard.press('Tab')
  const focused = await visit.page.evaluate(() => {
    const element = document.activeElement as HTMLAnchorElement | null
    return {
      text: element?.textContent?.trim(),
      href: element?.href,
      quickExit: element?.hasAttribute('data-quick-exit'),
    }
  })
  expect(focused).toEqual({ text: quickExit.label, href: new URL(quickExit.url).href, quickExit: true })
  await visit.page.keyboard.press('Enter')
  await expectLeftFor(visit)
})

/** Waits until the quick-exit bar's live region (it counts the Shift presses for screen reader users) says `text`. */
async function waitForAnnouncement(page: Page, text: RegExp | '') {
  const region = page.getByRole('complementary', { name: 'Lämna sidan snabbt' }).locator('[aria-live]')
  await (text === '' ? region.filter({ hasNotText: /./ }) : region.filter({ hasText: text })).waitFor({
    state: 'attached',
  })
}

it('leaves by pressing Shift three times, telling screen readers how many presses remain', async () => {
  const visit = await visitCampaignPage()
  await visit.page.keyboard.press('Shift')
  await waitForAnnouncement(visit.page, /Skift 2 gånger till/)
  await visit.page.keyboard.press('Shift')
  await waitForAnnouncement(visit.page, /Skift en gång till/)
  await visit.page.keyboard.press('Shift')
  await expectLeftFor(visit)
})

it('starts counting again when another key comes between the Shift presses', async () => {
  const visit = await visitCampaignPage()
  await visit.page.keyboard.press('Shift')
  await waitForAnnouncement(visit.page, /Skift 2 gånger till/)
  await visit.page.keyboard.press('Shift')
  await waitForAnnouncement(visit.page, /Skift en gång till/)
  await visit.page.keyboard.press('a')
  await waitForAnnouncement(visit.page, '')
  await visit.page.keyboard.press('Shift')
  // The third Shift counts as the first of a new series: the page stays.
  await waitForAnnouncement(visit.page, /Skift 2 gånger till/)
  expect(visit.page.url()).toBe(new URL(campaignPath, siteUrl).toString())
  expect(await visit.page.evaluate(() => document.body.hidden)).toBe(false)
  await visit.page.context().close()
})
