/** @jest-environment node */
import { withQuery } from '@/lib/content/routes'
import { brokenShortLinkIds, missingTargetProblem, type SiteAddresses } from '@/sanity/schemaTypes/rules/paths'

/**
 * Short links as a poster's reader meets them: the query string of a QR code survives the
 * redirect, and a short link never leads to "Sidan finns inte" (the Studio refuses such a target,
 * and lists a published short link whose target has gone).
 */

describe('the query string on a redirect', () => {
  it.each([
    ['/vecka', '', '/vecka'],
    ['/vecka', '?', '/vecka'],
    ['/vecka', '?utm_source=affisch', '/vecka?utm_source=affisch'],
    ['/hjalp?visa=1', '?utm_source=affisch', '/hjalp?visa=1&utm_source=affisch'],
    ['/hjalp?', '?utm_source=affisch', '/hjalp?utm_source=affisch'],
    ['/hjalp#stod', '?utm_source=affisch', '/hjalp?utm_source=affisch#stod'],
    ['/hjalp?visa=1#stod', '?a=1&b=2', '/hjalp?visa=1&a=1&b=2#stod'],
    ['https://www.1177.se/', '?utm_source=affisch', 'https://www.1177.se/?utm_source=affisch'],
  ])('%s with %p becomes %s', (destination, search, expected) => {
    expect(withQuery(destination, search)).toBe(expected)
  })

  it('never moves the destination to another origin', () => {
    for (const search of ['?//evil.example', '?\\\\evil.example', '?@evil.example', '?x=https://evil.example']) {
      const location = new URL(withQuery('/hjalp', search), 'https://somligatror.se')
      expect(location.origin).toBe('https://somligatror.se')
      expect(location.pathname).toBe('/hjalp')
    }
  })
})

const addresses: SiteAddresses = {
  publishedSlugs: new Set(['vecka', 'for-anhoriga']),
  draftSlugs: new Set(['ny-sida']),
  shortLinks: new Set(['/affisch', '/qr/buss']),
}

describe('where a short link may lead on the site', () => {
  it.each([
    '/',
    '/hjalp',
    '/hjalp/narstaende',
    '/tillganglighet',
    '/vecka',
    '/vecka?utm_source=affisch',
    '/vecka/',
    '/for-anhoriga#stod',
    '/affisch',
    '/qr/buss',
    '/api/files/affisch.pdf',
  ])('accepts %s', (path) => {
    expect(missingTargetProblem(path, addresses)).toBeUndefined()
  })

  it.each(['/finns-inte', '/hjalp/okand-grupp', '/vecka/extra', '/VECKA', '/qr/tag'])(
    'refuses %s, where there is no page, and says what visitors would meet',
    (path) => {
      expect(missingTargetProblem(path, addresses)).toMatch(/^Det finns ingen sida på \/.*"Sidan finns inte"/)
    },
  )

  it('refuses a page only a draft has, and says to publish it first', () => {
    expect(missingTargetProblem('/ny-sida', addresses)).toBe(
      'Sidan /ny-sida är inte publicerad än. Publicera sidan först och sedan kortlänken, annars möts besökarna av "Sidan finns inte".',
    )
  })
})

describe('published short links whose target has gone', () => {
  it('lists a page that is gone or unpublished, a path that leads nowhere, and nothing else', () => {
    const links = [
      { _id: 'to-page', destination: { type: 'page', pageSlug: 'vecka' } },
      { _id: 'to-gone-page', destination: { type: 'page', pageSlug: null } },
      { _id: 'to-path', destination: { type: 'path', path: '/hjalp' } },
      { _id: 'to-draft-page', destination: { type: 'path', path: '/ny-sida' } },
      { _id: 'to-nowhere', destination: { type: 'path', path: '/finns-inte' } },
      { _id: 'to-nothing', destination: { type: 'path' } },
      { _id: 'elsewhere', destination: { type: 'url' } },
      { _id: 'no-destination', destination: null },
    ]
    expect(brokenShortLinkIds(links, addresses)).toEqual(['to-gone-page', 'to-draft-page', 'to-nowhere', 'to-nothing'])
  })
})
