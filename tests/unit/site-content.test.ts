/** @jest-environment node */
import { accessibilityStatementSchema } from '@/lib/content/accessibility'
import { linkSchema, navLinksSchema } from '@/lib/content/common'
import { fileHref, fileUpstreamUrl, formatFileSize } from '@/lib/content/files'
import { toContentImage } from '@/lib/content/image'
import { pageSchema } from '@/lib/content/page'
import { routesSchema, shortLinksSchema } from '@/lib/content/routes'
import { securityTxtSchema, securityTxtText } from '@/lib/content/security-txt'
import { FALLBACK_SETTINGS } from '@/lib/content/fallback'
import { settingsSchema } from '@/lib/content/settings'

import { image, pageRef, sections } from './fixtures/site-content'

let warn: jest.SpyInstance
beforeEach(() => {
  warn = jest.spyOn(console, 'warn').mockImplementation(() => {})
})
afterEach(() => warn.mockRestore())

describe('links', () => {
  const link = (fields: object) => linkSchema.parse({ linkType: null, path: null, url: null, page: null, ...fields })

  it('leads to a page by its slug, and to the start page at /', () => {
    expect(link({ linkType: 'page', page: pageRef('hjalpen') })).toEqual({ href: '/hjalpen' })
    expect(link({ linkType: 'page', page: pageRef('start', true) })).toEqual({ href: '/' })
  })

  it('accepts paths on the site but not ones that would leave it', () => {
    expect(link({ linkType: 'path', path: '/hjalp/anhoriga' })?.href).toBe('/hjalp/anhoriga')
    expect(link({ linkType: 'path', path: '//evil.example' })).toBeNull()
    expect(link({ linkType: 'path', path: 'hjalp' })).toBeNull()
  })

  it('accepts web, e-mail and phone addresses, and nothing that runs code', () => {
    expect(link({ linkType: 'url', url: 'https://1177.se' })).toEqual({ href: 'https://1177.se' })
    expect(link({ linkType: 'url', url: 'tel:1177' })?.href).toBe('tel:1177')
    expect(link({ linkType: 'url', url: 'mailto:a@b.se' })?.href).toBe('mailto:a@b.se')
    expect(link({ linkType: 'url', url: 'javascript:alert(1)' })).toBeNull()
    expect(link({ linkType: 'url', url: 'data:text/html,hi' })).toBeNull()
  })

  it('drops menu links that lead nowhere or have no label, and logs them', () => {
    const links = navLinksSchema.parse([
      { _key: 'a', label: 'Hjälp', link: { linkType: 'path', path: '/hjalp', url: null, page: null } },
      { _key: 'b', label: 'Borttagen sida', link: { linkType: 'page', path: null, url: null, page: null } },
      { _key: 'c', label: '', link: { linkType: 'path', path: '/x', url: null, page: null } },
    ])
    expect(links).toEqual([{ key: 'a', label: 'Hjälp', href: '/hjalp' }])
    expect(warn).toHaveBeenCalledTimes(2)
  })
})

describe('images', () => {
  it('gives the size after cropping and keeps the hotspot in view', () => {
    const cropped = toContentImage({
      ...image,
      crop: { top: 0, bottom: 0.5, left: 0.25, right: 0.25 },
      hotspot: { x: 0.5, y: 0.25, width: 0.1, height: 0.1 },
    })
    expect(cropped).toMatchObject({
      width: 600,
      height: 400,
      objectPosition: '50% 50%',
      alt: 'Affisch med texten Somliga tror',
    })
    expect(cropped?.src).toMatch(
      /\/images\/local\/production\/0123456789abcdef0123456789abcdef01234567-1200x800\.png\?rect=300,0,600,400$/,
    )
  })

  it('gives decorative images an empty alt text, so screen readers skip them', () => {
    expect(toContentImage({ ...image, alt: null, decorative: true })?.alt).toBe('')
  })

  it('leaves out an image without alt text that is not marked decorative, and one without a file', () => {
    expect(toContentImage({ ...image, alt: '  ' })).toBeNull()
    expect(toContentImage({ ...image, asset: null })).toBeNull()
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('has no alt text'))
  })

  it('leaves out, and logs, an image whose asset id has no image address, or whose crop leaves nothing', () => {
    expect(toContentImage({ ...image, asset: { ...image.asset, _id: 'image-not-a-content-hash' } })).toBeNull()
    expect(toContentImage({ ...image, crop: { top: 0, bottom: 0, left: 0.6, right: 0.6 } })).toBeNull()
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/image-not-a-content-hash has no usable address/))
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/cropped to nothing/))
  })
})

