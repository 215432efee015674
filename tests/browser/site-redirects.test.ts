/**
 * No redirect the site sends leaves it, whatever target it is handed: the draft-mode routes
 * (`?redirect=` when preview is turned off, `sanity-preview-pathname` when it is turned on) and
 * short links whose destination an editor's client wrote past the Studio's validation. Each
 * tricky target is checked twice: the Location header as sent, read the way browsers read it,
 * and a real Chromium following the redirect, which must never ask another host for anything.
 */
import { createPreviewSecret } from '@sanity/preview-url-secret/create-secret'
import type { Browser } from 'playwright-core'

import { launchBrowser, newContext } from '../helpers/browser'
import { browserRun, lakeClient } from '../helpers/browser-env'
import { eventually } from '../helpers/eventually'
import { OFF_SITE_HOST, TRICKY_TARGETS } from '../helpers/redirect-targets'

const { siteUrl } = browserRun()
const siteOrigin = new URL(siteUrl).origin
const editor = lakeClient('write')
const PUBLISH_DEADLINE_MS = 60_000

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

type Answer = { target: string; address: string; status: number; location: string | null }

/** The site's first answer at `address`, without following it. */
async function answerAt(target: string, address: string): Promise<Answer> {
  const response = await fetch(address, { redirect: 'manual' })
  await response.body?.cancel()
  return { target, address, status: response.status, location: response.headers.get('location') }
}

/**
 * Answers whose Location leads off the site: resolved as browsers resolve it (WHATWG URL, relative
 * to the address asked for), or, as sent, anything but one slash and a path (or this site's origin).
 */
function leavingTheSite(answers: Answer[]): Answer[] {
  return answers.filter(({ address, location }) => {
    if (location === null) return false
    const asSent = location.startsWith(siteOrigin) ? location.slice(siteOrigin.length) : location
    return new URL(location, address).origin !== siteOrigin || !/^\/(?![/\\])[\x21-\x7e]*$/.test(asSent)
  })
}

/**
 * Follows each address in Chromium and returns every other host it asked for (a redirect that
 * leaves is asked for even though this machine cannot reach it). Pages on the site are answered by
 * the test itself: where a redirect lands is what matters, not the page there.
 */
async function hostsAskedFor(addresses: string[], redirecting: (url: URL) => boolean): Promise<string[]> {
  const context = await newContext(browser)
  const page = await context.newPage()
  const hosts = new Set<string>()
  page.on('request', (request) => {
    const url = new URL(request.url())
    if (url.origin !== siteOrigin) hosts.add(url.host)
  })
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url())
    if (url.origin !== siteOrigin) return route.abort()
    if (redirecting(url)) return route.continue()
    return route.fulfill({ status: 200, contentType: 'text/plain; charset=utf-8', body: 'På webbplatsen.' })
  })
  try {
    for (const address of addresses) await page.goto(address).catch(() => {})
  } finally {
    await context.close()
  }
  return [...hosts]
}

it('has at least 20 tricky targets, each aimed at another host', () => {
  expect(TRICKY_TARGETS.length).toBeGreaterThanOrEqual(20)
  for (const target of TRICKY_TARGETS) expect(target).toContain(OFF_SITE_HOST.split('.')[0])
})

describe('turning draft mode off', () => {
  const addressFor = (target: string) =>
    new URL(`/api/draft-mode/disable?redirect=${encodeURIComponent(target)}`, siteUrl).toString()

  it('returns to a path on this site', async () => {
    expect(await answerAt('/hjalp?visa=1', addressFor('/hjalp?visa=1'))).toMatchObject({
      status: 307,
      location: '/hjalp?visa=1',
    })
  })

  it('never redirects off the site', async () => {
    const answers = await Promise.all(TRICKY_TARGETS.map((target) => answerAt(target, addressFor(target))))
    expect(answers.map(({ status }) => status)).toEqual(TRICKY_TARGETS.map(() => 307))
    expect(leavingTheSite(answers)).toEqual([])
  })

  it('never takes a browser off the site', async () => {
    const hosts = await hostsAskedFor(TRICKY_TARGETS.map(addressFor), (url) => url.pathname.startsWith('/api/'))
    expect(hosts).toEqual([])
  })
})

