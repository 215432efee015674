/** @jest-environment node */
import { phoneProblem } from '@/vocabulary/phone'
import { CHECKING_NOTE_MESSAGE } from '@/sanity/schemaTypes/rules/verification'
import { at, validate, type Finding } from '../helpers/schema'

/**
 * Sanity's own document validation, run on documents as the Studio would hold them. Rules that
 * need the dataset (slug clashes, short-link loops) are tested against the lake in
 * tests/integration/schema-dataset.test.ts; the documents here stop before those rules query.
 */

const daysAgo = (days: number) => new Date(Date.now() - days * 24 * 60 * 60 * 1000).toISOString().slice(0, 10)
const errors = (findings: Finding[]) => findings.filter((finding) => finding.level === 'error')
const image = (fields: Record<string, unknown> = {}) => ({
  _type: 'accessibleImage',
  asset: { _type: 'reference', _ref: 'image-a1b2c3-1200x630-png' },
  ...fields,
})

function helpLink(overrides: Record<string, unknown> = {}) {
  return {
    _id: 'drafts.kvinnofridslinjen',
    _type: 'helpLink',
    name: 'Kvinnofridslinjen',
    provider: 'Nationellt centrum för kvinnofrid',
    providerUrl: 'https://nck.uu.se',
    description: 'Stöd till dig som har utsatts för våld.',
    audiences: ['sellers', 'relatives'],
    area: { scope: 'national' },
    channels: [
      { _key: 'phone', _type: 'phoneChannel', number: '020-50 50 50', facts: ['free', 'anonymous', 'notOnBill'] },
      { _key: 'web', _type: 'webChannel', url: 'https://kvinnofridslinjen.se' },
    ],
    verification: { checkedAt: daysAgo(10), checkedBy: 'Anna Andersson' },
    ...overrides,
  }
}

