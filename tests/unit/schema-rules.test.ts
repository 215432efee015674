/** @jest-environment node */
import { normalizePhone, phoneProblem } from '@/vocabulary/phone'
import { TRICKY_TARGETS } from '@/tests/helpers/redirect-targets'
import { findRedirectLoop, routePath, slugify } from '@/sanity/schemaTypes/rules/paths'
import {
  CHECKING_NOTE,
  channelChange,
  channelFingerprint,
  checkClearedMessage,
  staleBefore,
  checkPeriods,
  verificationState,
} from '@/sanity/schemaTypes/rules/verification'
import { externalUrlProblem, shortLinkPathProblem, sitePathProblem, slugFormatProblem } from '@/vocabulary/paths'

describe('Swedish phone numbers', () => {
  it.each(
    [
      ['112', '112'],
      ['1177', '1177'],
      ['114 14', '114 14'],
      ['11414', '11414'],
      ['020-50 50 50', '020-50 50 50'],
      ['08-123 45 67', '08-123 45 67'],
      ['0771-11 22 33', '0771-11 22 33'],
      ['a trailing space', '020-50 50 50 ', '020-50 50 50'],
      ['an en dash pasted from Word', '020–50 50 50', '020-50 50 50'],
      ['an em dash, a minus sign and non-breaking spaces', '\u00a0070\u2014123\u00a045 67', '070-123 45 67'],
      ['spaces only', '070 123 45 67', '070-123 45 67'],
      ['spaces around the dash and doubled', '054 - 540  00 00', '054-540 00 00'],
      ['+46', '+46 8 123 45 67', '08-123 45 67'],
      ['+46 with (0)', '+46 (0)8-123 45 67', '08-123 45 67'],
      ['+46 without spaces', '+4681234567', '08-123 45 67'],
      ['0046', '0046 20 50 50 50', '020-50 50 50'],
      ['a mobile number without spaces', '0701234567', '070-123 45 67'],
    ].map((row) => (row.length === 2 ? [row[0], row[0], row[1]] : row)),
  )('accepts %s and stores it in one format', (_why, input, stored) =>
    expect(normalizePhone(input)).toEqual({ number: stored }),
  )

  it.each([
    ['no digits', 'ring oss', /bara innehålla siffror/],
    ['a URI', 'tel:112', /bara innehålla siffror/],
    ['too short', '12', /för få siffror \(2\)/],
    ['a short number with a dash', '123-45', /kort nummer skrivs utan bindestreck/],
    ['a foreign country code', '+47 22 12 34 56', /Bara svenska nummer/],
    ['too few digits', '08-12 34', /för få siffror \(6\)/],
    ['too many digits', '070-123 45 67 89', /för många siffror \(12\)/],
    ['the area code without its leading 0', '8-123 45 67', /Riktnumret ska börja med 0/],
    ['an area code that cannot be told from the digits', '0541234567', /bindestreck eller mellanslag efter riktnumret/],
    ['an area code too long', '05412-34 56', /Riktnumret "05412"/],
  ])('refuses %s (%s), saying what is wrong and giving an example', (_why, input, problem) => {
    const message = phoneProblem(input)
    expect(message).toMatch(problem)
    expect(message).toMatch(/till exempel/)
  })
})

describe('slugify', () => {
  it('turns Swedish titles into plain addresses', () => {
    expect(slugify('Varför är köp av sex ett brott?')).toBe('varfor-ar-kop-av-sex-ett-brott')
    expect(slugify('  Åtta ÖLÄNDSKA tips!  ')).toBe('atta-olandska-tips')
  })

  it('keeps within 60 characters and never ends with a hyphen', () => {
    const slug = slugify('Det här är en mycket lång rubrik som fortsätter och fortsätter utan att ta slut')
    expect(slug.length).toBeLessThanOrEqual(60)
    expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
  })

  it('produces slugs that the slug rule accepts', () => {
    expect(slugFormatProblem(slugify('För dig som vill sluta köpa sex'))).toBeUndefined()
  })
})

