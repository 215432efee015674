import '@testing-library/jest-dom'
import { render, screen, within } from '@testing-library/react'

import { HelpPageView } from '@/components/help/HelpPageView'
import { HelpLinkList } from '@/components/help/HelpLinkList'
import { agesText, helpLinksSchema, linksFor, municipalityName } from '@/lib/content/help-links'
import { audienceFilterBySlug, audienceFilters } from '@/vocabulary/help-audiences'
import { pageLanguageOf } from '@/lib/content/languages'
import { DEFAULT_LANGUAGE } from '@/vocabulary/languages'

import { checkedHelpLink, everyoneHelpLink, uncheckedHelpLink } from './fixtures/site-content'

const swedish = pageLanguageOf(DEFAULT_LANGUAGE)
const links = helpLinksSchema.parse([checkedHelpLink, uncheckedHelpLink, everyoneHelpLink])

function renderHelpPage(slug: string | null) {
  const filter = slug ? audienceFilterBySlug(slug)! : null
  return render(
    <HelpPageView
      title="Hjälp och stöd"
      intro="Här finns stöd."
      filter={filter}
      links={filter ? linksFor(links, filter.audience) : links}
      total={links.length}
      language={swedish}
    />,
  )
}

/** The card of the help link with this name. */
const cardOf = (name: string) => screen.getByRole('heading', { name }).closest('li')!

const listedNames = () => screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)

describe('narrowing the help list by audience', () => {
  it('has one page per audience, each at its own address under /hjalp', () => {
    expect(audienceFilters.map((filter) => filter.href)).toEqual([
      '/hjalp/du-som-koper-sex',
      '/hjalp/du-som-saljer-sex',
      '/hjalp/narstaende',
      '/hjalp/yrkesverksamma',
    ])
  })

  it('lists every help link on /hjalp and marks "Alla" as the current choice', () => {
    renderHelpPage(null)
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Hjälp och stöd')
    expect(listedNames()).toEqual(['Kvinnofridslinjen', 'PrevenTell', '1177 Vårdguiden'])
    const filter = screen.getByRole('navigation', { name: 'Visa stöd för' })
    expect(within(filter).getByRole('link', { name: 'Alla' })).toHaveAttribute('aria-current', 'page')
    expect(screen.getByText('Visar alla 3 stödtjänster.')).toBeInTheDocument()
  })

  it('shows an audience the links meant for it and those meant for everyone, and marks the choice', () => {
    renderHelpPage('narstaende')
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Hjälp och stöd: Närstående')
    expect(listedNames()).toEqual(['Kvinnofridslinjen', '1177 Vårdguiden'])
    const filter = screen.getByRole('navigation', { name: 'Visa stöd för' })
    expect(within(filter).getByRole('link', { name: 'Närstående' })).toHaveAttribute('aria-current', 'page')
    expect(within(filter).getByRole('link', { name: 'Alla' })).not.toHaveAttribute('aria-current')
    expect(screen.getByText('Visar 2 av 3 stödtjänster.')).toBeInTheDocument()
  })

  it('uses plain links for the choices, so narrowing works without JavaScript', () => {
    renderHelpPage('du-som-koper-sex')
    const filter = screen.getByRole('navigation', { name: 'Visa stöd för' })
    expect(
      within(filter)
        .getAllByRole('link')
        .map((link) => link.getAttribute('href')),
    ).toEqual([
      '/hjalp',
      '/hjalp/du-som-koper-sex',
      '/hjalp/du-som-saljer-sex',
      '/hjalp/narstaende',
      '/hjalp/yrkesverksamma',
    ])
    expect(listedNames()).toEqual(['PrevenTell', '1177 Vårdguiden'])
  })

  it('says so when an audience has no help links', () => {
    render(
      <HelpPageView
        title="Hjälp och stöd"
        intro={null}
        filter={audienceFilters[3]}
        links={[]}
        total={3}
        language={swedish}
      />,
    )
    expect(screen.getByText(/Just nu finns inga stödtjänster här/)).toBeInTheDocument()
  })
})

