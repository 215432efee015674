/**
 * Drafts reach editors in draft mode and nobody else. Distinctive draft text goes into several
 * documents; a request with a forged or missing secret never turns draft mode on; and a visitor
 * (no cookies, or a made-up draft-mode cookie) who reads every page of the sitemap, the help pages,
 * the share images, the sitemap and robots.txt, as HTML and as the payloads client navigation
 * fetches, never gets the draft text, not even after an editor has looked at the same pages in
 * draft mode (nothing a draft-mode render produces is cached for visitors), nor at draft mode's own
 * addresses under /~draft.
 */
import { createPreviewSecret } from '@sanity/preview-url-secret/create-secret'

import { browserRun, lakeClient } from '../helpers/browser-env'
import { audiencePages, HELP_PATH, sitemapPaths } from '../helpers/sitemap'

const { siteUrl } = browserRun()
const editor = lakeClient('write')
const DRAFT_TEXT = `UTKAST-${process.pid}-FÅR-INTE-SYNAS`

/** What the drafts change: a page, a help link, the settings, an organisation, the accessibility statement. */
const DRAFTED_FIELDS: Record<string, (document: Record<string, unknown>) => Record<string, unknown>> = {
  page: (page) => ({ title: `${String(page.title)} ${DRAFT_TEXT}`, lead: DRAFT_TEXT }),
  helpLink: (link) => ({ name: `${String(link.name)} ${DRAFT_TEXT}`, description: DRAFT_TEXT }),
  settings: (settings) => ({ siteName: DRAFT_TEXT, helpPage: { ...(settings.helpPage as object), intro: DRAFT_TEXT } }),
  organisation: (organisation) => ({ name: `${String(organisation.name)} ${DRAFT_TEXT}` }),
  accessibilityStatement: (statement) => ({ title: `${String(statement.title)} ${DRAFT_TEXT}` }),
}

let draftIds: string[] = []

beforeAll(async () => {
  // Every document of these types gets a draft, so every page has draft text to show in draft mode.
  const documents = await editor.fetch<Record<string, unknown>[]>(
    '*[_type in $types]',
    { types: Object.keys(DRAFTED_FIELDS) },
    { perspective: 'published' },
  )
  const transaction = editor.transaction()
  for (const document of documents) {
    const { _id, _type, _rev: _ignored, ...fields } = document as { _id: string; _type: string; _rev: string }
    transaction.createOrReplace({ ...fields, ...DRAFTED_FIELDS[_type](document), _id: `drafts.${_id}`, _type })
  }
  await transaction.commit()
  draftIds = documents.map((document) => `drafts.${String(document._id)}`)
})

afterAll(async () => {
  if (draftIds.length > 0) await editor.delete({ query: '*[_id in $ids]', params: { ids: draftIds } })
})

const url = (path: string) => new URL(path, siteUrl).toString()

/** Everything a visitor can ask for: pages, help pages, share images, sitemap, robots.txt. */
async function visitorAddresses(): Promise<string[]> {
  const pages = await sitemapPaths(siteUrl)
  const slugs = await editor.fetch<string[]>(
    '*[_type == "page" && defined(slug.current)].slug.current',
    {},
    { perspective: 'published' },
  )
  return [
    ...new Set([
      ...pages,
      HELP_PATH,
      ...audiencePages().map((page) => page.path),
      '/api/og',
      ...slugs.map((slug) => `/api/og/${slug}`),
      '/sitemap.xml',
      '/robots.txt',
    ]),
  ]
}

/** A response, its body read as text whatever its type (share images are PNG: a leak in their metadata would show). */
async function bodyOf(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(url(path), { headers, redirect: 'manual' })
  return {
    status: response.status,
    body: Buffer.from(await response.arrayBuffer()).toString('utf8'),
    setCookie: response.headers.get('set-cookie'),
    cacheControl: response.headers.get('cache-control'),
  }
}

/** The pages and payloads a visitor gets (no cookie, or the given one) that show the draft text. */
async function leaks(cookie?: string): Promise<string[]> {
  const found: string[] = []
  for (const path of await visitorAddresses()) {
    // As HTML, and as the payload client navigation and prefetches fetch.
    for (const rsc of [false, true]) {
      const headers: Record<string, string> = { ...(rsc ? { RSC: '1' } : {}), ...(cookie ? { Cookie: cookie } : {}) }
      const { status, body } = await bodyOf(path, headers)
      if (body.includes(DRAFT_TEXT)) found.push(`${path}${rsc ? ' (RSC)' : ''} ${status}`)
    }
  }
  return found
}

/** A real draft-mode cookie, through the same route and secret the Studio uses. */
async function draftModeCookie(): Promise<string> {
  const { secret } = await createPreviewSecret(editor, 'presentation', url('/studio'), 'editor')
  const response = await fetch(
    url(`/api/draft-mode/enable?sanity-preview-secret=${secret}&sanity-preview-pathname=/`),
    { redirect: 'manual' },
  )
  expect(response.status).toBe(307)
  const cookie = response.headers.getSetCookie().find((header) => header.startsWith('__prerender_bypass='))
  if (!cookie) throw new Error('The enable route set no draft-mode cookie')
  return cookie.split(';')[0]
}

it('never turns draft mode on for a forged, empty or missing secret', async () => {
  for (const query of [
    'sanity-preview-secret=forged-0123456789abcdef&sanity-preview-pathname=/',
    'sanity-preview-secret=&sanity-preview-pathname=/',
    'sanity-preview-pathname=/',
    '',
  ]) {
    const { status, setCookie } = await bodyOf(`/api/draft-mode/enable?${query}`)
    expect({ query, status, setCookie }).toEqual({ query, status: 401, setCookie: null })
  }
})

it('shows the draft text to an editor in draft mode, on every page, and never caches it', async () => {
  const cookie = await draftModeCookie()
  const pages = await sitemapPaths(siteUrl)
  const without: string[] = []
  for (const path of pages) {
    const { status, body, cacheControl } = await bodyOf(path, { Cookie: cookie })
    expect({ path, status }).toEqual({ path, status: 200 })
    expect({ path, cacheControl }).toEqual({ path, cacheControl: expect.stringMatching(/no-store|private|no-cache/) })
    if (!body.includes(DRAFT_TEXT)) without.push(path)
  }
  // Each page shows a drafted page, help link, setting or statement: the crawl below can see a leak.
  expect(without).toEqual([])
})

it('gives visitors none of the draft text on any page or payload, even after draft-mode renders of the same pages', async () => {
  expect(await leaks()).toEqual([])
  // A made-up draft-mode cookie is no draft mode either.
  expect(await leaks('__prerender_bypass=0123456789abcdef0123456789abcdef')).toEqual([])
})

it("shows visitors who open draft mode's own addresses the published page only", async () => {
  for (const path of ['/~draft', `/~draft${HELP_PATH}`]) {
    const { status, body } = await bodyOf(path)
    expect({ path, status }).toEqual({ path, status: 200 })
    expect(body).not.toContain(DRAFT_TEXT)
    expect(body).not.toContain('Avsluta förhandsvisning')
  }
})
