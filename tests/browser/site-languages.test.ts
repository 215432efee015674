/**
 * Language versions as visitors get them from the deployed site: `<html lang>` per page, marked
 * phrases, the language link (by keyboard, to the counterpart page, and to a start page where there
 * is none), every language without JavaScript, and the quick exit on every language's pages. axe
 * runs on every page of every language in site-accessibility.test.ts (they are all in the sitemap).
 */
import type { Browser, Page } from 'playwright-core'

import { axeViolations, describeViolations } from '../helpers/axe'
import { launchBrowser, newContext } from '../helpers/browser'
import { browserRun, lakeClient } from '../helpers/browser-env'

const { siteUrl } = browserRun()
const url = (path: string) => new URL(path, siteUrl).toString()

/** The law page in each language of the seed, and a start page. */
const LAW = { sv: '/darfor-ar-det-ett-brott', lattlast: '/lattlast/lagen-om-att-kopa-sex', en: '/en/why-it-is-a-crime' }
const STARTS = { sv: '/', lattlast: '/lattlast', en: '/en' }

let browser: Browser
let quickExitUrl: string

beforeAll(async () => {
  browser = await launchBrowser()
  quickExitUrl = await lakeClient('read').fetch<string>('*[_id == "settings"][0].quickExit.url')
})

afterAll(async () => {
  await browser?.close()
})

async function open(path: string, options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
  const context = await newContext(browser, options)
  const page = await context.newPage()
  const response = await page.goto(url(path), { waitUntil: 'load' })
  expect({ path, status: response?.status() }).toEqual({ path, status: 200 })
  return page
}

const languageLinks = (page: Page) =>
  page.locator('header nav a[hreflang]').evaluateAll((links) =>
    links.map((link) => ({
      text: link.textContent,
      href: link.getAttribute('href'),
      lang: link.getAttribute('lang'),
      hreflang: link.getAttribute('hreflang'),
    })),
  )

describe('lang', () => {
  it.each([
    ['/', 'sv'],
    [LAW.sv, 'sv'],
    ['/lattlast', 'sv'],
    [LAW.lattlast, 'sv'],
    ['/lattlast/hjalp', 'sv'],
    ['/en', 'en'],
    [LAW.en, 'en'],
    ['/en/hjalp/narstaende', 'en'],
    ['/en/tillganglighet', 'en'],
  ])('is right on <html> at %s', async (path, lang) => {
    const page = await open(path)
    expect(await page.locator('html').getAttribute('lang')).toBe(lang)
    await page.context().close()
  })

  it('marks a Swedish phrase on an English page as Swedish', async () => {
    const page = await open('/en')
    expect(await page.locator('main span[lang="sv"]').first().textContent()).toBe('Somliga tror')
    await page.context().close()
  })

  it('is right on an English 404', async () => {
    const context = await newContext(browser)
    const page = await context.newPage()
    const response = await page.goto(url('/en/this-page-does-not-exist'), { waitUntil: 'load' })
    expect(response?.status()).toBe(404)
    expect(await page.locator('html').getAttribute('lang')).toBe('en')
    expect(await page.locator('h1').textContent()).toBe('Page not found')
    await context.close()
  })
})

describe('the language link', () => {
  it('leads from the Swedish law page to its lättläst and English versions, in their own language', async () => {
    const page = await open(LAW.sv)
    expect(await languageLinks(page)).toEqual([
      { text: 'Lättläst', href: LAW.lattlast, lang: 'sv', hreflang: 'sv' },
      { text: 'In English', href: LAW.en, lang: 'en', hreflang: 'en' },
    ])
    await page.context().close()
  })

  it('leads to a language’s start page from a page it has no version of', async () => {
    const page = await open('/for-dig-som-vill-sluta')
    expect((await languageLinks(page)).map((link) => link.href)).toEqual(['/lattlast', '/en'])
    await page.context().close()
  })

  it('is reached by keyboard and goes to the counterpart page', async () => {
    const page = await open(LAW.sv)
    let focused = ''
    for (let presses = 0; presses < 40 && focused !== 'In English'; presses += 1) {
      await page.keyboard.press('Tab')
      focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '')
    }
    expect(focused).toBe('In English')
    await Promise.all([page.waitForURL(url(LAW.en)), page.keyboard.press('Enter')])
    expect(await page.locator('html').getAttribute('lang')).toBe('en')
    expect(await page.locator('h1').textContent()).toBe('Why it is a crime')
    await page.context().close()
  })

  it('leads back from English to Swedish', async () => {
    const page = await open(LAW.en)
    expect(await languageLinks(page)).toEqual([
      { text: 'På svenska', href: LAW.sv, lang: 'sv', hreflang: 'sv' },
      { text: 'Lättläst', href: LAW.lattlast, lang: 'sv', hreflang: 'sv' },
    ])
    await page.context().close()
  })
})

