/**
 * Debian's Chromium driven by playwright-core. Nothing is downloaded: the browser is the system's
 * (`apt-get install chromium`), or the one CHROMIUM_PATH names.
 */
import { existsSync } from 'node:fs'
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions } from 'playwright-core'

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // The lake's HTTP/2 port uses a self-signed certificate made on the machine.
  '--ignore-certificate-errors',
]

export function assertChromiumInstalled(): void {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Browser tests need Chromium at ${CHROMIUM_PATH}. Install it with \`apt-get install chromium\` ` +
        'or point CHROMIUM_PATH at a Chromium binary.',
    )
  }
}

export async function launchBrowser(): Promise<Browser> {
  assertChromiumInstalled()
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS })
}

/** A fresh context: no cookies or storage from any other test. */
export function newContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  return browser.newContext({ ignoreHTTPSErrors: true, locale: 'sv-SE', ...options })
}
