/**
 * The site's fetch layer against a real lake loaded with the seed: every query in
 * lib/content/registry.ts, through the site's own @sanity/client configuration, checked by the same
 * zod schemas. Next's cache primitives (cacheLife, cacheTag) only run inside Next, so here they
 * record what they are given; the browser tests cover the real cache.
 */
import type { SanityClient } from '@sanity/client'
import { stegaClean } from '@sanity/client/stega'

import { startTestLake, type TestLake } from '@somliga-tror/lake/testing'
import { pointSiteModulesAt } from '../helpers/site'

jest.mock('server-only', () => ({}))
jest.mock('next/cache', () => ({ cacheLife: jest.fn(), cacheTag: jest.fn() }))

type FetchModule = typeof import('@/lib/content/fetch')
type FilesModule = typeof import('@/lib/content/files')

let lake: TestLake
let editor: SanityClient
let fetchContent: FetchModule['fetchContent']
let fetchContentUncached: FetchModule['fetchContentUncached']
let fileUpstreamUrl: FilesModule['fileUpstreamUrl']
let cacheTag: jest.Mock
let warn: jest.SpyInstance

beforeAll(async () => {
  lake = await startTestLake({ seed: 'sanity/seed/production.ndjson' })
  editor = lake.client()
  pointSiteModulesAt(lake)
  ;({ fetchContent, fetchContentUncached } = await import('@/lib/content/fetch'))
  ;({ fileUpstreamUrl } = await import('@/lib/content/files'))
  ;({ cacheTag } = (await import('next/cache')) as unknown as { cacheTag: jest.Mock })
})

afterAll(async () => {
  await lake?.stop()
})

beforeEach(() => {
  cacheTag.mockClear()
  warn = jest.spyOn(console, 'warn').mockImplementation(() => {})
})

afterEach(() => {
  const problems = warn.mock.calls.map(([message]) => message)
  warn.mockRestore()
  // The seed is content the site must show in full: nothing may be skipped as malformed.
  expect(problems).toEqual([])
})

const taggedWith = () => cacheTag.mock.calls.flat() as string[]

describe('settings', () => {
  it('reads the site settings with the quick exit, menu, senders and help page', async () => {
    const settings = await fetchContent('settings', {})
    expect(settings.siteName).toBe('Somliga tror')
    expect(settings.quickExit).toEqual({
      label: 'Lämna sidan snabbt',
      url: 'https://www.smhi.se',
      infoPages: { sv: '/lamna-sidan-snabbt' },
    })
    expect(settings.mainNavigation.map((link) => link.href)).toEqual([
      '/darfor-ar-det-ett-brott',
      '/for-dig-som-vill-sluta',
      '/for-dig-som-ar-narstaende',
      '/hjalp',
    ])
    expect(settings.organisations.map((organisation) => organisation.name)).toEqual([
      'Länsstyrelsen Värmland',
      'Polismyndigheten',
      'Region Värmland',
    ])
    expect(settings.privacyPage).toEqual({ sv: '/personuppgifter-och-kakor' })
    expect(settings.helpPage.title).toBe('Hjälp och stöd')
  })

  it('is tagged with the settings and every document it shows, so editing a linked page refreshes it', async () => {
    await fetchContent('settings', {})
    expect(taggedWith()).toEqual(
      expect.arrayContaining([
        'doc:settings',
        'doc:page-darfor-ar-det-ett-brott',
        'doc:organisation-polisen',
        'doc:page-lamna-sidan-snabbt',
      ]),
    )
  })
})

