import '@testing-library/jest-dom'
import { render, screen, within } from '@testing-library/react'

import { HelpPageView } from '@/components/help/HelpPageView'
import { helpLinksSchema, linksFor, municipalityName } from '@/lib/content/help-links'
import { audienceFilterBySlug, audienceFilters } from '@/vocabulary/help-audiences'

import { checkedHelpLink, everyoneHelpLink, uncheckedHelpLink } from './fixtures/site-content'

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
    />,
  )
}

const listedNames = () => screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)

describe('narrowing the help list by audience', () => {
  it('has one page per audience, each at its own address under /hjalp', () => {
    expect(audienceFilters.map((filter) => filter.href)).toEqual([
      '/hjalp/du-som-koper-sex',
      '/hjalp/du-som-saljer-sex',
      '/hjalp/anhoriga',
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
    renderHelpPage('anhoriga')
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Hjälp och stöd: Anhöriga')
    expect(listedNames()).toEqual(['Kvinnofridslinjen', '1177 Vårdguiden'])
    const filter = screen.getByRole('navigation', { name: 'Visa stöd för' })
    expect(within(filter).getByRole('link', { name: 'Anhöriga' })).toHaveAttribute('aria-current', 'page')
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
      '/hjalp/anhoriga',
      '/hjalp/yrkesverksamma',
    ])
    expect(listedNames()).toEqual(['PrevenTell', '1177 Vårdguiden'])
  })

  it('says so when an audience has no help links', () => {
    render(<HelpPageView title="Hjälp och stöd" intro={null} filter={audienceFilters[3]} links={[]} total={3} />)
    expect(screen.getByText(/Just nu finns inga stödtjänster här/)).toBeInTheDocument()
  })
})

describe('help links as visitors see them', () => {
  it('shows phone numbers only when someone has checked them', () => {
    const [checked, unchecked] = links
    expect(checked.channels.map((channel) => channel.kind)).toEqual(['phone', 'web'])
    expect(unchecked.channels.map((channel) => channel.kind)).toEqual(['email'])
  })

  it('states each channel’s facts in the exact wording', () => {
    expect(links[0].channels[0].facts).toEqual(['Kostnadsfritt', 'Du kan vara anonym', 'Syns inte på telefonräkningen'])
    expect(links[2].channels[0].facts).toEqual(['Samtalen spelas in', 'Antecknas i din journal'])
  })

  it('says where a service is offered', () => {
    expect(links[0].region).toBe('Hela Sverige')
    expect(links[1].region).toBe('Karlstads kommun')
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
