/**
 * Zero axe violations (WCAG 2.0, 2.1 and 2.2, levels A and AA) on every page in the sitemap and on
 * the 404 page, on a phone (375 px) and on a desktop (1280 px).
 */
import type { Browser, Page } from 'playwright-core'

import { axeViolations, describeViolations } from '../helpers/axe'
import { launchBrowser, newContext } from '../helpers/browser'
import { browserRun } from '../helpers/browser-env'
import { sitemapPaths } from '../helpers/sitemap'

const { siteUrl } = browserRun()
const NOT_FOUND_PATH = '/den-har-sidan-finns-inte'
/** Every page at one width, axe taking a few seconds a page on a busy machine. */
const ALL_PAGES_TIMEOUT_MS = 300_000
const WIDTHS = [
  { name: 'phone', width: 375, height: 812 },
  { name: 'desktop', width: 1280, height: 800 },
]

let browser: Browser
let paths: string[]

beforeAll(async () => {
  browser = await launchBrowser()
  paths = [...(await sitemapPaths(siteUrl)), NOT_FOUND_PATH]
})

afterAll(async () => {
  await browser?.close()
})

/** The page as a visitor sees it once it has loaded, with its own fonts (they change contrast and layout). */
async function open(page: Page, path: string): Promise<void> {
  await page.goto(new URL(path, siteUrl).toString(), { waitUntil: 'load' })
  await page.evaluate(() => document.fonts.ready.then(() => undefined))
}

describe.each(WIDTHS)('at $width px ($name)', ({ width, height }) => {
  it(
    'has no axe violations on any page',
    async () => {
      const context = await newContext(browser, { viewport: { width, height } })
      const page = await context.newPage()
      const report: string[] = []
      try {
        for (const path of paths) {
          await open(page, path)
          const violations = await axeViolations(page)
          if (violations.length > 0) report.push(`${path} at ${width} px:\n${describeViolations(violations)}`)
        }
      } finally {
        await context.close()
      }
      expect(report.join('\n\n')).toBe('')
    },
    ALL_PAGES_TIMEOUT_MS,
  )
})