describe('pages', () => {
  it('lists every page address, with the start page marked', async () => {
    const { pages } = await fetchContent('routes', {})
    expect(pages.length).toBeGreaterThanOrEqual(7)
    expect(pages.filter((page) => page.isStartPage && page.language === 'sv').map((page) => page.slug)).toEqual([
      'start',
    ])
    expect(taggedWith()).toEqual(expect.arrayContaining(['type:page']))
  })

  it('reads every page in full: each section of the seed passes its schema', async () => {
    const { pages } = await fetchContent('routes', {})
    const raw = await editor.fetch<{ slug: string; language: string; sections: number }[]>(
      '*[_type == "page"]{"slug": slug.current, "language": coalesce(language, "sv"), "sections": count(sections)}',
    )
    for (const { slug, language } of pages) {
      const page = await fetchContent('page', { slug, language })
      expect(page?.slug).toBe(slug)
      expect(page?.sections).toHaveLength(
        raw.find((entry) => entry.slug === slug && entry.language === language)?.sections ?? 0,
      )
    }
  })

  it('reads the start page chosen in the settings', async () => {
    const page = await fetchContent('startPage', { language: 'sv' })
    expect(page).toMatchObject({ slug: 'start', isStartPage: true })
  })

  it('tags a page with its slug and the help links it shows', async () => {
    const page = await fetchContent('page', { slug: 'for-dig-som-vill-sluta', language: 'sv' })
    const helpLinkIds = page!.sections.flatMap((section) =>
      section._type === 'helpLinksSection' ? section.links.map((link) => link.id) : [],
    )
    expect(helpLinkIds.length).toBeGreaterThan(0)
    expect(taggedWith()).toEqual(
      expect.arrayContaining(['slug:sv:for-dig-som-vill-sluta', ...helpLinkIds.map((id) => `doc:${id}`)]),
    )
  })

  it('refuses parameters the registry does not declare, naming them, before the query runs', async () => {
    // A ZodError from the parameter check, not ContentUnavailableError from the client.
    for (const [name, params] of [
      ['page', {}],
      ['page', { slug: 7 }],
      ['settings', { slug: 'start' }],
    ] as const) {
      await expect(fetchContent(name, params as never)).rejects.toMatchObject({
        name: 'ZodError',
        message: expect.stringContaining('slug'),
      })
    }
  })

  it('answers null for a slug nobody has, tagged so that a later publish can fill it', async () => {
    expect(await fetchContent('page', { slug: 'finns-inte', language: 'sv' })).toBeNull()
    expect(taggedWith()).toContain('slug:sv:finns-inte')
  })
})

describe('addresses', () => {
  it('knows every page slug and the quick exit set in the settings', async () => {
    const { pageSlugs, quickExit } = await fetchContentUncached('addresses', {})
    const { pages } = await fetchContent('routes', {})
    expect([...pageSlugs].sort()).toEqual(
      pages
        .filter((page) => page.language === 'sv')
        .map((page) => page.slug)
        .sort(),
    )
    const settings = await editor.fetch<{ url: string; label: string }>('*[_id == "settings"][0].quickExit{url, label}')
    expect(quickExit).toEqual(settings)
  })

  it('sends every short link in the seed to a page or path that exists', async () => {
    const { pages } = await fetchContent('routes', {})
    const addresses = new Set([
      '/hjalp',
      '/tillganglighet',
      ...pages.filter((page) => page.language === 'sv').map((page) => (page.isStartPage ? '/' : `/${page.slug}`)),
    ])
    const seeded = await editor.fetch<string[]>('*[_type == "shortLink"].path')
    const { shortLinks } = await fetchContentUncached('addresses', {})
    expect([...shortLinks.keys()].sort()).toEqual([...seeded].sort())
    for (const { destination } of shortLinks.values()) {
      expect(addresses.has(destination) || destination.startsWith('/hjalp/')).toBe(true)
    }
  })
})