describe('settings', () => {
  it('keeps the site usable when the settings are missing', () => {
    const settings = settingsSchema.parse(null)
    expect(settings.siteName).toBe(FALLBACK_SETTINGS.siteName)
    expect(settings.quickExit).toEqual({
      label: FALLBACK_SETTINGS.quickExitLabel,
      url: FALLBACK_SETTINGS.quickExitUrl,
      infoPages: {},
    })
    expect(settings.mainNavigation).toEqual([])
  })

  it('never lets the quick exit lead to anything but an https site', () => {
    const settings = settingsSchema.parse({
      _id: 'settings',
      quickExit: { label: 'Lämna', url: 'javascript:alert(1)', infoPage: null },
    })
    expect(settings.quickExit.url).toBe(FALLBACK_SETTINGS.quickExitUrl)
    expect(settings.quickExit.label).toBe('Lämna')
  })

  it('uses fallbacks field by field, keeping what is valid', () => {
    const settings = settingsSchema.parse({
      _id: 'settings',
      siteName: 'Somliga tror',
      organisations: [
        { _id: 'org', name: 'Polisen', url: 'https://polisen.se', role: 'sender', logo: null },
        { _id: 'broken' },
      ],
      helpPage: 'not an object',
      quickExit: { label: null, url: 'https://www.smhi.se', infoPage: pageRef('lamna-sidan-snabbt') },
    })
    expect(settings.organisations.map((organisation) => organisation.name)).toEqual(['Polisen'])
    expect(settings.helpPage.title).toBe(FALLBACK_SETTINGS.helpTitle)
    expect(settings.quickExit).toEqual({
      label: FALLBACK_SETTINGS.quickExitLabel,
      url: 'https://www.smhi.se',
      infoPages: { sv: '/lamna-sidan-snabbt' },
    })
  })
})

describe('pages', () => {
  const page = {
    _id: 'page-a',
    _updatedAt: '2026-11-28T10:00:00Z',
    title: 'Därför är det ett brott',
    slug: 'darfor-ar-det-ett-brott',
    language: 'sv',
    translations: null,
    isStartPage: false,
    lead: null,
    hero: null,
    seo: null,
    sections: [sections.belief, { _key: 'x', _type: 'unknownSection' }],
  }

  it('renders fine without any optional field, and keeps only the sections it can show', () => {
    const parsed = pageSchema.parse(page)
    expect(parsed).toMatchObject({ title: 'Därför är det ett brott', lead: null, hero: null, seo: null })
    expect(parsed?.sections.map((section) => section._type)).toEqual(['beliefSection'])
  })

  it('treats a page without a title as missing, logged, instead of failing', () => {
    expect(pageSchema.parse({ ...page, title: '' })).toBeNull()
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('page page-a cannot be shown: title'))
  })

  it('is null when there is no page', () => {
    expect(pageSchema.parse(null)).toBeNull()
  })
})

describe('routes and short links', () => {
  it('leaves out page addresses the Studio would refuse, so one bad document cannot break the build', () => {
    const routes = routesSchema.parse({
      pages: [
        { _id: 'a', _updatedAt: 'x', slug: 'hjalpen', language: 'sv', noIndex: false, isStartPage: false },
        { _id: 'b', _updatedAt: 'x', slug: 'studio', language: 'sv', noIndex: false, isStartPage: false },
        { _id: 'c', _updatedAt: 'x', slug: 'Med Mellanslag', language: 'sv', noIndex: false, isStartPage: false },
      ],
    })
    expect(routes.pages.map((page) => page.slug)).toEqual(['hjalpen'])
  })

  it('sends a short link to its page or path, permanently only when so set', () => {
    const links = shortLinksSchema.parse([
      {
        _id: 's',
        path: '/affisch',
        permanent: null,
        destination: { type: 'page', path: null, page: pageRef('material') },
      },
      { _id: 't', path: '/affisch/buss', permanent: true, destination: { type: 'path', path: '/hjalp', page: null } },
    ])
    expect([...links]).toEqual([
      ['/affisch', { destination: '/material', permanent: false }],
      ['/affisch/buss', { destination: '/hjalp', permanent: true }],
    ])
  })

  it('leaves out short links that lead nowhere, to themselves, off the site, or from a reserved path', () => {
    const links = shortLinksSchema.parse([
      { _id: 'a', path: '/a', permanent: true, destination: { type: 'page', page: null } },
      { _id: 'b', path: '/b', permanent: true, destination: { type: 'path', path: '/b' } },
      { _id: 'c', path: '/c', destination: { type: 'path', path: '//evil.example' } },
      { _id: 'd', path: '/api/x', destination: { type: 'path', path: '/hjalp' } },
      { _id: 'e' },
      { _id: 'f', path: '/f', destination: { type: 'path', path: '/hjalp' } },
    ])
    expect([...links.keys()]).toEqual(['/f'])
  })

  it('sends a short link to another website only when it is set as one, and only over https', () => {
    const links = shortLinksSchema.parse([
      { _id: 'a', path: '/a', destination: { type: 'url', url: 'https://www.1177.se' } },
      { _id: 'b', path: '/b', destination: { type: 'url', url: 'http://www.1177.se' } },
      { _id: 'c', path: '/c', destination: { type: 'url', url: 'https://www.1177.se@evil.example' } },
      { _id: 'd', path: '/d', destination: { type: 'path', path: 'https://www.1177.se', url: null } },
      { _id: 'e', path: '/e', destination: { type: 'path', path: '/.//evil.example' } },
      { _id: 'f', path: '/f', destination: { type: 'path', path: '/\\evil.example' } },
    ])
    expect([...links]).toEqual([['/a', { destination: 'https://www.1177.se/', permanent: false }]])
  })
})

