import '@testing-library/jest-dom'
import { screen } from '@testing-library/react'

import { recordWarnings, renderSections } from '@/tests/helpers/sections'
import { sections } from '@/tests/unit/fixtures/site-content'

// Content problems are logged; these tests look at what is shown.
recordWarnings()

describe('beliefSection', () => {
  it('puts "Somliga tror" before the belief and "Men" before the answer, with its source', () => {
    renderSections([sections.belief])
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Somliga tror att straffet bara är böter.')
    expect(screen.getByText(/straffet är fängelse i högst ett år/)).toHaveTextContent(/^Men straffet är fängelse/)
    expect(screen.getByRole('link', { name: 'Brottsbalken 6 kap. 11 §' })).toHaveAttribute(
      'href',
      'https://www.riksdagen.se/brottsbalken',
    )
    expect(screen.getByText(/hämtad 1 juli 2025/)).toBeInTheDocument()
  })

  it('shows the source without a link when it has no URL', () => {
    renderSections([{ ...sections.belief, source: { publisher: 'Polisen', url: null, retrieved: null } }])
    expect(screen.getByText('Källa: Polisen')).toBeInTheDocument()
    expect(screen.queryByRole('link')).not.toBeInTheDocument()
  })

  it('puts the labels in the page’s language', () => {
    renderSections([sections.belief], {
      id: 'en',
      title: 'Engelska',
      htmlLang: 'en',
      hreflang: 'en',
      linkText: 'In English',
    })
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(/^Some people believe /)
    expect(screen.getByText(/straffet är fängelse i högst ett år/)).toHaveTextContent(/^But /)
    expect(screen.getByText(/retrieved July 1, 2025/)).toBeInTheDocument()
  })
})
