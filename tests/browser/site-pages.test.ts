/**
 * Every public page answers 200 with its heading from the content, the sitemap lists exactly the
 * published pages, short links redirect, and unknown addresses get the Swedish 404 that points to
 * help. Real Chromium against `next start` on the seeded lake.
 */
import type { Browser, Page } from 'playwright-core'

import { CHECKING_NOTE } from '@/sanity/schemaTypes/rules/verification'

import { launchBrowser, newContext } from '../helpers/browser'
import { browserRun, lakeClient } from '../helpers/browser-env'
import {
  audiencePages,
  expectedPages,
  HELP_PATH,
  ACCESSIBILITY_PATH,
  sitemapPaths,
  sitePages,
  type SitePage,
} from '../helpers/sitemap'

const { siteUrl } = browserRun()
const reader = lakeClient('read')

let browser: Browser
let page: Page

beforeAll(async () => {
  browser = await launchBrowser()
  page = await (await newContext(browser)).newPage()
})

afterAll(async () => {
  await browser?.close()
})

/** What a visitor gets at `path`: the status, the document language and the text of every h1. */
async function visit(path: string) {
  const response = await page.goto(new URL(path, siteUrl).toString())
  return {
    path,
    status: response?.status(),
    lang: await page.locator('html').getAttribute('lang'),
    headings: await page.locator('h1').allInnerTexts(),
  }
}

/** Visits each page and returns those that do not answer 200 in their language with exactly their heading. */
async function wrongPages(pages: SitePage[]) {
  const wrong = []
  for (const expected of pages) {
    const got = await visit(expected.path)
    if (
      got.status !== 200 ||
      got.lang !== expected.lang ||
      got.headings.length !== 1 ||
      got.headings[0] !== expected.heading
    ) {
      wrong.push({ expected: { status: 200, lang: expected.lang, headings: [expected.heading] }, got })
    }
  }
  return wrong
}

it('lists exactly the published pages in the sitemap', async () => {
  const listed = await sitemapPaths(siteUrl)
  const published = (await expectedPages(reader)).map((page) => page.path)
  expect([...listed].sort()).toEqual([...published].sort())
  expect(new Set(listed).size).toBe(listed.length)
})

it('answers 200 with the heading from the content on every page in the sitemap', async () => {
  const pages = await sitePages(siteUrl, reader)
  expect(await wrongPages(pages)).toEqual([])
})

it('shows the help page, each audience page and the accessibility statement', async () => {
  const expected = new Map((await expectedPages(reader)).map((page) => [page.path, page]))
  const paths = [HELP_PATH, ...audiencePages().map((audience) => audience.path), ACCESSIBILITY_PATH]
  expect(paths.length).toBeGreaterThan(2)
  expect(
    await wrongPages(
      paths.map((path) => expected.get(path) ?? { path, heading: `(no heading for ${path})`, lang: 'sv' }),
    ),
  ).toEqual([])
})

it('redirects every short link to its destination, permanently only when it is set so', async () => {
  const shortLinks = await reader.fetch<{ path: string; permanent: boolean | null; destination: string }[]>(`
    *[_type == "shortLink"]{
      path,
      permanent,
      "destination": select(
        destination.type == "path" => destination.path,
        destination.page._ref == *[_id == "settings"][0].startPage._ref => "/",
        "/" + destination.page->slug.current
      )
    }`)
  expect(shortLinks.length).toBeGreaterThan(0)
  const answers = await Promise.all(
    shortLinks.map(async (link) => {
      const response = await fetch(new URL(link.path, siteUrl), { redirect: 'manual' })
      const location = response.headers.get('location')
      return { path: link.path, status: response.status, location: location && new URL(location, siteUrl).pathname }
    }),
  )
  expect(answers).toEqual(
    shortLinks.map((link) => ({ path: link.path, status: link.permanent ? 308 : 307, location: link.destination })),
  )
})

it('shows no page with internal checking text, neither the words nor any check’s note or checker', async () => {
  const pages = [
    ...new Set([
      ...(await sitemapPaths(siteUrl)),
      HELP_PATH,
      ...audiencePages().map((audience) => audience.path),
      ACCESSIBILITY_PATH,
    ]),
  ]
  // What the lake records about checks: none of it is for visitors.
  const recorded = (
    await reader.fetch<(string | null)[]>(
      '*[_type == "helpLink"]{"t": [verification.note, verification.checkedBy]}.t[]',
    )
  ).filter((text): text is string => Boolean(text?.trim()))
  expect(pages.length).toBeGreaterThan(5)
  const leaks: { path: string; text: string }[] = []
  for (const path of pages) {
    const response = await page.goto(new URL(path, siteUrl).toString())
    expect({ path, status: response?.status() }).toEqual({ path, status: 200 })
    const shown = await page.locator('body').innerText()
    const note = shown.match(CHECKING_NOTE)
    if (note) leaks.push({ path, text: note[0] })
    for (const text of recorded) if (shown.includes(text)) leaks.push({ path, text })
  }
  expect(leaks).toEqual([])
})

describe('an unknown address', () => {
  // A slug nobody has, an audience that does not exist, and a path no page or short link can have.
  const unknownPaths = ['/den-har-sidan-finns-inte', `${HELP_PATH}/finns-inte`, '/Inte_En_Sida/alls']

  it.each(unknownPaths)('%s answers 404 with a Swedish page that links to help', async (path) => {
    const got = await visit(path)
    expect(got).toMatchObject({ status: 404, lang: 'sv' })
    expect(got.headings).toHaveLength(1)
    expect(got.headings[0]).toMatch(/finns inte/i)
    const helpLinks = await page
      .getByRole('main')
      .locator('a[href]')
      .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname))
    expect(helpLinks).toContain(HELP_PATH)
  })
})