describe('files', () => {
  it('serves file assets from the site itself, and only content-hash names', () => {
    expect(fileHref('file-0123456789abcdef0123456789abcdef01234567-pdf')).toBe(
      '/api/files/0123456789abcdef0123456789abcdef01234567.pdf',
    )
    expect(fileHref('file-../../etc/passwd-pdf')).toBeNull()
    expect(fileUpstreamUrl('0123456789abcdef0123456789abcdef01234567.pdf')).toMatch(
      /\/files\/local\/production\/0123456789abcdef0123456789abcdef01234567\.pdf$/,
    )
    expect(fileUpstreamUrl('..%2F..%2Fsecret.pdf')).toBeNull()
    expect(fileUpstreamUrl('0123456789abcdef0123456789abcdef01234567.exe')).toBeNull()
  })

  it('states sizes the Swedish way', () => {
    expect(formatFileSize(1_234_567)).toBe('1,2 MB')
    expect(formatFileSize(340_000)).toBe('340 kB')
    expect(formatFileSize(12)).toBe('1 kB')
  })
})

describe('the accessibility statement', () => {
  it('links to Digg for complaints even when the URL is missing', () => {
    const statement = accessibilityStatementSchema.parse({
      _id: 'accessibilityStatement',
      _updatedAt: 'x',
      title: 'Tillgänglighetsredogörelse',
      organisationName: 'Samhällsråd Värmland',
      serviceName: 'Somliga tror',
      complianceStatus: 'partial',
      intro: null,
      knownProblems: null,
      exemptions: null,
      assessmentDate: '2026-11-28',
      method: 'Självskattning.',
      lastUpdated: '2026-11-28',
      feedback: null,
      enforcementUrl: null,
    })
    expect(statement).toMatchObject({
      complianceStatus: 'partial',
      enforcementUrl: 'https://www.digg.se/tdosanmalan',
      knownProblems: [],
    })
  })

  it('is not shown when a required part is missing', () => {
    expect(accessibilityStatementSchema.parse({ _id: 'accessibilityStatement', title: 'X' })).toBeNull()
  })

  it('takes reports by e-mail, and names the authority, its organisation when none is set', () => {
    const base = {
      _id: 'accessibilityStatement',
      _updatedAt: 'x',
      title: 'Tillgänglighetsredogörelse',
      organisationName: 'Samhällsråd Värmland',
      serviceName: 'Somliga tror',
      complianceStatus: 'partial',
      assessmentDate: '2026-11-28',
      method: 'Självskattning.',
      lastUpdated: '2026-11-28',
    }
    expect(
      accessibilityStatementSchema.parse({
        ...base,
        responsibleAuthority: 'Länsstyrelsen Värmland',
        reportEmail: 'varmland@lansstyrelsen.se',
        responseTime: 'inom fem arbetsdagar',
      }),
    ).toMatchObject({ responsibleAuthority: 'Länsstyrelsen Värmland', reportEmail: 'varmland@lansstyrelsen.se' })
    // A broken address hides the e-mail link rather than the whole statement.
    expect(accessibilityStatementSchema.parse({ ...base, reportEmail: 'inte en adress' })).toMatchObject({
      responsibleAuthority: null,
      reportEmail: null,
    })
  })
})

describe('security.txt', () => {
  const fields = (securityTxt: Record<string, unknown> | null) =>
    securityTxtSchema.parse({ _id: 'settings', securityTxt })

  it('writes the contacts, the expiry at the end of that day, the policy, the languages and its own address', () => {
    const parsed = fields({
      contactEmail: 'it-sakerhet@example.se',
      contactUrl: 'https://example.se/rapportera',
      policyUrl: 'https://example.se/policy',
      expires: '2027-06-30',
    })
    expect(parsed && securityTxtText(parsed, 'https://somligatror.example')).toBe(
      [
        'Contact: mailto:it-sakerhet@example.se',
        'Contact: https://example.se/rapportera',
        'Expires: 2027-06-30T23:59:59.000Z',
        'Policy: https://example.se/policy',
        'Preferred-Languages: sv, en',
        'Canonical: https://somligatror.example/.well-known/security.txt',
        '',
      ].join('\n'),
    )
  })

  it('is missing while the settings leave it empty, as before launch, without a word in the log', () => {
    expect(fields(null)).toBeNull()
    expect(warn).not.toHaveBeenCalled()
  })

  it('is missing, and says why in the log, without a usable contact or an expiry date', () => {
    expect(fields({ contactEmail: 'inte en adress', expires: '2027-06-30' })).toBeNull()
    expect(fields({ contactUrl: 'http://example.se', expires: '2027-06-30' })).toBeNull()
    expect(fields({ contactEmail: 'it-sakerhet@example.se' })).toBeNull()
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/^\[content\] settings.securityTxt has no contact/))
  })
})