describe('an English page', () => {
  it('has its own menu and speaks English in the page builder’s fixed words', async () => {
    const page = await open(LAW.en)
    const menu = page.getByRole('navigation', { name: 'Main menu' })
    expect(await menu.getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual(
      [LAW.en, '/en/hjalp'],
    )
    expect(await page.getByRole('heading', { name: /^Some people believe that the penalty/ }).count()).toBe(1)
    const main = (await page.locator('main').textContent()) ?? ''
    expect(main).toMatch(/But since 2022/)
    expect(main).not.toMatch(/Somliga tror|Källa:|hämtad|Alla stödtjänster/)
    await page.context().close()
  })

  it('has its own footer text, with the Swedish names marked as Swedish', async () => {
    const page = await open(LAW.en)
    const footer = page.locator('footer')
    expect(await footer.textContent()).toMatch(/is a campaign by Samhällsråd Värmland: the County Administrative Board/)
    expect(await footer.textContent()).not.toMatch(/är en kampanj från/)
    expect(await footer.locator('span[lang="sv"]').allTextContents()).toEqual(['Somliga tror', 'Samhällsråd Värmland'])
    await page.context().close()
  })

  it('asks for feedback in English', async () => {
    const page = await open(LAW.en)
    const feedback = page.locator('footer').getByRole('region', { name: 'Feedback on this website' })
    expect(await feedback.textContent()).toMatch(/Do you have comments on the website.*becomes an official document/s)
    expect(await feedback.textContent()).not.toMatch(/synpunkter|allmän handling/i)
    await page.context().close()
  })
})

describe('head', () => {
  it('announces the hreflang alternates, without lättläst', async () => {
    const page = await open(LAW.sv)
    const alternates = await page
      .locator('link[rel="alternate"][hreflang]')
      .evaluateAll((links) =>
        links.map((link) => [link.getAttribute('hreflang'), new URL(link.getAttribute('href')!).pathname]),
      )
    expect(alternates.sort()).toEqual(
      [
        ['en', LAW.en],
        ['sv', LAW.sv],
        ['x-default', LAW.sv],
      ].sort(),
    )
    await page.context().close()
  })
})

describe('without JavaScript', () => {
  it.each([...Object.values(STARTS), ...Object.values(LAW), '/en/hjalp', '/lattlast/hjalp/du-som-koper-sex'])(
    'shows %s with its heading, quick exit and language link',
    async (path) => {
      const page = await open(path, { javaScriptEnabled: false })
      expect(await page.locator('h1').count()).toBe(1)
      expect(
        await page.locator(`a[href="${new URL(quickExitUrl).href}"], a[href="${quickExitUrl}"]`).count(),
      ).toBeGreaterThan(0)
      expect((await languageLinks(page)).length).toBe(2)
      await page.context().close()
    },
  )
})

describe('quick exit', () => {
  it.each([LAW.lattlast, LAW.en])('leaves %s for the neutral site by its button', async (path) => {
    const context = await newContext(browser)
    const page = await context.newPage()
    await page.route(`${new URL(quickExitUrl).origin}/**`, (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><html lang="sv"><title>Neutral</title></html>' }),
    )
    await page.goto(url(path), { waitUntil: 'networkidle' })
    await page.locator('header a[data-quick-exit], aside a[data-quick-exit]').first().click()
    await page.waitForURL(new URL(quickExitUrl).href)
    expect(await page.title()).toBe('Neutral')
    await context.close()
  })
})

describe('axe', () => {
  it.each([375, 1280])('finds nothing on each language’s start and law page at %i px', async (width) => {
    const context = await newContext(browser, { viewport: { width, height: 800 } })
    const page = await context.newPage()
    const report: string[] = []
    for (const path of [...Object.values(STARTS), ...Object.values(LAW)]) {
      await page.goto(url(path), { waitUntil: 'load' })
      await page.evaluate(() => document.fonts.ready.then(() => undefined))
      const violations = await axeViolations(page)
      if (violations.length > 0) report.push(`${path}:\n${describeViolations(violations)}`)
    }
    await context.close()
    expect(report.join('\n\n')).toBe('')
  })
})
