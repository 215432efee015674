import '@testing-library/jest-dom'
import { screen } from '@testing-library/react'

import { recordWarnings, renderSections } from '@/tests/helpers/sections'
import { sections } from '@/tests/unit/fixtures/site-content'

const english = { id: 'en', title: 'Engelska', htmlLang: 'en', hreflang: 'en', linkText: 'In English' }

// Content problems are logged; these tests look at what is shown.
recordWarnings()

describe('helpLinksSection', () => {
  it('lists the help links with their ways of contact, and links to the help page', () => {
    renderSections([sections.helpLinks])
    expect(screen.getByRole('heading', { level: 2, name: 'Här kan du få stöd' })).toBeInTheDocument()
    const names = screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)
    expect(names).toEqual(['Kvinnofridslinjen', 'PrevenTell'])
    expect(screen.getByRole('link', { name: '020-50 50 50' })).toHaveAttribute('href', 'tel:020505050')
    expect(screen.getByText('Syns inte på telefonräkningen')).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Alla stödtjänster' })).toHaveAttribute('href', '/hjalp')
  })

  it('never shows a channel nobody has checked, only the organisation’s web address', () => {
    renderSections([sections.helpLinks])
    expect(screen.queryByText('020-66 77 88')).not.toBeInTheDocument()
    expect(screen.queryByRole('link', { name: 'info@example.se' })).not.toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'karolinska.se' })).toHaveAttribute('href', 'https://www.karolinska.se')
  })

  it('links an audience section to that audience’s help page', () => {
    renderSections([{ ...sections.helpLinks, mode: 'audience', audience: 'relatives' }])
    expect(screen.getByRole('link', { name: 'Alla stödtjänster: Närstående' })).toHaveAttribute(
      'href',
      '/hjalp/narstaende',
    )
  })

  it('speaks the page’s language: English labels and addresses, the Swedish facts marked as Swedish', () => {
    renderSections([{ ...sections.helpLinks, mode: 'audience', audience: 'relatives' }], english)
    expect(screen.getByRole('link', { name: 'All support services: Family and friends' })).toHaveAttribute(
      'href',
      '/en/hjalp/narstaende',
    )
    expect(screen.getByRole('list', { name: 'How to reach Kvinnofridslinjen' })).toBeInTheDocument()
    expect(screen.getByText('Syns inte på telefonräkningen').closest('[lang]')).toHaveAttribute('lang', 'sv')
    expect(screen.queryByText(/Ring|Gäller|Alla stödtjänster/)).not.toBeInTheDocument()
  })
})
