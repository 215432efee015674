import '@testing-library/jest-dom'
import { render, screen } from '@testing-library/react'

import { LanguageLinks } from '@/components/layout/LanguageLinks'
import { RichText } from '@/components/rich-text/RichText'
import { richTextSchema, type RichTextBlock } from '@/lib/content/common'
import {
  languageLinks,
  languagesSchema,
  localizedSite,
  resolveSitePath,
  routePath,
  translatedPagePath,
} from '@/lib/content/languages'
import { settingsSchema } from '@/lib/content/settings'
import { sitemapEntries } from '@/lib/content/sitemap'
import type { PageRoute } from '@/lib/content/routes'
import { hreflangAlternates } from '@/lib/seo'
import { messageLanguageOf, messagesFor } from '@/vocabulary/messages'
import { en } from '@/vocabulary/messages/en'

const languages = languagesSchema.parse([
  { id: 'lattlast', title: 'Lättläst svenska', htmlLang: 'sv', alternate: false, linkText: 'Lättläst' },
  { id: 'en', title: 'Engelska', htmlLang: 'en', alternate: true, linkText: 'In English' },
])
const ids = languages.map((language) => language.id)

describe('language versions from the settings', () => {
  it('puts Swedish first, and keeps lättläst out of hreflang while it is Swedish to screen readers', () => {
    expect(languages.map(({ id, htmlLang, hreflang }) => [id, htmlLang, hreflang])).toEqual([
      ['sv', 'sv', 'sv'],
      ['lattlast', 'sv', null],
      ['en', 'en', 'en'],
    ])
  })

  it('skips an entry with a bad code, the same code twice or Swedish again, and logs it', () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => {})
    const parsed = languagesSchema.parse([
      { id: 'ro', title: 'Rumänska', htmlLang: 'ro', linkText: 'Română' },
      { id: 'ro', title: 'Rumänska igen', htmlLang: 'ro', linkText: 'Română' },
      { id: 'Th', title: 'Thai', htmlLang: 'th', linkText: 'ไทย' },
      { id: 'sv', title: 'Svenska', htmlLang: 'sv', linkText: 'Svenska' },
      { id: 'pl', title: 'Polska', htmlLang: 'pl pl', linkText: 'Polski' },
    ])
    expect(parsed.map((language) => language.id)).toEqual(['sv', 'ro'])
    expect(warn).toHaveBeenCalledTimes(4)
    warn.mockRestore()
  })
})

describe('the page chrome per language', () => {
  const block = (text: string) => ({ _type: 'block', _key: text, children: [{ _type: 'span', _key: 's', text }] })
  const settings = settingsSchema.parse({
    _id: 'settings',
    footer: { text: [block('Svensk sidfot')] },
    feedback: { text: [block('Skriv till oss')], email: 'synpunkter@example.se', publicRecordNote: 'Allmän handling' },
    languages: [
      {
        id: 'en',
        title: 'Engelska',
        htmlLang: 'en',
        linkText: 'In English',
        footer: { text: [block('English footer')] },
      },
      {
        id: 'pl',
        title: 'Polska',
        htmlLang: 'pl',
        linkText: 'Polski',
        feedback: { text: [block('Napisz do nas')], publicRecordNote: 'Dokument publiczny' },
      },
    ],
  })
  const words = (blocks: RichTextBlock[]) =>
    blocks.flatMap((item) => (item.children as { text: string }[]).map((span) => span.text))

  it('gives Swedish the settings’ footer and feedback section', () => {
    const { footer, feedback } = localizedSite(settings, 'sv')
    expect(words(footer.text)).toEqual(['Svensk sidfot'])
    expect(feedback && { ...feedback, text: words(feedback.text) }).toEqual({
      text: ['Skriv till oss'],
      email: 'synpunkter@example.se',
      publicRecordNote: 'Allmän handling',
    })
  })

  it('gives another language its own words, with the settings’ e-mail address, and never the Swedish ones', () => {
    const polish = localizedSite(settings, 'pl').feedback
    expect(polish && { ...polish, text: words(polish.text) }).toEqual({
      text: ['Napisz do nas'],
      email: 'synpunkter@example.se',
      publicRecordNote: 'Dokument publiczny',
    })
    const english = localizedSite(settings, 'en')
    expect(words(english.footer.text)).toEqual(['English footer'])
    expect(english.feedback).toEqual({ text: [], email: 'synpunkter@example.se', publicRecordNote: null })
  })
})

describe('addresses per language', () => {
  it.each([
    [[], 'sv', { kind: 'start' }],
    [['om-lagen'], 'sv', { kind: 'page', slug: 'om-lagen' }],
    [['en'], 'en', { kind: 'start' }],
    [['en', 'the-law'], 'en', { kind: 'page', slug: 'the-law' }],
    [['lattlast', 'hjalp'], 'lattlast', { kind: 'help' }],
    [['en', 'tillganglighet'], 'en', { kind: 'accessibility' }],
    [['ro', 'x'], 'sv', { kind: 'notFound' }],
    [['en', 'a', 'b'], 'en', { kind: 'notFound' }],
    [['sv', 'om-lagen'], 'sv', { kind: 'notFound' }],
  ])('reads %j as %s %j', (path, languageId, route) => {
    expect(resolveSitePath(path, ids)).toEqual({ languageId, route })
  })

  it('reads an audience page in every language', () => {
    expect(resolveSitePath(['en', 'hjalp', 'narstaende'], ids).route).toMatchObject({
      kind: 'helpAudience',
      filter: { audience: 'relatives' },
    })
  })

  it('gives each language its prefix, and Swedish none', () => {
    expect(routePath('sv', { kind: 'start' })).toBe('/')
    expect(routePath('en', { kind: 'start' })).toBe('/en')
    expect(routePath('lattlast', { kind: 'help' })).toBe('/lattlast/hjalp')
    expect(translatedPagePath({ language: 'en', slug: 'the-law', isStartPage: false })).toBe('/en/the-law')
    expect(translatedPagePath({ language: 'en', slug: 'start', isStartPage: true })).toBe('/en')
  })
})