describe('page slug format', () => {
  it.each(['for-anhoriga', 'om-kakor-2025', 'a'])('accepts %s', (slug) =>
    expect(slugFormatProblem(slug)).toBeUndefined(),
  )

  it.each([
    ['capitals and å, ä, ö', 'För-anhöriga', /små bokstäver/],
    ['a space', 'for anhoriga', /små bokstäver/],
    ['a double hyphen', 'for--anhoriga', /små bokstäver/],
    ['a leading hyphen', '-anhoriga', /små bokstäver/],
    ['a slash', 'hjalp/anhoriga', /små bokstäver/],
    ['a reserved route', 'hjalp', /"\/hjalp" används redan av webbplatsen/],
    ['the Studio', 'studio', /används redan av webbplatsen/],
    ['61 characters', 'a'.repeat(61), /högst 60 tecken/],
  ])('refuses %s', (_why, slug, message) => expect(slugFormatProblem(slug)).toMatch(message))
})

describe('short-link path format', () => {
  it.each(['/affisch', '/qr/buss-1', '/2025'])('accepts %s', (path) =>
    expect(shortLinkPathProblem(path)).toBeUndefined(),
  )

  it.each([
    ['no leading slash', 'affisch', /börja med snedstreck/],
    ['a trailing slash', '/affisch/', /snedstrecket i slutet/],
    ['only a slash', '/', /ett ord efter snedstrecket/],
    ['capitals', '/Affisch', /små bokstäver/],
    ['an empty segment', '//affisch', /små bokstäver/],
    ['a query', '/affisch?utm=1', /små bokstäver/],
    ['a reserved route', '/hjalp', /används redan av webbplatsen/],
    ['a path under a reserved route', '/studio/x', /används redan av webbplatsen/],
  ])('refuses %s', (_why, path, message) => expect(shortLinkPathProblem(path)).toMatch(message))
})

