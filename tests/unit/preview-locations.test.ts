/** @jest-environment node */
import { audienceFilters } from '@/vocabulary/help-audiences'
import { documentLocations, type LocationsQueryResult } from '@/sanity/presentation/locations'

const page = (
  id: string,
  title: string,
  slug: string,
  helpSections: LocationsQueryResult['pages'][number]['helpSections'] = [],
) => ({
  _id: id,
  title,
  slug,
  helpSections,
})

const site: LocationsQueryResult = {
  document: null,
  inFooter: false,
  startPageId: 'start',
  helpTitle: 'Hitta hjälp',
  statementTitle: 'Tillgänglighet på somligatror.se',
  pages: [
    page('om', 'Om kampanjen', 'om-kampanjen'),
    page('start', 'Somliga tror', 'somliga-tror', [{ mode: 'audience', audience: 'buyers', linkIds: null }]),
    page('narstaende', 'För närstående', 'for-narstaende', [{ mode: 'manual', audience: null, linkIds: ['linje'] }]),
    page('yrke', 'För yrkesverksamma', 'for-yrkesverksamma', [
      { mode: 'audience', audience: 'professionals', linkIds: ['linje'] },
    ]),
  ],
}

const hrefs = (state: ReturnType<typeof documentLocations>) => state?.locations?.map((location) => location.href)
const helpLink = (audiences: string[]) => ({ ...site, document: { _type: 'helpLink', audiences } })

describe('a help link', () => {
  it('shows on the pages that pick it by hand, on /hjalp and on the pages of its audiences', () => {
    const state = documentLocations('linje', 'helpLink', helpLink(['relatives']))
    expect(hrefs(state)).toEqual(['/for-narstaende', '/hjalp', '/hjalp/narstaende'])
    expect(state?.locations?.map((location) => location.title)).toEqual([
      'För närstående',
      'Hitta hjälp',
      'Hitta hjälp: Närstående',
    ])
  })

  it('shows on every page that lists its audience, and a page in audience mode ignores links picked earlier', () => {
    // The start page lists buyers' links; "narstaende" picked it by hand; "yrke" still has it among
    // its hand-picked links but lists by audience (professionals), as the site does.
    expect(hrefs(documentLocations('linje', 'helpLink', helpLink(['buyers'])))).toEqual([
      '/',
      '/for-narstaende',
      '/hjalp',
      '/hjalp/du-som-koper-sex',
    ])
  })

  it('shows on every audience page, and every page that lists by audience, when it is for everyone', () => {
    expect(hrefs(documentLocations('annan', 'helpLink', helpLink(['everyone'])))).toEqual([
      '/',
      '/for-yrkesverksamma',
      '/hjalp',
      ...audienceFilters.map((filter) => filter.href),
    ])
  })

  it('still shows on /hjalp when no page lists it', () => {
    expect(hrefs(documentLocations('annan', 'helpLink', helpLink([])))).toEqual(['/hjalp'])
  })
})

describe('a page', () => {
  it('shows at its own address, and the start page at /', () => {
    expect(documentLocations('om', 'page', site)).toEqual({
      locations: [{ title: 'Om kampanjen', href: '/om-kampanjen' }],
    })
    expect(documentLocations('start', 'page', site)).toEqual({ locations: [{ title: 'Somliga tror', href: '/' }] })
  })

  it('says it has no address yet when it has no slug, in the words of the field', () => {
    expect(documentLocations('ny', 'page', site)).toMatchObject({
      tone: 'caution',
      message: 'Sidan får en adress när fältet Adress är ifyllt.',
    })
  })
})

it('shows the settings on every page: campaign pages (start page first), help pages and the statement', () => {
  expect(hrefs(documentLocations('settings', 'settings', site))).toEqual([
    '/',
    '/for-narstaende',
    '/for-yrkesverksamma',
    '/om-kampanjen',
    '/hjalp',
    ...audienceFilters.map((filter) => filter.href),
    '/tillganglighet',
  ])
})

it('shows an organisation on every page when the footer names it, and nowhere otherwise', () => {
  expect(hrefs(documentLocations('polisen', 'organisation', { ...site, inFooter: true }))).toHaveLength(
    site.pages.length + 2 + audienceFilters.length,
  )
  expect(documentLocations('polisen', 'organisation', site)).toMatchObject({
    tone: 'caution',
    message: expect.stringMatching(/Inställningar/),
  })
})

it('shows the accessibility statement at /tillganglighet, and nothing for other types', () => {
  expect(documentLocations('accessibilityStatement', 'accessibilityStatement', site)).toEqual({
    locations: [{ title: 'Tillgänglighet på somligatror.se', href: '/tillganglighet' }],
  })
  expect(documentLocations('x', 'sanity.imageAsset', site)).toBeNull()
})

describe('a page in another language', () => {
  it('shows at its language’s address, and a translation of the start page at the language’s root', () => {
    const translated: LocationsQueryResult = {
      ...site,
      startPageTranslationIds: ['start-en'],
      pages: [
        ...site.pages,
        { ...page('start-en', 'Some people believe', 'start'), language: 'en' },
        { ...page('law-en', 'Why it is a crime', 'why-it-is-a-crime'), language: 'en' },
      ],
    }
    expect(hrefs(documentLocations('start-en', 'page', translated))).toEqual(['/en'])
    expect(hrefs(documentLocations('law-en', 'page', translated))).toEqual(['/en/why-it-is-a-crime'])
    expect(hrefs(documentLocations('om', 'page', translated))).toEqual(['/om-kampanjen'])
  })
})
