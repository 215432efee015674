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
