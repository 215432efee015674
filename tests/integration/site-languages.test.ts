/**
 * Language versions against a real lake loaded with the seed, through the site's own fetch layer:
 * what a missing translation falls back to, the sitemap's hreflang alternates, and which cached
 * results a publish in one language expires. Next's cache primitives only run inside Next, so
 * cacheTag records the tags each result is given, as in site-queries.test.ts.
 */
import type { SanityClient } from '@sanity/client'

import type { RichTextBlock } from '@/lib/content/common'

import { startTestLake, type TestLake } from '@somliga-tror/lake/testing'
import { pointSiteModulesAt } from '../helpers/site'

jest.mock('server-only', () => ({}))
jest.mock('next/cache', () => ({ cacheLife: jest.fn(), cacheTag: jest.fn() }))

type FetchModule = typeof import('@/lib/content/fetch')
type LanguagesModule = typeof import('@/lib/content/languages')

let lake: TestLake
let editor: SanityClient
let fetchContent: FetchModule['fetchContent']
let fetchContentUncached: FetchModule['fetchContentUncached']
let languages: LanguagesModule
let tagsForChange: typeof import('@/lib/content/tags').tagsForChange
let sitemapEntries: typeof import('@/lib/content/sitemap').sitemapEntries
let cacheTag: jest.Mock

beforeAll(async () => {
  lake = await startTestLake({ seed: 'sanity/seed/production.ndjson' })
  editor = lake.client()
  pointSiteModulesAt(lake)
  ;({ fetchContent, fetchContentUncached } = await import('@/lib/content/fetch'))
  languages = await import('@/lib/content/languages')
  ;({ tagsForChange } = await import('@/lib/content/tags'))
  ;({ sitemapEntries } = await import('@/lib/content/sitemap'))
  ;({ cacheTag } = (await import('next/cache')) as unknown as { cacheTag: jest.Mock })
})

afterAll(async () => {
  await lake?.stop()
})

beforeEach(() => cacheTag.mockClear())

/** The tags the last reads were cached with. */
const tagsOf = async (read: () => Promise<unknown>) => {
  cacheTag.mockClear()
  await read()
  return new Set(cacheTag.mock.calls.flat() as string[])
}

describe('language versions from the settings', () => {
  it('has Swedish, lättläst (Swedish to screen readers, no hreflang) and English', async () => {
    const settings = await fetchContent('settings', {})
    expect(
      settings.languages.map(({ id, htmlLang, hreflang, linkText }) => [id, htmlLang, hreflang, linkText]),
    ).toEqual([
      ['sv', 'sv', 'sv', 'På svenska'],
      ['lattlast', 'sv', null, 'Lättläst'],
      ['en', 'en', 'en', 'In English'],
    ])
  })

  it('gives each version its own menu, leading to its own pages', async () => {
    const settings = await fetchContent('settings', {})
    const menuOf = (id: string) =>
      languages.languageById(settings.languages, id).navigation.map(({ label, href }) => [label, href])
    expect(menuOf('en')).toEqual([
      ['Why it is a crime', '/en/why-it-is-a-crime'],
      ['Help and support', '/en/hjalp'],
    ])
    expect(menuOf('lattlast')).toEqual([
      ['Lagen om att köpa sex', '/lattlast/lagen-om-att-kopa-sex'],
      ['Hjälp och stöd', '/lattlast/hjalp'],
    ])
    expect(menuOf('sv')).toEqual([])
  })

  it('gives each version its own footer; Swedish keeps the settings’ footer', async () => {
    const settings = await fetchContent('settings', {})
    const footerOf = (id: string) => {
      const { text, links } = languages.languageById(settings.languages, id).footer
      return {
        words: text
          .flatMap((block) => block.children as { text: string }[])
          .map((span) => span.text)
          .join(''),
        links,
      }
    }
    expect(footerOf('en').words).toMatch(/^Somliga tror, “some people believe”, is a campaign by Samhällsråd Värmland/)
    expect(footerOf('lattlast').words).toMatch(/^Somliga tror är en kampanj\. Den kommer från/)
    expect(footerOf('sv')).toEqual({ words: '', links: [] })
    expect(settings.footer.links.map(({ label }) => label)).toContain('Kampanjmaterial')
  })

  it('gives each version its own feedback words, with the settings’ one e-mail address', async () => {
    const settings = await fetchContent('settings', {})
    const wordsOf = (text: RichTextBlock[]) =>
      text
        .flatMap((block) => block.children as { text: string }[])
        .map((span) => span.text)
        .join('')
    const feedbackOf = (id: string) => {
      const { feedback } = languages.localizedSite(settings, id)
      return feedback && { words: wordsOf(feedback.text), note: feedback.publicRecordNote, email: feedback.email }
    }
    expect(feedbackOf('sv')?.words).toMatch(/^Har du synpunkter på webbplatsen/)
    expect(feedbackOf('en')?.words).toMatch(/^Do you have comments on the website/)
    expect(feedbackOf('en')?.note).toMatch(/^What you send to a public authority becomes an official document/)
    expect(feedbackOf('lattlast')?.words).toMatch(/^Vill du säga vad du tycker om webbplatsen/)

    // One address for every language, kept in the settings' feedback.
    const original = await editor.getDocument('settings')
    await editor.patch('settings').set({ 'feedback.email': 'synpunkter@example.se' }).commit()
    try {
      const updated = await fetchContentUncached('settings', {})
      expect(['sv', 'en', 'lattlast'].map((id) => languages.localizedSite(updated, id).feedback?.email)).toEqual([
        'synpunkter@example.se',
        'synpunkter@example.se',
        'synpunkter@example.se',
      ])
    } finally {
      await editor.createOrReplace(original!)
    }
  })

  it('knows a language added in the settings without any code: its addresses and its start page fallback', async () => {
    const settings = await editor.getDocument('settings')
    await editor
      .patch('settings')
      .append('languages', [
        {
          _key: 'ro',
          _type: 'siteLanguage',
          title: 'Rumänska',
          id: 'ro',
          htmlLang: 'ro',
          alternate: true,
          linkText: 'Română',
        },
      ])
      .commit()
    try {
      const { languages: versions } = await fetchContentUncached('settings', {})
      expect(versions.map((language) => language.id)).toEqual(['sv', 'lattlast', 'en', 'ro'])
      const ids = versions.map((language) => language.id)
      expect(languages.resolveSitePath(['ro', 'hjalp'], ids)).toEqual({ languageId: 'ro', route: { kind: 'help' } })
      // No Romanian start page yet: the start address shows the fallback start (the way to help).
      expect(await fetchContentUncached('startPage', { language: 'ro' })).toBeNull()
      const { languages: proxyLanguages } = await fetchContentUncached('addresses', {})
      expect(proxyLanguages).toContain('ro')
    } finally {
      await editor.createOrReplace(settings!)
    }
  })
})

