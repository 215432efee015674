/**
 * The screenshots in docs/campaign.md, taken again: the site as deployed on this machine (the
 * benches' start-up, bench/site-server.ts: a seeded lake, a production build in a private copy of
 * the working tree, the stack), Debian's Chromium through playwright-core, and example campaign
 * figures written into the stack's figures Redis. Each picture is saved to docs/img/ as a
 * palette PNG, and its size printed (keep each under about 150 KB).
 *
 *   node scripts/screenshots.ts    # a few minutes (the build); needs nginx, redis-server, Chromium
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'

import type { Browser, Page } from 'playwright-core'
import sharp from 'sharp'

import { figuresClient, figuresKey } from '../lib/figures/store.ts'
import { launchBrowser, newContext } from '../tests/helpers/browser.ts'
import { requireTools, say, startSite, runBench, type BenchSite } from '../bench/site-server.ts'

const IMAGES = new URL('../docs/img/', import.meta.url).pathname
/** The Redis key prefix the stack's instances use (lib/shared-cache, lib/figures). */
const PREFIX = 'somliga-tror'
const DAY_MS = 86_400_000

/** Saves a screenshot as an 8-bit palette PNG: screens of flat colour lose nothing visible. */
async function save(name: string, png: Buffer): Promise<void> {
  const file = join(IMAGES, name)
  const small = await sharp(png).png({ palette: true, colours: 128, compressionLevel: 9, effort: 10 }).toBuffer()
  writeFileSync(file, small)
  say(`${file}: ${(small.length / 1024).toFixed(0)} KB`)
}

/**
 * Example figures for the last twelve weeks (what Kampanjsiffror shows at first): page views and
 * uses of the seed's short links, more on weekdays, and the /affisch posters' campaign period.
 */
async function writeExampleFigures(redisUrl: string): Promise<void> {
  const redis = figuresClient(redisUrl)
  await redis.connect()
  const pages: [string, number][] = [
    ['/', 60],
    ['/darfor-ar-det-ett-brott', 24],
    ['/hjalp', 18],
    ['/for-dig-som-vill-sluta', 9],
    ['/kampanjmaterial', 3],
  ]
  const shortLinks: [string, number][] = [
    ['/affisch', 6],
    ['/sluta', 3],
    ['/hjalpen', 2],
  ]
  for (let daysAgo = 1; daysAgo <= 84; daysAgo += 1) {
    const date = new Date(Date.now() - daysAgo * DAY_MS)
    const day = date.toISOString().slice(0, 10)
    // Weekdays busier than weekends, and a campaign that grows over the weeks.
    const weight = ([0, 6].includes(date.getUTCDay()) ? 0.6 : 1) * (1.6 - daysAgo / 84)
    const transaction = redis.multi()
    for (const [path, perDay] of pages)
      transaction.hSet(figuresKey(PREFIX, 'pages', day), path, Math.round(perDay * weight))
    for (const [path, perDay] of shortLinks)
      transaction.hSet(figuresKey(PREFIX, 'shortLinks', day), path, Math.round(perDay * weight))
    await transaction.exec()
  }
  for (let day = 3; day <= 16; day += 1)
    await redis.hSet(figuresKey(PREFIX, 'shortLinks', `2026-03-${String(day).padStart(2, '0')}`), '/affisch', 30)
  redis.destroy()
}

async function logInToStudio(browser: Browser, siteUrl: string): Promise<Page> {
  const page = await (await newContext(browser, { viewport: { width: 1280, height: 860 } })).newPage()
  await page.goto(`${siteUrl}/studio`)
  await page.waitForURL(/\/auth\/login\//)
  await page.getByLabel(/^Läsare/).check()
  await page.getByRole('button', { name: 'Logga in' }).click()
  await page.getByTestId('pane-item-Inställningar').waitFor()
  return page
}

/** Takes the screenshots of a site started with `startSite({ serve: 'stack' })`. */
export async function takeScreenshots(site: BenchSite): Promise<void> {
  await writeExampleFigures(site.stack!.state.figures.redisUrl)
  const browser = await launchBrowser()
  try {
    // The top of the page: what it is for, and the first piece with its download links.
    const visitor = await (await newContext(browser, { viewport: { width: 1024, height: 1180 } })).newPage()
    await visitor.goto(`${site.url}/kampanjmaterial`)
    await visitor.locator('a[href^="/api/material/"]').first().waitFor()
    await save('kampanjmaterial-sidan.png', await visitor.screenshot())

    const editor = await logInToStudio(browser, site.url)
    await editor.goto(`${site.url}/studio/structure/campaignMaterial;campaignMaterial-fangelse`)
    await editor.getByRole('tab', { name: 'Filer' }).click()
    const preview = editor.getByRole('img', { name: /^Förhandsvisning:/ })
    await preview.waitFor()
    await editor.waitForFunction(
      (image) => (image as HTMLImageElement).complete && (image as HTMLImageElement).naturalWidth > 0,
      await preview.elementHandle(),
    )
    await save('studio-kampanjmaterial.png', await editor.screenshot())

    await editor.goto(`${site.url}/studio/kampanjsiffror`)
    const tool = editor.getByTestId('kampanjsiffror')
    await tool.getByRole('img', { name: /per vecka/ }).waitFor()
    await save('studio-kampanjsiffror.png', await editor.screenshot())
  } finally {
    await browser.close()
  }
}

async function main(): Promise<void> {
  requireTools(['nginx', 'redis-server'])
  await takeScreenshots(await startSite({ serve: 'stack' }))
}

if (import.meta.main) void runBench(main)
