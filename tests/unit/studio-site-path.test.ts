/** @jest-environment node */
import { sitePathOf } from '@/sanity/structure/site-path'

describe('"Visa på webbplatsen"', () => {
  it.each([
    [{ _type: 'page', slug: { current: 'for-dig-som-vill-sluta' } }, '/for-dig-som-vill-sluta'],
    [{ _type: 'page', language: 'sv', slug: { current: 'lagen' } }, '/lagen'],
    [{ _type: 'page', language: 'en', slug: { current: 'the-law' } }, '/en/the-law'],
    [{ _type: 'page', language: 'lattlast', slug: { current: 'lagen' } }, '/lattlast/lagen'],
    [{ _type: 'settings' }, '/'],
    [{ _type: 'accessibilityStatement' }, '/tillganglighet'],
    [{ _type: 'helpLink' }, '/hjalp'],
    [{ _type: 'shortLink', path: '/affisch' }, '/affisch'],
  ])('opens %j at %s', (document, path) => {
    expect(sitePathOf(document)).toBe(path)
  })

  it.each([{ _type: 'page' }, { _type: 'page', slug: {} }, { _type: 'organisation' }, { _type: 'shortLink' }])(
    'is not offered for %j, which has no address of its own',
    (document) => {
      expect(sitePathOf(document)).toBeNull()
    },
  )
})