describe('help link', () => {
  it('accepts a complete, recently checked help link', async () => {
    expect(await validate(helpLink())).toEqual([])
  })

  it('refuses a phone number it cannot read, saying what is wrong', async () => {
    const findings = await validate(
      helpLink({ channels: [{ _key: 'phone', _type: 'phoneChannel', number: '020-50 50' }] }),
    )
    expect(at(findings, 'channels.[phone].number')).toEqual([
      { path: 'channels.[phone].number', level: 'error', message: phoneProblem('020-50 50') },
    ])
    expect(phoneProblem('020-50 50')).toMatch(/^Numret har för få siffror \(7\)/)
  })

  it('accepts a pasted phone number with an en dash and a trailing space', async () => {
    const pasted = [{ _key: 'phone', _type: 'phoneChannel', number: '020–50 50 50 ' }]
    expect(await validate(helpLink({ channels: pasted }))).toEqual([])
  })

  it('requires a phone number in a phone channel', async () => {
    const findings = await validate(helpLink({ channels: [{ _key: 'phone', _type: 'phoneChannel' }] }))
    expect(at(findings, 'channels.[phone].number')).toMatchObject([{ level: 'error', message: 'Skriv telefonnumret.' }])
  })

  it('refuses a web address without https', async () => {
    const findings = await validate(
      helpLink({ channels: [{ _key: 'web', _type: 'webChannel', url: 'http://kvinnofridslinjen.se' }] }),
    )
    expect(at(findings, 'channels.[web].url')).toMatchObject([
      { level: 'error', message: expect.stringMatching(/https:\/\//) },
    ])
  })

  it('refuses a malformed e-mail address', async () => {
    const findings = await validate(
      helpLink({ channels: [{ _key: 'mail', _type: 'emailChannel', address: 'kast(at)karlstad.se' }] }),
    )
    expect(at(findings, 'channels.[mail].address')).toMatchObject([
      { level: 'error', message: expect.stringMatching(/e-postadress/) },
    ])
  })

  it('needs at least one audience, and warns about a link without any channel', async () => {
    const findings = await validate(helpLink({ audiences: [], channels: [] }))
    expect(at(findings, 'audiences')).toMatchObject([{ level: 'error', message: 'Välj minst en målgrupp.' }])
    expect(at(findings, 'channels')).toMatchObject([
      {
        level: 'warning',
        message: 'Lägg till minst ett sätt att nå tjänsten. Till dess visas bara organisationens webbplats.',
      },
    ])
  })

  it('needs a region or a municipality only when the service is local', async () => {
    const missing = await validate(helpLink({ area: { scope: 'local' } }))
    expect(at(missing, 'area.regions')).toMatchObject([
      { level: 'error', message: 'Välj minst en region eller skriv minst en kommun.' },
    ])
    expect(await validate(helpLink({ area: { scope: 'local', municipalities: ['Malmö'] } }))).toEqual([])
    expect(await validate(helpLink({ area: { scope: 'local', regions: ['skane'] } }))).toEqual([])
    expect(await validate(helpLink({ area: { scope: 'digital' } }))).toEqual([])
  })

  it('wants a municipality by its name alone', async () => {
    const findings = await validate(helpLink({ area: { scope: 'local', municipalities: ['Malmö stad', 'karlstad'] } }))
    expect(findings.map((finding) => finding.message)).toEqual([
      'Skriv bara namnet, utan "kommun" eller "stad", till exempel Malmö.',
      'Skriv kommunens namn med stor begynnelsebokstav och bara bokstäver, till exempel Malmö eller Upplands Väsby.',
    ])
    expect(
      await validate(helpLink({ area: { scope: 'local', municipalities: ['Upplands Väsby', 'Lilla Edet'] } })),
    ).toEqual([])
  })

  it('accepts age limits in whole years, lowest first', async () => {
    expect(await validate(helpLink({ ages: { min: 13, max: 25 } }))).toEqual([])
    expect(await validate(helpLink({ ages: { min: 18 } }))).toEqual([])
    expect(await validate(helpLink({ ages: { min: 25, max: 13 } }))).toMatchObject([
      { path: 'ages', level: 'error', message: expect.stringMatching(/lägsta åldern är högre/) },
    ])
    expect(await validate(helpLink({ ages: { min: 17.5 } }))).toMatchObject([
      { path: 'ages.min', level: 'error', message: expect.stringMatching(/hela år/) },
    ])
  })

  it('accepts languages, an interpreter, a contact form and a booking page', async () => {
    const channels = [
      { _key: 'form', _type: 'formChannel', url: 'https://example.se/skriv' },
      { _key: 'book', _type: 'bookingChannel', url: 'https://example.se/boka', label: 'Boka samtal' },
    ]
    expect(await validate(helpLink({ languages: ['sv', 'ar'], interpreter: 'yes', channels }))).toEqual([])
  })

  it('needs the organisation’s web address, which visitors see until a channel is checked', async () => {
    const findings = await validate(helpLink({ providerUrl: undefined }))
    expect(at(findings, 'providerUrl')).toMatchObject([
      { level: 'error', message: 'Skriv organisationens webbadress.' },
    ])
  })

  it('tells the editor why a check was cleared, until the link is checked again', async () => {
    const clearedBecause = 'Kontrollen togs bort 2026-12-03 eftersom telefonnumret ändrades.'
    expect(await validate(helpLink({ verification: { clearedBecause } }))).toEqual([
      { path: 'verification', level: 'warning', message: clearedBecause },
    ])
  })

  it('warns when the description tells visitors about the check', async () => {
    const findings = await validate(helpLink({ description: 'Stöd i Malmö. Vi har inte kontrollerat numret ännu.' }))
    expect(findings).toEqual([{ path: 'description', level: 'warning', message: CHECKING_NOTE_MESSAGE }])
  })

  it('warns that an unchecked link shows none of its channels on the site', async () => {
    const webOnly = [{ _key: 'web', _type: 'webChannel', url: 'https://www.samtalsakuten.se' }]
    for (const channels of [undefined, webOnly]) {
      expect(await validate(helpLink({ verification: undefined, ...(channels && { channels }) }))).toEqual([
        {
          path: 'verification',
          level: 'warning',
          message: expect.stringMatching(/^Ej kontrollerad: kontaktvägarna visas inte/),
        },
      ])
    }
  })

  it('warns when the last check is older than the period in the settings, six months by default', async () => {
    const findings = await validate(
      helpLink({ verification: { checkedAt: daysAgo(200), checkedBy: 'Anna Andersson' } }),
    )
    expect(findings).toMatchObject([
      { path: 'verification', level: 'warning', message: expect.stringMatching(/mer än 6 månader/) },
    ])
  })

  it('refuses a check dated in the future, and a check without a name', async () => {
    const findings = await validate(helpLink({ verification: { checkedAt: '2999-01-01' } }))
    expect(errors(findings)).toEqual([
      { path: 'verification.checkedAt', level: 'error', message: 'Datumet kan inte vara i framtiden.' },
      { path: 'verification.checkedBy', level: 'error', message: 'Skriv vem som kontrollerade.' },
    ])
  })
})

describe('campaign page', () => {
  const page = (overrides: Record<string, unknown> = {}) => ({
    _id: 'drafts.for-anhoriga',
    _type: 'page',
    title: 'För anhöriga',
    ...overrides,
  })

  it('refuses an SEO description over 160 characters, and warns near the limit', async () => {
    const over = await validate(page({ seo: { description: 'x'.repeat(161) } }))
    expect(at(over, 'seo.description')).toEqual([
      { path: 'seo.description', level: 'error', message: 'Texten är 161 tecken. Korta den till högst 160 tecken.' },
    ])
    const near = await validate(page({ seo: { description: 'x'.repeat(155) } }))
    expect(at(near, 'seo.description')).toMatchObject([
      { level: 'warning', message: expect.stringMatching(/^155 av högst 160 tecken/) },
    ])
    expect(at(await validate(page({ seo: { description: 'x'.repeat(150) } })), 'seo.description')).toEqual([])
  })

  it('records who reviewed the page against the law, and refuses a review without a name', async () => {
    const named = await validate(
      page({ legalReview: { reviewedAt: '2026-11-01', reviewedBy: 'Anna Andersson, jurist' } }),
    )
    expect(at(named, 'legalReview.reviewedBy')).toEqual([])
    const unnamed = await validate(page({ legalReview: { reviewedAt: '2026-11-01' } }))
    expect(at(unnamed, 'legalReview.reviewedBy')).toEqual([
      { path: 'legalReview.reviewedBy', level: 'error', message: 'Skriv vem som granskade sidan.' },
    ])
  })

  it('wants the date a source was read from its web address', async () => {
    const belief = (source: Record<string, unknown>) =>
      page({
        sections: [
          { _key: 'b', _type: 'beliefSection', belief: 'att det är lagligt', answer: 'det är ett brott', source },
        ],
      })
    const undated = await validate(belief({ _type: 'source', publisher: 'Brottsbalken', url: 'https://riksdagen.se/' }))
    expect(at(undated, 'sections.[b].source.retrieved')).toMatchObject([
      { level: 'error', message: expect.stringMatching(/^Ange när uppgiften hämtades/) },
    ])
    const dated = await validate(
      belief({ _type: 'source', publisher: 'Brottsbalken', url: 'https://riksdagen.se/', retrieved: '2026-11-28' }),
    )
    expect(at(dated, 'sections.[b].source.retrieved')).toEqual([])
    // A printed source has no address to have read.
    expect(
      at(await validate(belief({ _type: 'source', publisher: 'NWT 2015' })), 'sections.[b].source.retrieved'),
    ).toEqual([])
  })

  it('refuses an SEO title over 60 characters', async () => {
    const findings = await validate(page({ seo: { title: 'x'.repeat(61) } }))
    expect(at(findings, 'seo.title')).toMatchObject([
      { level: 'error', message: expect.stringMatching(/högst 60 tecken/) },
    ])
  })

  it('refuses an image without alt text', async () => {
    const findings = await validate(page({ hero: { image: image() } }))
    expect(at(findings, 'hero.image.alt')).toMatchObject([
      { level: 'error', message: expect.stringMatching(/^Skriv en alternativ text/) },
    ])
  })

  it('refuses alt text that is too short or too long', async () => {
    const short = await validate(page({ hero: { image: image({ alt: 'ab' }) } }))
    expect(at(short, 'hero.image.alt')).toMatchObject([
      { level: 'error', message: expect.stringMatching(/minst 3 tecken/) },
    ])
    const long = await validate(page({ hero: { image: image({ alt: 'x'.repeat(251) }) } }))
    expect(at(long, 'hero.image.alt')).toMatchObject([
      { level: 'error', message: expect.stringMatching(/högst 250 tecken/) },
    ])
  })

  it('accepts an image with alt text, or one marked as decorative', async () => {
    const described = await validate(
      page({ hero: { image: image({ alt: 'En man ser ut över Klarälven i Karlstad.' }) } }),
    )
    expect(at(described, 'hero.image.alt')).toEqual([])
    const decorative = await validate(page({ hero: { image: image({ decorative: true }) } }))
    expect(at(decorative, 'hero.image.alt')).toEqual([])
  })

  it('asks for no alt text while no image is chosen', async () => {
    expect(at(await validate(page({ hero: { image: { _type: 'accessibleImage' } } })), 'hero.image.alt')).toEqual([])
  })

  it('refuses a slug with å, ä, ö or a reserved route before asking the dataset', async () => {
    const swedish = await validate(page({ slug: { _type: 'slug', current: 'för-anhöriga' } }))
    expect(at(swedish, 'slug')).toMatchObject([{ level: 'error', message: expect.stringMatching(/små bokstäver a–z/) }])
    const reserved = await validate(page({ slug: { _type: 'slug', current: 'tillganglighet' } }))
    expect(at(reserved, 'slug')).toMatchObject([
      { level: 'error', message: '"/tillganglighet" används redan av webbplatsen. Välj ett annat ord.' },
    ])
  })

  it('checks each page-builder section', async () => {
    const findings = await validate(
      page({
        sections: [
          {
            _key: 'belief',
            _type: 'beliefSection',
            belief: 'Somliga tror att det är lagligt',
            answer: 'Men det är ett brott.',
          },
          { _key: 'help', _type: 'helpLinksSection', heading: 'Här får du hjälp', mode: 'manual' },
          { _key: 'audience', _type: 'helpLinksSection', heading: 'För anhöriga', mode: 'audience' },
          {
            _key: 'faq',
            _type: 'faqSection',
            heading: 'Vanliga frågor',
            items: [
              {
                _key: 'q',
                _type: 'faqItem',
                question: 'Vad gäller?',
                answer: [{ _key: 'b', _type: 'block', children: [{ _key: 's', _type: 'span', text: ' ' }] }],
              },
            ],
          },
          { _key: 'cta', _type: 'callToActionSection', heading: 'Prata med någon' },
        ],
      }),
    )
    expect(findings.filter((finding) => finding.path.startsWith('sections'))).toEqual([
      { path: 'sections.[audience].audience', level: 'error', message: 'Välj en målgrupp.' },
      { path: 'sections.[belief].answer', level: 'warning', message: expect.stringMatching(/skriver redan "Men"/) },
      {
        path: 'sections.[belief].belief',
        level: 'warning',
        message: expect.stringMatching(/skriver redan "Somliga tror"/),
      },
      { path: 'sections.[belief].source', level: 'error', message: 'Ange var fakta i svaret kommer ifrån.' },
      { path: 'sections.[cta].link', level: 'error', message: 'Lägg till knappens text och vart den leder.' },
      { path: 'sections.[faq].items.[q].answer', level: 'error', message: 'Skriv svaret.' },
      { path: 'sections.[help].links', level: 'error', message: 'Välj minst en hjälplänk.' },
    ])
  })
})

describe('links', () => {
  const settingsWithLink = (link: Record<string, unknown>) => ({
    _id: 'drafts.settings',
    _type: 'settings',
    mainNavigation: [{ _key: 'nav', _type: 'navLink', label: 'Hjälp', link: { _type: 'link', ...link } }],
  })
  const linkFindings = async (link: Record<string, unknown>) =>
    (await validate(settingsWithLink(link))).filter((finding) => finding.path.startsWith('mainNavigation'))

  it('requires the field that matches the chosen link type', async () => {
    expect(await linkFindings({ linkType: 'url', path: '/hjalp' })).toEqual([
      { path: 'mainNavigation.[nav].link.url', level: 'error', message: 'Skriv adressen.' },
    ])
    expect(await linkFindings({ linkType: 'page' })).toEqual([
      { path: 'mainNavigation.[nav].link.page', level: 'error', message: 'Välj en sida.' },
    ])
  })

  it('accepts web, e-mail and phone addresses, and warns about unencrypted ones', async () => {
    expect(await linkFindings({ linkType: 'url', url: 'mailto:info@lansstyrelsen.se' })).toEqual([])
    expect(await linkFindings({ linkType: 'url', url: 'tel:1177' })).toEqual([])
    expect(await linkFindings({ linkType: 'url', url: 'http://www.1177.se' })).toMatchObject([
      { path: 'mainNavigation.[nav].link.url', level: 'warning' },
    ])
    expect(await linkFindings({ linkType: 'url', url: 'ftp://example.com' })).toMatchObject([
      { path: 'mainNavigation.[nav].link.url', level: 'error' },
    ])
  })

  it('refuses a site path that would leave the site', async () => {
    expect(await linkFindings({ linkType: 'path', path: '//example.com' })).toMatchObject([
      {
        path: 'mainNavigation.[nav].link.path',
        level: 'error',
        message: expect.stringMatching(/bara börja med ett snedstreck/),
      },
    ])
  })
})

describe('settings', () => {
  it('requires the start page and a quick exit to an https site, and caps the main menu at six links', async () => {
    const navLink = (key: string) => ({
      _key: key,
      _type: 'navLink',
      label: key,
      link: { _type: 'link', linkType: 'path', path: `/${key}` },
    })
    const findings = await validate({
      _id: 'drafts.settings',
      _type: 'settings',
      siteName: 'Somliga tror',
      quickExit: { label: 'Lämna sidan snabbt', url: 'http://www.smhi.se' },
      helpPage: { title: 'Här kan du få hjälp' },
      mainNavigation: ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map(navLink),
    })
    expect(findings).toEqual([
      { path: 'mainNavigation', level: 'error', message: 'Huvudmenyn får ha högst sex länkar.' },
      { path: 'quickExit.url', level: 'error', message: expect.stringMatching(/börjar med https:\/\//) },
      { path: 'startPage', level: 'error', message: 'Välj vilken kampanjsida som är startsida.' },
    ])
  })
})

describe('security.txt in the settings', () => {
  const inDays = (days: number) => new Date(Date.now() + days * 24 * 60 * 60 * 1000).toISOString().slice(0, 10)
  const securityFindings = async (securityTxt: Record<string, unknown>) =>
    (
      await validate({
        _id: 'drafts.settings',
        _type: 'settings',
        siteName: 'Somliga tror',
        quickExit: { label: 'Lämna sidan snabbt', url: 'https://www.smhi.se' },
        helpPage: { title: 'Här kan du få hjälp' },
        securityTxt,
      })
    ).filter((finding) => finding.path.startsWith('securityTxt'))

  it('accepts a contact, a policy and a date months ahead', async () => {
    expect(
      await securityFindings({
        contactEmail: 'it-sakerhet@example.se',
        policyUrl: 'https://example.se/sakerhet',
        expires: inDays(200),
      }),
    ).toEqual([])
  })

  it('warns a month before the date passes, and refuses a date that has passed', async () => {
    expect(await securityFindings({ contactEmail: 'it-sakerhet@example.se', expires: inDays(10) })).toEqual([
      { path: 'securityTxt.expires', level: 'warning', message: expect.stringMatching(/slutar gälla om 1\d dagar/) },
    ])
    expect(await securityFindings({ contactEmail: 'it-sakerhet@example.se', expires: inDays(-1) })).toEqual([
      { path: 'securityTxt.expires', level: 'error', message: expect.stringMatching(/har passerat/) },
    ])
  })

  it('needs a contact and a date once any of it is filled in, and https addresses', async () => {
    expect(await securityFindings({ policyUrl: 'http://example.se/sakerhet' })).toEqual([
      {
        path: 'securityTxt.contactEmail',
        level: 'error',
        message: expect.stringMatching(/e-postadress eller en webbsida/),
      },
      { path: 'securityTxt.expires', level: 'error', message: 'Välj till och med vilket datum uppgifterna gäller.' },
      { path: 'securityTxt.policyUrl', level: 'error', message: expect.stringMatching(/börjar med https:\/\//) },
    ])
  })
})

describe('short link', () => {
  it('refuses a path without a leading slash before asking the dataset', async () => {
    const findings = await validate({ _id: 'drafts.affisch', _type: 'shortLink', path: 'affisch' })
    expect(at(findings, 'path')).toMatchObject([
      { level: 'error', message: 'Kortlänken ska börja med snedstreck, till exempel /affisch.' },
    ])
  })

  it('refuses a destination path without a leading slash', async () => {
    const findings = await validate({
      _id: 'drafts.affisch',
      _type: 'shortLink',
      path: 'affisch',
      destination: { type: 'path', path: 'varfor-ett-brott' },
    })
    expect(at(findings, 'destination.path')).toMatchObject([
      { level: 'error', message: expect.stringMatching(/börja med snedstreck/) },
    ])
  })

  it('leads to another website only through an https address, refused like the server refuses it', async () => {
    const withUrl = (url: string) =>
      validate({ _id: 'drafts.affisch', _type: 'shortLink', path: 'affisch', destination: { type: 'url', url } })
    expect(at(await withUrl('http://www.1177.se'), 'destination.url')).toMatchObject([
      { level: 'error', message: expect.stringMatching(/börjar med https:\/\//) },
    ])
    expect(at(await withUrl('https://www.1177.se@evil.example'), 'destination.url')).toMatchObject([
      { level: 'error', message: expect.stringMatching(/användarnamn/) },
    ])
    expect(at(await withUrl('https://www.1177.se'), 'destination.url')).toEqual([])
  })

  it('refuses a destination path that a browser would read as another site', async () => {
    // Without a short-link path of its own, the check needs no dataset.
    const findings = await validate({
      _id: 'drafts.affisch',
      _type: 'shortLink',
      destination: { type: 'path', path: '/.//evil.example' },
    })
    expect(at(findings, 'destination.path')).toMatchObject([
      { level: 'error', message: expect.stringMatching(/\/\.\/ eller \/\.\.\//) },
    ])
  })

  it('needs a page when the short link leads to a page', async () => {
    const findings = await validate({
      _id: 'drafts.affisch',
      _type: 'shortLink',
      path: 'affisch',
      destination: { type: 'page' },
    })
    expect(at(findings, 'destination.page')).toEqual([
      { path: 'destination.page', level: 'error', message: 'Välj en kampanjsida.' },
    ])
  })
})

describe('accessibility statement', () => {
  const statement = (overrides: Record<string, unknown> = {}) => ({
    _id: 'drafts.accessibilityStatement',
    _type: 'accessibilityStatement',
    title: 'Tillgänglighetsredogörelse',
    organisationName: 'Länsstyrelsen Värmland',
    serviceName: 'webbplatsen Somliga tror',
    complianceStatus: 'partial',
    knownProblems: [
      { _key: 'p', _type: 'knownProblem', problem: 'Kampanjfilmen saknar syntolkning.', wcagCriterion: '1.2.5' },
    ],
    assessmentDate: '2025-05-01',
    method: 'Egen granskning.',
    lastUpdated: '2025-05-02',
    feedback: [{ _key: 'b', _type: 'block', children: [{ _key: 's', _type: 'span', text: 'Mejla oss.' }] }],
    responsibleAuthority: 'Länsstyrelsen Värmland',
    reportEmail: 'varmland@lansstyrelsen.se',
    responseTime: 'inom fem arbetsdagar',
    enforcementUrl: 'https://www.digg.se/tdosanmalan',
    ...overrides,
  })

  it('accepts a complete statement', async () => {
    expect(await validate(statement())).toEqual([])
  })

  it('warns when the status and the listed problems disagree', async () => {
    expect(await validate(statement({ complianceStatus: 'full' }))).toMatchObject([
      { path: 'complianceStatus', level: 'warning', message: expect.stringMatching(/valt "Helt förenlig"/) },
    ])
    expect(await validate(statement({ knownProblems: [] }))).toMatchObject([
      { path: 'complianceStatus', level: 'warning', message: expect.stringMatching(/Lista bristerna/) },
    ])
  })

  it('needs the responsible authority, an e-mail address for reports and a response time', async () => {
    const findings = await validate(
      statement({ responsibleAuthority: undefined, reportEmail: 'registrator(at)lst.se', responseTime: undefined }),
    )
    expect(errors(findings)).toEqual([
      {
        path: 'reportEmail',
        level: 'error',
        message: 'Skriv en giltig e-postadress, till exempel namn@lansstyrelsen.se.',
      },
      {
        path: 'responseTime',
        level: 'error',
        message: 'Skriv hur snart ni svarar, till exempel "inom fem arbetsdagar".',
      },
      { path: 'responsibleAuthority', level: 'error', message: 'Skriv vilken myndighet som ansvarar för webbplatsen.' },
    ])
  })

  it('refuses a malformed WCAG criterion and a missing way to report problems', async () => {
    const findings = await validate(
      statement({
        knownProblems: [{ _key: 'p', _type: 'knownProblem', problem: 'Låg kontrast.', wcagCriterion: '1.4' }],
        feedback: undefined,
      }),
    )
    expect(errors(findings)).toEqual([
      { path: 'feedback', level: 'error', message: 'Beskriv hur besökare kan rapportera brister.' },
      {
        path: 'knownProblems.[p].wcagCriterion',
        level: 'error',
        message: 'Skriv kriteriets nummer, till exempel 1.4.3.',
      },
    ])
  })
})