describe('addresses on other websites (short links)', () => {
  it.each(['https://www.1177.se', 'https://www.1177.se/sv/varmland/?a=1#b'])('accepts %s', (url) =>
    expect(externalUrlProblem(url)).toBeUndefined(),
  )

  it.each([
    ['plain http', 'http://www.1177.se', /https:\/\//],
    ['a path', '/hjalp', /https:\/\//],
    ['javascript:', 'javascript:alert(1)', /https:\/\//],
    ['a user name that hides the host', 'https://www.1177.se@evil.example/', /användarnamn/],
    ['a newline', 'https://www.1177.se/\nLocation: https://evil.example', /osynliga tecken/],
  ])('refuses %s', (_why, url, message) => expect(externalUrlProblem(url)).toMatch(message))
})

describe('paths on the site', () => {
  it.each(['/hjalp', '/hjalp/anhoriga', '/hjalp#kvinnofridslinjen', '/'])('accepts %s', (path) =>
    expect(sitePathProblem(path)).toBeUndefined(),
  )

  it.each([
    ['no leading slash', 'hjalp', /börja med snedstreck/],
    ['a protocol-relative address that leaves the site', '//example.com', /bara börja med ett snedstreck/],
    ['a space', '/hjalp anhoriga', /mellanslag/],
    ['a backslash after the slash', '/\\evil.example', /bara börja med ett snedstreck/],
    ['a tab, which browsers drop', '/\t/evil.example', /osynliga tecken/],
    ['a backslash inside', '/hjalp\\anhoriga', /omvända/],
    ['a dot segment that leaves "//"', '/.//evil.example', /\/\.\//],
    ['an encoded dot segment', '/%2e%2e/hjalp', /kodade/],
    ['an encoded slash', '/hjalp%2Fanhoriga', /kodade/],
    ['two slashes inside', '/hjalp//anhoriga', /två snedstreck/],
    ['å, ä or ö', '/hjälp', /å, ä, ö/],
  ])('refuses %s', (_why, path, message) => expect(sitePathProblem(path)).toMatch(message))

  it('accepts a query, which stays on the site', () => {
    expect(sitePathProblem('/hjalp?visa=1&ort=karlstad')).toBeUndefined()
  })

  it.each(TRICKY_TARGETS.map((target) => [JSON.stringify(target), target]))(
    'refuses the redirect trick %s',
    (_shown, target) => expect(sitePathProblem(target)).toEqual(expect.any(String)),
  )

  it('compares routes without query, fragment or trailing slash', () => {
    expect(routePath('/hjalp/?a=1')).toBe('/hjalp')
    expect(routePath('/hjalp#anhoriga')).toBe('/hjalp')
    expect(routePath('/')).toBe('/')
  })
})

describe('redirect loops', () => {
  it('finds a short link that leads back to itself through another', () => {
    expect(
      findRedirectLoop(
        '/a',
        new Map([
          ['/a', '/b'],
          ['/b', '/a'],
        ]),
      ),
    ).toEqual(['/a', '/b', '/a'])
  })

  it('finds a loop further down the chain', () => {
    expect(
      findRedirectLoop(
        '/a',
        new Map([
          ['/a', '/b'],
          ['/b', '/c'],
          ['/c', '/b'],
        ]),
      ),
    ).toEqual(['/a', '/b', '/c', '/b'])
  })

  it('lets a chain that ends at a page through', () => {
    expect(
      findRedirectLoop(
        '/a',
        new Map([
          ['/a', '/b'],
          ['/b', '/for-anhoriga'],
        ]),
      ),
    ).toBeUndefined()
  })
})

describe('help-link verification', () => {
  const today = new Date('2025-06-15T10:00:00Z')

  it('counts checks older than six months as stale, unless the settings set another period', () => {
    expect(staleBefore(today)).toBe('2024-12-15')
    expect(verificationState(undefined, today)).toBe('unchecked')
    expect(verificationState('2024-12-14', today)).toBe('stale')
    expect(verificationState('2024-12-15', today)).toBe('checked')
    expect(verificationState('2025-03-01', today)).toBe('checked')
    expect(staleBefore(today, 12)).toBe('2024-06-15')
    expect(verificationState('2024-12-14', today, 12)).toBe('checked')
  })

  it('takes the periods from the settings, and the defaults for what is unset or not a whole number of months', () => {
    expect(checkPeriods(null)).toEqual({ helpLinkMonths: 6, legalReviewMonths: 12 })
    expect(checkPeriods({ helpLinkMonths: 3, legalReviewMonths: 0 })).toEqual({
      helpLinkMonths: 3,
      legalReviewMonths: 12,
    })
    expect(checkPeriods({ helpLinkMonths: 2.5, legalReviewMonths: 24 })).toEqual({
      helpLinkMonths: 6,
      legalReviewMonths: 24,
    })
  })
})

describe('notes about checking, which visitors must not read', () => {
  it.each([
    'Vi har inte kontrollerat kontaktuppgifterna ännu.',
    'Kontaktuppgifterna är inte kontrollerade ännu, så vi visar bara städernas webbplatser.',
    'Numret är inte kontrollerat ännu.',
    'Ej kontrollerad',
    'Kontrollerad 2026-11-28',
    'Kontrollerad av Projektgruppen, enligt projektets faktaunderlag (domain.md)',
  ])('finds "%s"', (text) => expect(CHECKING_NOTE.test(text)).toBe(true))

  it.each([
    'Om du tror att någon kontrollerar dig kan du ringa Kvinnofridslinjen.',
    'Ändra inte i texterna. De är kontrollerade mot lagen.',
    'Stöd i Malmö för dig som säljer sex eller har gjort det.',
  ])('leaves "%s" alone', (text) => expect(CHECKING_NOTE.test(text)).toBe(false))
})

describe('a check that stops being true', () => {
  const phone = { _key: 'tel', _type: 'phoneChannel', number: '020-50 50 50', openingHours: 'Dygnet runt' }
  const web = { _key: 'web', _type: 'webChannel', url: 'https://kvinnofridslinjen.se' }
  const checked = channelFingerprint([phone, web])

  it('notices a changed number, address, opening hours or facts, and says which', () => {
    expect(channelChange(checked, channelFingerprint([{ ...phone, number: '020-50 50 51' }, web]))).toBe(
      'telefonnumret ändrades',
    )
    expect(
      channelChange(checked, channelFingerprint([{ ...phone, openingHours: 'Vardagar 9–16', facts: ['free'] }, web])),
    ).toBe('öppettiderna och "Bra att veta" ändrades')
    expect(channelChange(checked, channelFingerprint([phone]))).toBe('en kontaktväg togs bort')
    expect(
      channelChange(
        checked,
        channelFingerprint([phone, web, { _key: 'mail', _type: 'emailChannel', address: 'a@b.se' }]),
      ),
    ).toBe('en ny kontaktväg lades till')
  })

  it('ignores what a check does not cover: the order of the channels', () => {
    expect(channelFingerprint([web, phone])).toBe(checked)
  })

  it('tells the editor why the check was cleared and what to do', () => {
    expect(checkClearedMessage('telefonnumret ändrades', '2026-12-03')).toMatch(
      /^Kontrollen togs bort 2026-12-03 eftersom telefonnumret ändrades\. Kontrollera uppgifterna hos tjänsten/,
    )
  })
})