describe('help links as visitors see them', () => {
  it('shows contact channels only when a named person has checked the link', () => {
    const [checked, unchecked] = links
    expect(checked.channels.map((channel) => channel.kind)).toEqual(['phone', 'web'])
    expect(checked.fallback).toBeNull()
    expect(unchecked.channels).toEqual([])
    expect(unchecked.fallback).toEqual({ href: 'https://www.karolinska.se', label: 'karolinska.se' })
  })

  it('points an unchecked link to its organisation with a neutral sentence, and lists no channel', () => {
    render(<HelpLinkList links={[links[1]]} headingLevel="h2" language={swedish} />)
    const card = cardOf('PrevenTell')
    expect(within(card).queryByRole('list', { name: /Så når du/ })).not.toBeInTheDocument()
    expect(card).toHaveTextContent('Kontaktuppgifter finns på karolinska.se.')
    expect(within(card).getByRole('link', { name: 'karolinska.se' })).toHaveAttribute(
      'href',
      'https://www.karolinska.se',
    )
    expect(card).not.toHaveTextContent('020-66 77 88')
    expect(card).not.toHaveTextContent('info@example.se')
  })

  it('names the organisation when an unchecked link has no web address', () => {
    const [link] = helpLinksSchema.parse([{ ...uncheckedHelpLink, providerUrl: null, provider: 'Anova' }])
    render(<HelpLinkList links={[link]} headingLevel="h2" language={swedish} />)
    expect(cardOf('PrevenTell')).toHaveTextContent('Kontaktuppgifter finns hos Anova.')
  })

  it('shows a checked contact form and booking page as channels beside the phone', () => {
    const [link] = helpLinksSchema.parse([
      {
        ...checkedHelpLink,
        channels: [
          ...checkedHelpLink.channels,
          {
            ...checkedHelpLink.channels[1],
            _key: 'f',
            _type: 'formChannel',
            url: 'https://example.se/skriv',
            label: null,
          },
          {
            ...checkedHelpLink.channels[1],
            _key: 'b',
            _type: 'bookingChannel',
            url: 'https://example.se/boka',
            label: 'Boka samtal',
          },
        ],
      },
    ])
    render(<HelpLinkList links={[link]} headingLevel="h2" language={swedish} />)
    const channels = screen.getByRole('list', { name: 'Så når du Kvinnofridslinjen' })
    expect(within(channels).getByText('Kontaktformulär')).toBeInTheDocument()
    expect(within(channels).getByRole('link', { name: 'example.se' })).toHaveAttribute(
      'href',
      'https://example.se/skriv',
    )
    expect(within(channels).getByText('Boka tid')).toBeInTheDocument()
    expect(within(channels).getByRole('link', { name: 'Boka samtal' })).toHaveAttribute(
      'href',
      'https://example.se/boka',
    )
  })

  it('shows a phone number written past the Studio in the one format', () => {
    const pasted = { ...checkedHelpLink.channels[0], number: '+46 20–50 50 50 ' }
    const [link] = helpLinksSchema.parse([{ ...checkedHelpLink, channels: [pasted] }])
    expect(link.channels[0]).toMatchObject({ kind: 'phone', number: '020-50 50 50', href: 'tel:020505050' })
  })

  it('states each channel’s facts in the exact wording', () => {
    expect(links[0].channels[0].facts).toEqual(['Kostnadsfritt', 'Du kan vara anonym', 'Syns inte på telefonräkningen'])
  })

  it('says where a service is offered: the country, online only, or named regions and municipalities', () => {
    expect(links[0].area).toBe('Hela Sverige')
    expect(links[1].area).toBe('Värmland och Karlstads kommun')
    const area = (value: unknown) => helpLinksSchema.parse([{ ...checkedHelpLink, area: value }])[0].area
    expect(area({ scope: 'digital', regions: null, municipalities: null })).toBe('Bara digitalt')
    expect(area({ scope: 'local', regions: null, municipalities: ['Stockholm', 'Göteborg'] })).toBe(
      'Stockholms kommun och Göteborgs kommun',
    )
    expect(area({ scope: 'local', regions: ['skane', 'okand'], municipalities: ['Malmö'] })).toBe(
      'Skåne och Malmö kommun',
    )
  })

  it('states age limits, languages and whether an interpreter is available', () => {
    expect(agesText({ min: 13, max: 25 })).toBe('13–25 år')
    expect(agesText({ min: 18, max: null })).toBe('18 år och äldre')
    expect(agesText({ min: null, max: 25 })).toBe('Upp till 25 år')
    expect(agesText(null)).toBeNull()
    expect(links[0]).toMatchObject({ languages: 'svenska och engelska', interpreter: 'Tolk finns' })
    render(<HelpLinkList links={[links[0], links[1]]} headingLevel="h2" language={swedish} />)
    const [first, second] = [cardOf('Kvinnofridslinjen'), cardOf('PrevenTell')]
    expect(first).toHaveTextContent('Språk: svenska och engelska')
    expect(first).toHaveTextContent('Tolk finns')
    expect(first).not.toHaveTextContent('Ålder')
    expect(second).toHaveTextContent('Ålder: 18 år och äldre')
    expect(second).toHaveTextContent('Gäller: Värmland och Karlstads kommun')
  })

  it('names municipalities the way they name themselves', () => {
    expect(
      ['Karlstad', 'Kil', 'Årjäng', 'Grums', 'Hagfors', 'Sunne', 'Torsby', 'Hammarö'].map(municipalityName),
    ).toEqual([
      'Karlstads kommun',
      'Kils kommun',
      'Årjängs kommun',
      'Grums kommun',
      'Hagfors kommun',
      'Sunne kommun',
      'Torsby kommun',
      'Hammarö kommun',
    ])
  })

  it('skips a help link without a name and logs it, keeping the others', () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => {})
    const parsed = helpLinksSchema.parse([{ ...checkedHelpLink, name: null }, everyoneHelpLink])
    expect(parsed.map((link) => link.name)).toEqual(['1177 Vårdguiden'])
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('help link skipped: name'))
    warn.mockRestore()
  })
})
