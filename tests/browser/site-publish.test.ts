/**
 * Publishing reaches the live site without a rebuild, through the real path: an editor's client
 * writes to the lake, the lake calls the site's signed webhook, the site revalidates exactly what
 * changed. Each test restores or removes what it published.
 *
 * Deadlines here bound how long a test waits for a publish to arrive; they are not speed
 * assertions (bench/site-publish-latency.ts measures that).
 */
import type { Browser, Page } from 'playwright-core'

import { launchBrowser, newContext } from '../helpers/browser'
import { browserRun, lakeClient } from '../helpers/browser-env'
import { eventually } from '../helpers/eventually'
import { pathsListing, publishedHelpLinks } from '../helpers/help-links'
import { sitemapPaths } from '../helpers/sitemap'

const { siteUrl } = browserRun()
const editor = lakeClient('write')
const PUBLISH_DEADLINE_MS = 60_000
/** A test may wait for a publish, and for its restoring publish, several times over. */
const PUBLISH_TEST_TIMEOUT_MS = 5 * PUBLISH_DEADLINE_MS

let browser: Browser
let page: Page

beforeAll(async () => {
  browser = await launchBrowser()
  page = await (await newContext(browser)).newPage()
})

afterAll(async () => {
  await browser?.close()
})

const url = (path: string) => new URL(path, siteUrl).toString()

/** What a visitor's request gets, without following redirects (`location` as sent, relative to the site). */
async function answer(path: string) {
  const response = await fetch(url(path), { redirect: 'manual' })
  const location = response.headers.get('location')?.replace(new URL(siteUrl).origin, '') ?? null
  return {
    status: response.status,
    location,
    cache: response.headers.get('x-nextjs-cache'),
    html: await response.text(),
  }
}

/** Text as React writes it into HTML. */
const escapeHtml = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#x27;')

/** Waits until every path's HTML contains (or no longer contains) the text. */
function untilEveryPage(paths: string[], text: string, shown: boolean) {
  const html = escapeHtml(text)
  return eventually(
    async () => {
      const answers = await Promise.all(paths.map(answer))
      return answers.every((got) => got.status === 200 && got.html.includes(html) === shown)
    },
    {
      timeoutMs: PUBLISH_DEADLINE_MS,
      describe: async () => {
        const answers = await Promise.all(paths.map(async (path) => ({ path, ...(await answer(path)) })))
        const behind = answers
          .filter((got) => got.status !== 200 || got.html.includes(html) !== shown)
          .map((got) => `${got.path} (${got.status})`)
        return `"${text}" is ${shown ? 'still missing from' : 'still on'} ${behind.join(', ')}`
      },
    },
  )
}

/** The help link listed on the most pages (so that an edit must reach several kinds of page), and those pages. */
async function mostListedHelpLink() {
  const links = await publishedHelpLinks(editor)
  const listings = await Promise.all(links.map(async (link) => ({ link, paths: await pathsListing(editor, link) })))
  return listings.reduce((most, next) => (next.paths.length > most.paths.length ? next : most))
}

it(
  'shows an edit to a help link on every page that lists it',
  async () => {
    const { link, paths } = await mostListedHelpLink()
    expect(paths).toContain('/hjalp')
    expect(paths.filter((path) => !path.startsWith('/hjalp')).length).toBeGreaterThan(0)

    const marker = `Uppdaterad ${Date.now()}`
    const edited = `${link.description} ${marker}`
    await untilEveryPage(paths, link.description, true)
    try {
      await editor.patch(link._id).set({ description: edited }).commit()
      await untilEveryPage(paths, marker, true)
      // And in a browser, as visitors read it.
      const notShown = []
      for (const path of paths) {
        await page.goto(url(path))
        const text = await page.locator('main').textContent()
        if (!text?.includes(edited)) notShown.push(path)
      }
      expect(notShown).toEqual([])
    } finally {
      await editor.patch(link._id).set({ description: link.description }).commit()
      await untilEveryPage(paths, marker, false)
    }
  },
  PUBLISH_TEST_TIMEOUT_MS,
)

it(
  'shows the last of two quick edits to a help link on every page that lists it',
  async () => {
    // An editor publishes, visitors open the pages (Next answers with the old page and renders the
    // first edit in the background), and the editor publishes a correction while those renders run.
    // The correction must win. Uses the provider line, which no other test reads, so that a lost edit
    // cannot confuse them.
    const { link, paths } = await mostListedHelpLink()
    const { provider } = await editor.fetch<{ provider: string | null }>(`*[_id == $id][0]{provider}`, { id: link._id })
    const stamp = Date.now()
    try {
      await editor
        .patch(link._id)
        .set({ provider: `Första ${stamp}` })
        .commit()
      await Promise.all(
        paths.map((path) =>
          eventually(async () => (await answer(path)).cache === 'STALE', {
            timeoutMs: PUBLISH_DEADLINE_MS,
            describe: () => `${path} was never rendered again after the first edit`,
          }),
        ),
      )
      await editor
        .patch(link._id)
        .set({ provider: `Rättad ${stamp}` })
        .commit()
      await untilEveryPage(paths, `Rättad ${stamp}`, true)
    } finally {
      const restore = editor.patch(link._id)
      await (provider === null ? restore.unset(['provider']) : restore.set({ provider })).commit()
      await untilEveryPage(paths, `Rättad ${stamp}`, false)
    }
  },
  PUBLISH_TEST_TIMEOUT_MS,
)

