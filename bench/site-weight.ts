/**
 * What each public page costs a visitor: the JavaScript and total bytes the browser loads,
 * compressed as sent (response bodies as they came over the wire, without headers), and the number
 * of requests, with JavaScript on and off. A first visit each time (a fresh browser context, empty
 * cache), on a phone-sized screen (375 × 812), reading to the end of the page so lazy images and
 * the router's link prefetches load too.
 *
 *   node bench/site-weight.ts        # needs Chromium (apt-get install chromium), like the browser tests
 *
 * It also checks that the bundles stay apart: no Studio schema code in the scripts a visitor loads,
 * and no site component in the Studio's scripts (see `MARKERS`).
 *
 * Compared with the reference, bench/bare-next-page: a bare Next 16 App Router page loads
 * 135 KB of JavaScript (gzip, 5 files), 1.8 KB of HTML, in 6 requests. KB here is 1024 bytes.
 */
import type { Request } from 'playwright-core'

import { launchBrowser, newContext } from '../tests/helpers/browser.ts'
import { printTable, say, startSite, runBench, writeResults } from './site-server.ts'

const BARE_NEXT_PAGE = { jsKB: 135, jsFiles: 5, htmlKB: 1.8, requests: 6 }
/**
 * The JavaScript a visitor's page may load (gzip): a bare Next page plus 20 KB for the quick exit,
 * the help filter and the error and 404 views in the page's language. Every language version is
 * held to the same budget (bench/README.md says how it was set).
 */
const JS_BUDGET_KB = BARE_NEXT_PAGE.jsKB + 20
const VIEWPORT = { width: 375, height: 812 }

interface Load {
  requests: number
  jsBytes: number
  jsFiles: number
  htmlBytes: number
  cssBytes: number
  fontBytes: number
  imageBytes: number
  /** Router prefetches and other fetches (React Server Component payloads). */
  otherBytes: number
  totalBytes: number
  failed: string[]
  /** Content-Encoding of the scripts, to show they were sent compressed. */
  scriptEncodings: string[]
  scriptUrls: string[]
}

/**
 * Text that only one side's code holds, as the minifier may write it (non-ASCII letters escaped).
 * Section components are server components and reach no browser at all; their marker finds one
 * imported into the Studio's client code. The controls show each marker is found where it belongs.
 */
const MARKERS = [
  { name: 'a section schema (sections/beliefSection/schema.ts)', pattern: /Somliga tror \/ Men/, belongsTo: 'studio' },
  // Code, not words: the visitor's words live in the message files (vocabulary/messages), which
  // the site's error views and Next's global-error (loaded for the Studio too) carry.
  {
    name: 'a site client component (components/layout/QuickExit.tsx)',
    pattern: /data-quick-exit/,
    belongsTo: 'site',
  },
  {
    name: 'a section component (sections/imageSection/ImageSection.tsx)',
    pattern: /\(min-width: 46rem\) 42rem, 100vw/,
    belongsTo: 'server only',
  },
] as const

const KB = (bytes: number) => bytes / 1024

/** The language version of a path: its first segment when that is a language prefix, else Swedish. */
function languageOf(path: string, prefixes: string[]): string {
  const first = path.split('/')[1] ?? ''
  return prefixes.includes(first) ? first : 'sv'
}

/** The language ids the settings list, which are also their address prefixes. */
async function languagePrefixes(lakeUrl: string, token: string): Promise<string[]> {
  const url = new URL('/v2025-02-19/data/query/production', lakeUrl)
  url.searchParams.set('query', '*[_id == "settings"][0].languages[].id')
  const response = await fetch(url, { headers: { Authorization: `Bearer ${token}` } })
  return ((await response.json()) as { result: string[] | null }).result ?? []
}

async function sitemapPaths(siteUrl: string): Promise<string[]> {
  const xml = await (await fetch(new URL('/sitemap.xml', siteUrl))).text()
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]).pathname)
}

async function measure(
  browser: Awaited<ReturnType<typeof launchBrowser>>,
  url: string,
  javaScriptEnabled: boolean,
): Promise<Load> {
  const context = await newContext(browser, { javaScriptEnabled, viewport: VIEWPORT })
  const page = await context.newPage()
  const finished: Request[] = []
  const failed: string[] = []
  page.on('requestfinished', (request) => finished.push(request))
  page.on('requestfailed', (request) => failed.push(`${request.failure()?.errorText ?? 'failed'} ${request.url()}`))
  await page.goto(url, { waitUntil: 'networkidle' })
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight))
  await page.waitForLoadState('networkidle')

  const load: Load = {
    requests: 0,
    jsBytes: 0,
    jsFiles: 0,
    htmlBytes: 0,
    cssBytes: 0,
    fontBytes: 0,
    imageBytes: 0,
    otherBytes: 0,
    totalBytes: 0,
    failed,
    scriptEncodings: [],
    scriptUrls: [],
  }
  for (const request of finished) {
    if (request.url().startsWith('data:')) continue
    const { responseBodySize } = await request.sizes()
    load.requests += 1
    load.totalBytes += responseBodySize
    switch (request.resourceType()) {
      case 'script': {
        load.jsBytes += responseBodySize
        load.jsFiles += 1
        load.scriptUrls.push(request.url())
        const encoding = (await request.response())?.headers()['content-encoding'] ?? 'identity'
        if (!load.scriptEncodings.includes(encoding)) load.scriptEncodings.push(encoding)
        break
      }
      case 'document':
        load.htmlBytes += responseBodySize
        break
      case 'stylesheet':
        load.cssBytes += responseBodySize
        break
      case 'font':
        load.fontBytes += responseBodySize
        break
      case 'image':
        load.imageBytes += responseBodySize
        break
      default:
        load.otherBytes += responseBodySize
    }
  }
  await context.close()
  return load
}