describe('help links', () => {
  it('reads every help link, and shows channels only of links a named person has checked', async () => {
    const links = await fetchContent('helpLinks', { language: 'sv' })
    const raw = await editor.fetch<{ id: string; checked: boolean; channels: number; providerUrl: string }[]>(
      `*[_type == "helpLink"]{
        "id": _id,
        "checked": defined(verification.checkedAt) && verification.checkedBy != "",
        "channels": count(channels),
        providerUrl
      }`,
    )
    expect(links).toHaveLength(raw.length)
    for (const link of links) {
      const source = raw.find((entry) => entry.id === link.id)!
      expect(link.channels).toHaveLength(source.checked ? source.channels : 0)
      if (link.channels.length === 0) expect(link.fallback?.href).toBe(source.providerUrl)
    }
  })

  describe('a check', () => {
    const id = 'helpLink-kontroll-test'
    const base = {
      _id: id,
      _type: 'helpLink',
      name: 'Kontrolltjänsten',
      providerUrl: 'https://example.se',
      description: 'En tjänst för testet.',
      audiences: ['everyone'],
      area: { scope: 'local', regions: ['skane'], municipalities: ['Malmö'] },
      ages: { min: 18 },
      languages: ['sv', 'ar'],
      interpreter: 'no',
      channels: [
        { _key: 'tel', _type: 'phoneChannel', number: '040-34 10 00' },
        { _key: 'boka', _type: 'bookingChannel', url: 'https://example.se/boka' },
      ],
    }

    afterAll(async () => {
      await editor.delete(id)
    })

    it.each([
      ['no check', undefined, []],
      ['a date without a name', { checkedAt: '2026-11-30' }, []],
      ['a date and an empty name', { checkedAt: '2026-11-30', checkedBy: '' }, []],
      ['a date and a name', { checkedAt: '2026-11-30', checkedBy: 'Anna Andersson' }, ['phone', 'booking']],
    ])('shows the channels that a check with %s allows', async (_, verification, kinds) => {
      await editor.createOrReplace({ ...base, ...(verification && { verification }) })
      const link = (await fetchContentUncached('helpLinks', { language: 'sv' })).find(
        (candidate) => candidate.id === id,
      )!
      expect(link.channels.map((channel) => channel.kind)).toEqual(kinds)
      expect(link.fallback).toEqual(kinds.length === 0 ? { href: 'https://example.se', label: 'example.se' } : null)
      expect(link).toMatchObject({
        area: 'Skåne och Malmö kommun',
        ages: '18 år och äldre',
        languages: 'svenska och arabiska',
        interpreter: 'Tolk finns inte',
      })
      expect(JSON.stringify(link)).not.toContain('Anna Andersson')
    })
  })
})

describe('images and files', () => {
  it('builds image and file addresses that the lake serves', async () => {
    const { pages } = await fetchContent('routes', {})
    const settings = await fetchContent('settings', {})
    const images = settings.organisations.flatMap((organisation) => (organisation.logo ? [organisation.logo] : []))
    const files: string[] = []
    for (const { slug, language } of pages) {
      const page = (await fetchContent('page', { slug, language }))!
      if (page.hero?.image) images.push(page.hero.image)
      for (const section of page.sections) {
        if (section._type !== 'downloadsSection') continue
        for (const item of section.items) {
          if (item.preview) images.push(item.preview)
          files.push(fileUpstreamUrl(item.file.href.split('/').pop()!)!)
        }
      }
    }
    expect(images.length).toBeGreaterThan(0)
    expect(files.length).toBeGreaterThan(0)
    for (const url of [...images.map((image) => image.src), ...files]) {
      const response = await fetch(url)
      expect({ url, status: response.status }).toEqual({ url, status: 200 })
      expect(response.headers.get('content-type')).toMatch(/^(image\/|application\/pdf)/)
    }
    for (const image of images) {
      expect(image.width).toBeGreaterThan(0)
      expect(image.alt === '' || image.alt.length >= 3).toBe(true)
    }
  })
})

describe('the accessibility statement', () => {
  it('reads the statement with its known problems and dates', async () => {
    const statement = await fetchContent('accessibilityStatement', {})
    expect(statement).toMatchObject({ title: 'Tillgänglighetsredogörelse', complianceStatus: 'partial' })
    expect(statement!.knownProblems.length).toBeGreaterThan(0)
  })
})

describe('the draft perspective (the seam for draft mode)', () => {
  it('reads a draft with the server-side viewer token, uncached and marked for visual editing, while published reads stay published and clean', async () => {
    const page = await editor.getDocument('page-darfor-ar-det-ett-brott')
    await editor.createOrReplace({ ...page!, _id: 'drafts.page-darfor-ar-det-ett-brott', title: 'Utkast: ny rubrik' })
    try {
      const draft = await fetchContent(
        'page',
        { slug: 'darfor-ar-det-ett-brott', language: 'sv' },
        { perspective: 'drafts' },
      )
      // Draft text carries stega markers (docs/preview.md); the text itself is the draft's.
      expect(draft?.title).not.toBe('Utkast: ny rubrik')
      expect(stegaClean(draft?.title)).toBe('Utkast: ny rubrik')
      expect(cacheTag).not.toHaveBeenCalled()
      const published = await fetchContent('page', { slug: 'darfor-ar-det-ett-brott', language: 'sv' })
      expect(published?.title).toBe(page!.title)
    } finally {
      await editor.delete('drafts.page-darfor-ar-det-ett-brott')
    }
  })
})
