/**
 * A visit leaves no trace with anyone but the site: a visitor reads every page (scrolling to the
 * end, so lazy images and link prefetches load) and follows the menu by client-side navigation;
 * afterwards no cookie exists, no response tried to set one, no request went to another origin,
 * and no page script stored anything on the device.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core'

import { launchBrowser, newContext } from '../helpers/browser'
import { browserRun } from '../helpers/browser-env'
import { recordTraffic, type TrafficRecorder } from '../helpers/privacy'
import { sitemapPaths } from '../helpers/sitemap'

const { siteUrl } = browserRun()
const siteOrigin = new URL(siteUrl).origin

let browser: Browser
let context: BrowserContext
let traffic: TrafficRecorder
/** The tab the visitor used (session storage belongs to a tab). */
let page: Page
/** Resource hints (preconnect, dns-prefetch, preload, prefetch) that point at another origin. */
const foreignHints: string[] = []

/** Reads a page to its end, the way a visitor would, and lets every request it causes finish. */
async function read(page: Page, path: string): Promise<void> {
  await page.goto(new URL(path, siteUrl).toString(), { waitUntil: 'networkidle' })
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight))
  await page.waitForLoadState('networkidle')
  const hints = await page
    .locator(
      'link[rel~="preconnect"], link[rel~="dns-prefetch"], link[rel~="preload"], link[rel~="prefetch"], link[rel~="modulepreload"]',
    )
    .evaluateAll((links) => links.map((link) => (link as HTMLLinkElement).href))
  foreignHints.push(
    ...hints.filter((href) => href && new URL(href).origin !== siteOrigin).map((href) => `${path}: ${href}`),
  )
}

beforeAll(async () => {
  browser = await launchBrowser()
  context = await newContext(browser, { viewport: { width: 375, height: 812 } })
  traffic = await recordTraffic(context, siteUrl)
  page = await context.newPage()
  for (const path of [...(await sitemapPaths(siteUrl)), '/den-har-sidan-finns-inte']) await read(page, path)

  // Client-side navigation through the main menu: the router's own fetches count too.
  await read(page, '/')
  const menuLinks = page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link')
  const count = await menuLinks.count()
  expect(count).toBeGreaterThan(0)
  for (let index = 0; index < count; index += 1) {
    const link = menuLinks.nth(index)
    const target = new URL((await link.getAttribute('href')) ?? '/', siteUrl).toString()
    await link.click()
    await page.waitForURL(target)
    await page.waitForLoadState('networkidle')
  }
  // Reading every page to its end takes a while on a busy machine.
}, 300_000)

afterAll(async () => {
  await browser?.close()
})

it('saw the whole visit: pages, scripts, fonts and images all came from the site', () => {
  // Guards the checks below: a recorder that saw nothing would make them pass for nothing.
  const paths = traffic.requests.map((url) => new URL(url).pathname)
  expect(paths).toEqual(expect.arrayContaining(['/', '/hjalp']))
  expect(paths.some((path) => path.startsWith('/_next/static/') && path.endsWith('.js'))).toBe(true)
  expect(paths.some((path) => path.endsWith('.woff2'))).toBe(true)
  expect(paths.some((path) => path === '/_next/image')).toBe(true)
})

it('sends no request to any other origin', () => {
  expect(traffic.offOrigin()).toEqual([])
})

it('points no resource hint at another origin', () => {
  expect(foreignHints).toEqual([])
})

it('sets no cookie, by header or by script', async () => {
  expect(await traffic.setCookies()).toEqual([])
  expect(await context.cookies()).toEqual([])
})

it('stores nothing on the device', async () => {
  expect(traffic.storageWrites).toEqual([])
  expect(await page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length }))).toEqual({
    local: 0,
    session: 0,
  })
})
