/**
 * The Studio mounts once. Told by the plan's features (`/features`) that a project has no comments,
 * Sanity's comments plugin wraps the Studio's whole layout in one more provider, and React builds
 * the Studio again: whatever an editor had opened in its first seconds (a menu, a dialog) closed.
 * The lake lists comments among its features for that reason, while sanity.config.ts keeps
 * comments off (docs/preview.md). This fails if the layout is ever replaced after it first shows.
 */
import type { Browser } from 'playwright-core'

import { launchBrowser } from '../helpers/browser'
import { browserRun } from '../helpers/browser-env'
import { logInToStudio } from '../helpers/studio'

const { siteUrl } = browserRun()
const LAYOUT = '[data-testid="studio-layout"]'
/** The Studio counts as settled when its page has not changed for this long. */
const QUIET_MS = 3_000

interface LayoutWatch {
  added: number
  removed: number
  lastChange: number
}

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

it('keeps the layout it first showed once the plan’s features have arrived', async () => {
  const page = await logInToStudio(browser, siteUrl, 'Redaktör')
  // Counts every layout element added to or removed from the page, from the first byte of the next load.
  await page.addInitScript((layout) => {
    const watch = { added: 0, removed: 0, lastChange: performance.now() }
    Object.assign(window, { studioLayoutWatch: watch })
    const holdsLayout = (node: Node) =>
      node instanceof Element && (node.matches(layout) || !!node.querySelector(layout))
    new MutationObserver((records) => {
      watch.lastChange = performance.now()
      for (const record of records) {
        watch.added += [...record.addedNodes].filter(holdsLayout).length
        watch.removed += [...record.removedNodes].filter(holdsLayout).length
      }
    }).observe(document, { childList: true, subtree: true })
  }, LAYOUT)

  const features = page.waitForResponse((response) => new URL(response.url()).pathname.endsWith('/features'))
  await page.goto(`${siteUrl}/studio/structure/page`)
  expect((await features).status()).toBe(200)
  await page.getByTestId('studio-layout').waitFor()
  await page.waitForFunction(
    (quietMs) => {
      const watch = (window as unknown as { studioLayoutWatch: LayoutWatch }).studioLayoutWatch
      return performance.now() - watch.lastChange > quietMs
    },
    QUIET_MS,
    { polling: 250, timeout: 60_000 },
  )

  const watch = await page.evaluate(() => (window as unknown as { studioLayoutWatch: LayoutWatch }).studioLayoutWatch)
  expect({ added: watch.added, removed: watch.removed }).toEqual({ added: 1, removed: 0 })
  await page.context().close()
})