describe('turning draft mode on', () => {
  let secret: string
  const addressFor = (target: string) =>
    new URL(
      `/api/draft-mode/enable?${new URLSearchParams({ 'sanity-preview-secret': secret, 'sanity-preview-pathname': target })}`,
      siteUrl,
    ).toString()

  beforeAll(async () => {
    ;({ secret } = await createPreviewSecret(editor, 'presentation', `${siteUrl}/studio`, 'redirect-test'))
  })

  it('goes to a path on this site', async () => {
    expect(await answerAt('/hjalp', addressFor('/hjalp'))).toMatchObject({ status: 307, location: '/hjalp' })
  })

  it('never redirects off the site', async () => {
    const answers = await Promise.all(TRICKY_TARGETS.map((target) => answerAt(target, addressFor(target))))
    expect(answers.map(({ status }) => status)).toEqual(TRICKY_TARGETS.map(() => 307))
    expect(leavingTheSite(answers)).toEqual([])
  })

  it('never takes a browser off the site', async () => {
    const hosts = await hostsAskedFor(TRICKY_TARGETS.map(addressFor), (url) => url.pathname.startsWith('/api/'))
    expect(hosts).toEqual([])
  })
})

type ShortLink = { _id: string; _type: 'shortLink'; path: string; destination: Record<string, string> }

describe('short links', () => {
  const stamp = Date.now()
  const tricky = TRICKY_TARGETS.map((target, index) => ({
    _id: `shortLink-redirect-test-${stamp}-${index}`,
    _type: 'shortLink' as const,
    path: `/omdirigering-${stamp}-${index}`,
    destination: { type: 'path', path: target },
  }))
  /** Published with the others: once it redirects, the site has read them all. */
  const control: ShortLink = {
    _id: `shortLink-redirect-test-${stamp}-control`,
    _type: 'shortLink',
    path: `/omdirigering-${stamp}-kontroll`,
    destination: { type: 'path', path: '/hjalp' },
  }
  const external: ShortLink = {
    _id: `shortLink-redirect-test-${stamp}-external`,
    _type: 'shortLink',
    path: `/omdirigering-${stamp}-extern`,
    destination: { type: 'url', url: 'https://www.1177.se/' },
  }
  const plainHttp: ShortLink = {
    _id: `shortLink-redirect-test-${stamp}-http`,
    _type: 'shortLink',
    path: `/omdirigering-${stamp}-http`,
    destination: { type: 'url', url: 'http://evil.example/' },
  }
  const all = [...tricky, control, external, plainHttp]
  const isShortLink = (url: URL) => all.some(({ path }) => path === url.pathname)

  beforeAll(async () => {
    const transaction = editor.transaction()
    for (const document of [...tricky, external, plainHttp]) transaction.create(document)
    await transaction.commit()
    // Published last: the address table it arrives in holds the others too.
    await editor.create(control)
    await eventually(async () => (await answerAt('/hjalp', new URL(control.path, siteUrl).toString())).status === 307, {
      timeoutMs: PUBLISH_DEADLINE_MS,
      describe: () => `${control.path} never started to redirect`,
    })
  }, 2 * PUBLISH_DEADLINE_MS)

  afterAll(async () => {
    await editor.delete({ query: '*[_id in $ids]', params: { ids: all.map(({ _id }) => _id) } })
  })

  it('never redirect off the site, whatever path their destination holds', async () => {
    const answers = await Promise.all(
      tricky.map(({ path, destination }) => answerAt(destination.path, new URL(path, siteUrl).toString())),
    )
    expect(leavingTheSite(answers)).toEqual([])
    expect(answers.filter(({ status }) => status >= 500)).toEqual([])
  })

  it('never take a browser off the site', async () => {
    const hosts = await hostsAskedFor(
      tricky.map(({ path }) => new URL(path, siteUrl).toString()),
      isShortLink,
    )
    expect(hosts).toEqual([])
  })

  it('are found whatever the case typed, and keep the query string of a QR code', async () => {
    const typed = new URL(`${control.path.toUpperCase()}?utm_source=affisch`, siteUrl).toString()
    expect(await answerAt('/hjalp', typed)).toMatchObject({ status: 307, location: '/hjalp?utm_source=affisch' })

    const context = await newContext(browser)
    try {
      const page = await context.newPage()
      const response = await page.goto(typed)
      expect(response?.status()).toBe(200)
      expect(page.url()).toBe(new URL('/hjalp?utm_source=affisch', siteUrl).toString())
    } finally {
      await context.close()
    }
  })

  it('lead to another website only through an https address set as external', async () => {
    expect(await answerAt('', new URL(external.path, siteUrl).toString())).toMatchObject({
      status: 307,
      location: 'https://www.1177.se/',
    })
    expect((await answerAt('', new URL(plainHttp.path, siteUrl).toString())).status).toBe(404)
  })
})
