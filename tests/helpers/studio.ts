/**
 * The Studio as editors reach it: a fresh browser context, the Studio at /studio, and the lake's
 * own login page (the only login provider, so the Studio goes straight there).
 */
import type { Browser, Page } from 'playwright-core'

import { newContext } from './browser'

export type StudioUser = 'Redaktör' | 'Läsare'

/** Opens the Studio in a fresh browser context, logged in as one of the lake's local users. */
export async function logInToStudio(browser: Browser, siteUrl: string, user: StudioUser): Promise<Page> {
  const page = await (await newContext(browser, { viewport: { width: 1400, height: 1000 } })).newPage()
  await page.goto(`${siteUrl}/studio`)
  await page.waitForURL(/\/auth\/login\//)
  await page.getByLabel(new RegExp(`^${user}`)).check()
  await page.getByRole('button', { name: 'Logga in' }).click()
  await page.getByTestId('pane-item-Inställningar').waitFor()
  return page
}

const STEP_TIMEOUT_MS = 15_000
const PLAYWRIGHT_DEFAULT_TIMEOUT_MS = 30_000

/**
 * Runs a sequence of Studio interactions, and runs it again from the start if a step fails, up to
 * `tries` times: a late render can replace a menu or a dialog under a test's hands (against a
 * hosted project whose plan has no comments, the whole Studio re-mounts once after load,
 * docs/preview.md). A step caught by that succeeds on the next try; a real fault fails every try.
 * `steps` must be safe to repeat.
 */
export async function retryingStudioSteps<T>(page: Page, steps: () => Promise<T>, tries = 3): Promise<T> {
  page.setDefaultTimeout(STEP_TIMEOUT_MS)
  try {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await steps()
      } catch (error) {
        if (attempt >= tries) throw error
        await page.keyboard.press('Escape')
      }
    }
  } finally {
    page.setDefaultTimeout(PLAYWRIGHT_DEFAULT_TIMEOUT_MS)
  }
}