describe('the language link', () => {
  it('leads to the counterpart where there is one, and otherwise to that language’s start page', () => {
    const links = languageLinks(languages, 'sv', (languageId) => (languageId === 'en' ? '/en/the-law' : null))
    expect(links.map(({ language, href, counterpart }) => [language.id, href, counterpart])).toEqual([
      ['lattlast', '/lattlast', false],
      ['en', '/en/the-law', true],
    ])
  })

  it('writes each link in its own language, with lang and hreflang', () => {
    render(<LanguageLinks links={languageLinks(languages, 'en', () => null)} label={en.languageNav} />)
    const navigation = screen.getByRole('navigation', { name: 'Other languages' })
    expect(navigation).toBeInTheDocument()
    const swedish = screen.getByRole('link', { name: 'På svenska' })
    expect(swedish).toHaveAttribute('href', '/')
    expect(swedish).toHaveAttribute('lang', 'sv')
    expect(swedish).toHaveAttribute('hreflang', 'sv')
    expect(screen.getByRole('link', { name: 'Lättläst' })).toHaveAttribute('lang', 'sv')
  })
})

describe('hreflang', () => {
  it('lists the hreflang languages a page exists in, with x-default for Swedish, never lättläst', () => {
    const paths: Record<string, string> = { sv: '/om-lagen', lattlast: '/lattlast/om-lagen', en: '/en/the-law' }
    expect(hreflangAlternates(languages, (id) => paths[id] ?? null)).toEqual({
      sv: '/om-lagen',
      en: '/en/the-law',
      'x-default': '/om-lagen',
    })
  })

  it('gives a page that exists in one hreflang language no alternates', () => {
    expect(hreflangAlternates(languages, (id) => (id === 'sv' ? '/a' : id === 'lattlast' ? '/lattlast/a' : null))).toBe(
      undefined,
    )
  })

  it('puts the alternates of a translation group in the sitemap, with absolute addresses', () => {
    const route = (slug: string, language: string, translationGroup: string | null): PageRoute => ({
      slug,
      language,
      translationGroup,
      updatedAt: '2026-12-01T00:00:00Z',
      noIndex: false,
      isStartPage: false,
    })
    const entries = sitemapEntries(
      [route('om-lagen', 'sv', 'group-law'), route('the-law', 'en', 'group-law'), route('ensam', 'sv', null)],
      languages,
      'https://somligatror.se',
    )
    const law = entries.find((entry) => entry.url === 'https://somligatror.se/en/the-law')
    expect(law?.alternates?.languages).toEqual({
      sv: 'https://somligatror.se/om-lagen',
      en: 'https://somligatror.se/en/the-law',
      'x-default': 'https://somligatror.se/om-lagen',
    })
    expect(entries.find((entry) => entry.url === 'https://somligatror.se/ensam')?.alternates).toBeUndefined()
    expect(entries.map((entry) => entry.url)).toEqual(
      expect.arrayContaining(['https://somligatror.se/lattlast/hjalp', 'https://somligatror.se/en/tillganglighet']),
    )
  })
})

describe('phrases in another language', () => {
  it('renders a marked phrase with its lang, and drops a malformed tag', () => {
    const blocks = richTextSchema.parse([
      {
        _type: 'block',
        _key: 'b',
        style: 'normal',
        markDefs: [
          { _key: 'l1', _type: 'language', lang: 'en' },
          { _key: 'l2', _type: 'language', lang: 'en"><script>' },
        ],
        children: [
          { _type: 'span', _key: 's1', text: 'Kampanjen heter ', marks: [] },
          { _type: 'span', _key: 's2', text: 'Some believe', marks: ['l1'] },
          { _type: 'span', _key: 's3', text: ' och ', marks: [] },
          { _type: 'span', _key: 's4', text: 'trasig', marks: ['l2'] },
        ],
      },
    ])
    const { container } = render(<RichText value={blocks} />)
    expect(screen.getByText('Some believe')).toHaveAttribute('lang', 'en')
    expect(container.querySelectorAll('[lang]')).toHaveLength(1)
  })
})

describe('message files', () => {
  it('has the fixed texts for Swedish, lättläst and English, and English for a language without a file', () => {
    expect(messagesFor('sv').skipToContent).toBe('Gå direkt till innehållet')
    expect(messagesFor('lattlast').skipToContent).toBe('Gå direkt till texten')
    expect(messagesFor('ro')).toBe(en)
  })

  it('reads the language of a 404 from its address', () => {
    expect(messageLanguageOf(['en', 'finns-inte'])).toBe('en')
    expect(messageLanguageOf(['lattlast'])).toBe('lattlast')
    expect(messageLanguageOf(['finns-inte'])).toBe('sv')
    expect(messageLanguageOf(undefined)).toBe('sv')
  })
})