/** The scripts the Studio loads until it has drawn its first screen. */
async function studioScriptUrls(browser: Awaited<ReturnType<typeof launchBrowser>>, siteUrl: string) {
  const context = await newContext(browser, { viewport: { width: 1280, height: 800 } })
  const page = await context.newPage()
  const urls = new Set<string>()
  page.on('requestfinished', (request) => {
    if (request.resourceType() === 'script') urls.add(request.url())
  })
  await page.goto(new URL('/studio', siteUrl).toString(), { waitUntil: 'load' })
  // The Studio keeps connections open, so the network never goes quiet for long; a pause will do.
  await page.waitForLoadState('networkidle', { timeout: 30_000 }).catch(() => undefined)
  await context.close()
  return [...urls]
}

/** In how many of the scripts each marker appears. */
async function markerCounts(urls: string[]): Promise<number[]> {
  const texts = await Promise.all(urls.map(async (url) => (await fetch(url)).text()))
  return MARKERS.map(({ pattern }) => texts.filter((text) => pattern.test(text)).length)
}

async function main(): Promise<void> {
  const site = await startSite()
  const browser = await launchBrowser()
  try {
    const paths = [...(await sitemapPaths(site.url)), '/den-har-sidan-finns-inte']
    const rows: { path: string; withJs: Load; withoutJs: Load }[] = []
    for (const path of paths) {
      say(`measuring ${path}`)
      const url = new URL(path, site.url).toString()
      rows.push({ path, withJs: await measure(browser, url, true), withoutJs: await measure(browser, url, false) })
    }

    printTable(
      rows.map(({ path, withJs, withoutJs }) => ({
        page: path,
        'JS KB (files)': `${KB(withJs.jsBytes).toFixed(1)} (${withJs.jsFiles})`,
        'JS vs bare Next KB': `${KB(withJs.jsBytes) - BARE_NEXT_PAGE.jsKB >= 0 ? '+' : ''}${(KB(withJs.jsBytes) - BARE_NEXT_PAGE.jsKB).toFixed(1)}`,
        'HTML KB': KB(withJs.htmlBytes).toFixed(1),
        'CSS KB': KB(withJs.cssBytes).toFixed(1),
        'font KB': KB(withJs.fontBytes).toFixed(1),
        'image KB': KB(withJs.imageBytes).toFixed(1),
        'RSC/other KB': KB(withJs.otherBytes).toFixed(1),
        'total KB': KB(withJs.totalBytes).toFixed(1),
        requests: withJs.requests,
        'no-JS total KB': KB(withoutJs.totalBytes).toFixed(1),
        'no-JS requests': withoutJs.requests,
      })),
    )
    console.log(
      `reference, bare Next 16 page: JS ${BARE_NEXT_PAGE.jsKB} KB (${BARE_NEXT_PAGE.jsFiles} files), HTML ${BARE_NEXT_PAGE.htmlKB} KB, ${BARE_NEXT_PAGE.requests} requests; ` +
        `template-nextjs-personal-website: JS 417 KB (21 files), HTML 6.0 KB, 49 requests (gzip, measured once on a machine like ours)`,
    )
    // Every language but Swedish has its id as its address prefix (vocabulary/languages.ts).
    const prefixes = await languagePrefixes(site.lake.httpUrl, site.lake.tokens.read)
    const languages = [...new Set(rows.map((row) => languageOf(row.path, prefixes)))]
    const perLanguage = languages.map((language) => {
      const ofLanguage = rows.filter((row) => languageOf(row.path, prefixes) === language)
      const js = ofLanguage.map((row) => KB(row.withJs.jsBytes))
      return {
        language,
        pages: ofLanguage.length,
        'JS KB min–max': `${Math.min(...js).toFixed(1)}–${Math.max(...js).toFixed(1)}`,
        [`within ${JS_BUDGET_KB} KB`]: Math.max(...js) <= JS_BUDGET_KB ? 'yes' : 'NO',
      }
    })
    console.log('\nJavaScript per language version')
    printTable(perLanguage)
    const encodings = [...new Set(rows.flatMap((row) => row.withJs.scriptEncodings))]
    console.log(`scripts were sent with Content-Encoding: ${encodings.join(', ')}`)
    const failures = rows.flatMap((row) => [
      ...row.withJs.failed.map((failure) => `${row.path} (JS on): ${failure}`),
      ...row.withoutJs.failed.map((failure) => `${row.path} (JS off): ${failure}`),
    ])
    if (failures.length > 0) console.log(`failed requests (not counted):\n  ${failures.join('\n  ')}`)

    const siteScripts = [...new Set(rows.flatMap((row) => row.withJs.scriptUrls))]
    const studioScripts = await studioScriptUrls(browser, site.url)
    const [inSite, inStudio] = await Promise.all([markerCounts(siteScripts), markerCounts(studioScripts)])
    const separation = MARKERS.map(({ name, belongsTo }, index) => ({
      marker: name,
      'belongs to': belongsTo,
      [`site scripts (${siteScripts.length})`]: inSite[index],
      [`Studio scripts (${studioScripts.length})`]: inStudio[index],
    }))
    console.log('\nBundles apart: scripts that hold each marker')
    printTable(separation)
    console.log(
      `results: ${writeResults('site-weight', {
        viewport: VIEWPORT,
        reference: BARE_NEXT_PAGE,
        budgetKB: JS_BUDGET_KB,
        rows,
        perLanguage,
        separation,
      })}`,
    )
  } finally {
    await browser.close()
  }
}

void runBench(main)