describe('a missing translation', () => {
  it('reads each language’s start page: the one in the settings and its translations', async () => {
    for (const [language, id] of [
      ['sv', 'page-start'],
      ['lattlast', 'page-lattlast-start'],
      ['en', 'page-en-start'],
    ]) {
      expect(await fetchContent('startPage', { language })).toMatchObject({ _id: id, language, isStartPage: true })
    }
  })

  it('links a page to its counterparts where they exist, and otherwise to that language’s start page', async () => {
    const settings = await fetchContent('settings', {})
    const linksFrom = async (slug: string, language: string) => {
      const page = await fetchContent('page', { slug, language })
      return languages
        .languageLinks(settings.languages, language, (other) => {
          const translation = page!.translations.find((candidate) => candidate.language === other)
          return translation ? languages.translatedPagePath(translation) : null
        })
        .map(({ language: target, href, counterpart }) => [target.id, href, counterpart])
    }
    expect(await linksFrom('darfor-ar-det-ett-brott', 'sv')).toEqual([
      ['lattlast', '/lattlast/lagen-om-att-kopa-sex', true],
      ['en', '/en/why-it-is-a-crime', true],
    ])
    expect(await linksFrom('why-it-is-a-crime', 'en')).toEqual([
      ['sv', '/darfor-ar-det-ett-brott', true],
      ['lattlast', '/lattlast/lagen-om-att-kopa-sex', true],
    ])
    // No English or lättläst version of the page for buyers who want to stop.
    expect(await linksFrom('for-dig-som-vill-sluta', 'sv')).toEqual([
      ['lattlast', '/lattlast', false],
      ['en', '/en', false],
    ])
  })

  it('answers a Swedish slug under another language with no page (a 404), not the Swedish page', async () => {
    expect(await fetchContent('page', { slug: 'for-dig-som-vill-sluta', language: 'en' })).toBeNull()
    expect(await fetchContent('page', { slug: 'why-it-is-a-crime', language: 'sv' })).toBeNull()
  })

  it('treats a translation that was deleted as missing, though its group still names it', async () => {
    const english = await editor.getDocument('page-en-law')
    await editor.delete('page-en-law')
    try {
      const page = await fetchContentUncached('page', { slug: 'darfor-ar-det-ett-brott', language: 'sv' })
      // The group lists the page itself too; the English version is gone from it.
      expect(page!.translations.map((translation) => translation.language)).toEqual(['sv', 'lattlast'])
    } finally {
      await editor.createOrReplace(english!)
    }
  })

  it('shows a help link’s description in the page’s language, or the Swedish one marked as Swedish', async () => {
    const english = await fetchContent('helpLinks', { language: 'en' })
    const lattlast = await fetchContent('helpLinks', { language: 'lattlast' })
    const swedish = await fetchContent('helpLinks', { language: 'sv' })
    const kvinnofrid = (links: typeof english) => links.find((link) => link.id === 'helpLink-kvinnofridslinjen')!
    expect(kvinnofrid(english)).toMatchObject({
      description: expect.stringMatching(/^Support line/),
      descriptionLang: null,
    })
    expect(kvinnofrid(lattlast)).toMatchObject({
      description: kvinnofrid(swedish).description,
      descriptionLang: 'sv',
    })
    expect(english.every((link) => link.descriptionLang === null)).toBe(true)
  })
})

