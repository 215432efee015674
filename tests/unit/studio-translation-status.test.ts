/** @jest-environment node */
import { translationStatus } from '@/sanity/languages/status'

const languages = [
  { id: 'lattlast', title: 'Lättläst svenska' },
  { id: 'en', title: 'Engelska' },
]

describe('a page’s translation status', () => {
  it('names the languages a Swedish page is missing', () => {
    expect(
      translationStatus({
        language: 'sv',
        languages,
        versions: [{ language: 'sv', updatedAt: '2026-12-01T10:00:00Z' }],
      }),
    ).toMatchObject({ label: 'Översättning saknas', title: 'Saknas: Lättläst svenska, Engelska', color: 'warning' })
  })

  it('names the translations older than the Swedish original', () => {
    expect(
      translationStatus({
        language: 'sv',
        languages,
        versions: [
          { language: 'sv', updatedAt: '2026-12-02T10:00:00Z' },
          { language: 'lattlast', updatedAt: '2026-12-03T10:00:00Z' },
          { language: 'en', updatedAt: '2026-12-01T10:00:00Z' },
        ],
      }),
    ).toMatchObject({ title: 'Äldre än originalet: Engelska', color: 'warning' })
  })

  it('tells a translation whether it is older than its original', () => {
    const versions = [
      { language: 'sv', updatedAt: '2026-12-02T10:00:00Z' },
      { language: 'en', updatedAt: '2026-12-01T10:00:00Z' },
    ]
    expect(translationStatus({ language: 'en', languages, versions })?.label).toBe('Äldre än originalet')
    expect(
      translationStatus({
        language: 'en',
        languages,
        versions: [versions[0], { ...versions[1], updatedAt: '2026-12-03T00:00:00Z' }],
      }),
    ).toMatchObject({ color: 'success' })
  })

  it('says nothing while the site has no other language', () => {
    expect(translationStatus({ language: 'sv', languages: [], versions: null })).toBeNull()
  })
})