describe('a page published and deleted', () => {
  const stamp = Date.now()
  const id = `page-browser-test-${stamp}`
  const slug = `testsida-${stamp}`
  const title = `Testsida ${stamp}`

  afterAll(async () => {
    await editor.delete(id)
  })

  it(
    'answers 404 before, 200 with its title once published, and 404 again once deleted',
    async () => {
      expect((await answer(`/${slug}`)).status).toBe(404)

      await editor.create({
        _id: id,
        _type: 'page',
        title,
        slug: { _type: 'slug', current: slug },
        lead: 'En sida som ett test publicerar och tar bort.',
        sections: [
          {
            _key: 'text',
            _type: 'textSection',
            body: [
              {
                _key: 'block',
                _type: 'block',
                style: 'normal',
                markDefs: [],
                children: [{ _key: 'span', _type: 'span', marks: [], text: 'Testtext.' }],
              },
            ],
          },
        ],
      })
      await eventually(async () => (await answer(`/${slug}`)).status === 200, {
        timeoutMs: PUBLISH_DEADLINE_MS,
        describe: async () => `/${slug} answers ${(await answer(`/${slug}`)).status}`,
      })
      const response = await page.goto(url(`/${slug}`))
      expect(response?.status()).toBe(200)
      expect(await page.locator('h1').allInnerTexts()).toEqual([title])
      await eventually(async () => (await sitemapPaths(siteUrl)).includes(`/${slug}`), {
        timeoutMs: PUBLISH_DEADLINE_MS,
        describe: () => `/sitemap.xml does not list /${slug}`,
      })

      await editor.delete(id)
      await eventually(async () => (await answer(`/${slug}`)).status === 404, {
        timeoutMs: PUBLISH_DEADLINE_MS,
        describe: async () => `/${slug} still answers ${(await answer(`/${slug}`)).status}`,
      })
      expect((await page.goto(url(`/${slug}`)))?.status()).toBe(404)
      await eventually(async () => !(await sitemapPaths(siteUrl)).includes(`/${slug}`), {
        timeoutMs: PUBLISH_DEADLINE_MS,
        describe: () => `/sitemap.xml still lists /${slug}`,
      })
    },
    PUBLISH_TEST_TIMEOUT_MS,
  )
})

describe('new short links', () => {
  const stamp = Date.now()
  const temporary = { _id: `shortLink-browser-test-${stamp}-t`, path: `/testlank-${stamp}-t` }
  const permanent = { _id: `shortLink-browser-test-${stamp}-p`, path: `/testlank-${stamp}-p` }

  afterAll(async () => {
    await editor.delete({ query: '*[_id in $ids]', params: { ids: [temporary._id, permanent._id] } })
  })

  it(
    'redirect once published, temporarily (307) or permanently (308) as set',
    async () => {
      const menuPage = await editor.fetch<{ _id: string; slug: string }>(
        `*[_id == *[_id == "settings"][0].mainNavigation[0].link.page._ref][0]{_id, "slug": slug.current}`,
      )
      expect(menuPage?.slug).toBeTruthy()
      expect((await answer(temporary.path)).status).toBe(404)
      expect((await answer(permanent.path)).status).toBe(404)

      await editor
        .transaction()
        .create({ ...temporary, _type: 'shortLink', destination: { type: 'path', path: '/hjalp' }, permanent: false })
        .create({
          ...permanent,
          _type: 'shortLink',
          destination: { type: 'page', page: { _type: 'reference', _ref: menuPage._id } },
          permanent: true,
        })
        .commit()

      const expected = [
        { status: 307, location: '/hjalp' },
        { status: 308, location: `/${menuPage.slug}` },
      ]
      const redirects = async () =>
        Promise.all(
          [temporary.path, permanent.path].map(async (path) => {
            const { status, location } = await answer(path)
            return { status, location }
          }),
        )
      await eventually(async () => JSON.stringify(await redirects()) === JSON.stringify(expected), {
        timeoutMs: PUBLISH_DEADLINE_MS,
        describe: async () => `the short links answer ${JSON.stringify(await redirects())}`,
      })
    },
    PUBLISH_TEST_TIMEOUT_MS,
  )

  it(
    'follow a changed destination, and answer 404 once deleted',
    async () => {
      await editor
        .patch(temporary._id)
        .set({ destination: { type: 'path', path: '/tillganglighet' } })
        .commit()
      await eventually(async () => (await answer(temporary.path)).location === '/tillganglighet', {
        timeoutMs: PUBLISH_DEADLINE_MS,
        describe: async () => `${temporary.path} answers ${JSON.stringify(await answer(temporary.path))}`,
      })

      await editor.delete(temporary._id)
      await eventually(async () => (await answer(temporary.path)).status === 404, {
        timeoutMs: PUBLISH_DEADLINE_MS,
        describe: async () => `${temporary.path} still answers ${(await answer(temporary.path)).status}`,
      })
    },
    PUBLISH_TEST_TIMEOUT_MS,
  )
})