describe('the sitemap', () => {
  it('lists every language’s pages, with hreflang alternates for Swedish and English but never lättläst', async () => {
    const [{ pages }, settings] = await Promise.all([fetchContent('routes', {}), fetchContent('settings', {})])
    const entries = sitemapEntries(pages, settings.languages, 'https://somligatror.se')
    const entry = (path: string) => entries.find((candidate) => candidate.url === `https://somligatror.se${path}`)
    const lawAlternates = {
      sv: 'https://somligatror.se/darfor-ar-det-ett-brott',
      en: 'https://somligatror.se/en/why-it-is-a-crime',
      'x-default': 'https://somligatror.se/darfor-ar-det-ett-brott',
    }
    expect(entry('/darfor-ar-det-ett-brott')?.alternates?.languages).toEqual(lawAlternates)
    expect(entry('/en/why-it-is-a-crime')?.alternates?.languages).toEqual(lawAlternates)
    expect(entry('/lattlast/lagen-om-att-kopa-sex')).toBeDefined()
    expect(entry('/lattlast/lagen-om-att-kopa-sex')?.alternates?.languages).toEqual(lawAlternates)
    expect(entry('/en')?.alternates?.languages).toEqual({
      sv: 'https://somligatror.se/',
      en: 'https://somligatror.se/en',
      'x-default': 'https://somligatror.se/',
    })
    expect(entry('/for-dig-som-vill-sluta')?.alternates).toBeUndefined()
    expect(entry('/en/hjalp')?.alternates?.languages).toMatchObject({ sv: 'https://somligatror.se/hjalp' })
  })
})

describe('publishing in one language', () => {
  it('expires the English page and leaves the Swedish and lättläst versions cached', async () => {
    const english = await tagsOf(() => fetchContent('page', { slug: 'why-it-is-a-crime', language: 'en' }))
    const swedish = await tagsOf(() => fetchContent('page', { slug: 'darfor-ar-det-ett-brott', language: 'sv' }))
    const lattlast = await tagsOf(() => fetchContent('page', { slug: 'lagen-om-att-kopa-sex', language: 'lattlast' }))
    const swedishStart = await tagsOf(() => fetchContent('startPage', { language: 'sv' }))
    const expired = tagsForChange({
      _id: 'page-en-law',
      _type: 'page',
      language: 'en',
      slug: { before: 'why-it-is-a-crime', after: 'why-it-is-a-crime' },
    })
    expect(expired.some((tag) => english.has(tag))).toBe(true)
    for (const other of [swedish, lattlast, swedishStart]) {
      expect(expired.filter((tag) => other.has(tag))).toEqual([])
    }
  })

  it('expires the other versions too when the English page moves to a new address, as their language link changes', async () => {
    const swedish = await tagsOf(() => fetchContent('page', { slug: 'darfor-ar-det-ett-brott', language: 'sv' }))
    const expired = tagsForChange({
      _id: 'page-en-law',
      _type: 'page',
      language: 'en',
      slug: { before: 'why-it-is-a-crime', after: 'the-law' },
    })
    expect(expired.filter((tag) => swedish.has(tag))).toEqual(['link:en:why-it-is-a-crime'])
  })

  it('expires every version when the translation group changes (a translation added or removed)', async () => {
    const swedish = await tagsOf(() => fetchContent('page', { slug: 'darfor-ar-det-ett-brott', language: 'sv' }))
    const english = await tagsOf(() => fetchContent('page', { slug: 'why-it-is-a-crime', language: 'en' }))
    const expired = tagsForChange({ _id: 'translations-law', _type: 'translation.metadata' })
    expect(expired.some((tag) => swedish.has(tag))).toBe(true)
    expect(expired.some((tag) => english.has(tag))).toBe(true)
  })
})
