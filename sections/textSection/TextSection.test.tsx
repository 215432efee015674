import '@testing-library/jest-dom'
import { screen, within } from '@testing-library/react'

import { recordWarnings, renderSections } from '@/tests/helpers/sections'
import { sections } from '@/tests/unit/fixtures/site-content'

// Content problems are logged; these tests look at what is shown.
recordWarnings()

describe('textSection', () => {
  it('renders the heading and the text, with links resolved to the site and the web', () => {
    renderSections([sections.text])
    const region = screen.getByRole('region', { name: 'Vad säger lagen?' })
    expect(within(region).getByRole('link', { name: 'Läs mer om lagen.' })).toHaveAttribute(
      'href',
      '/darfor-ar-det-ett-brott',
    )
    expect(within(region).getByRole('link', { name: 'Hos riksdagen.' })).toHaveAttribute(
      'href',
      'https://www.riksdagen.se',
    )
  })

  it('renders text without a heading when there is none', () => {
    renderSections([{ ...sections.text, heading: null }])
    expect(screen.queryByRole('heading')).not.toBeInTheDocument()
    expect(screen.getByText('Läs mer om lagen.')).toBeInTheDocument()
  })

  it('keeps the words of a link that leads nowhere, without the link', () => {
    const body = [{ ...sections.text.body[0], markDefs: [{ _key: 'l1', _type: 'internalLink', page: null }] }]
    renderSections([{ ...sections.text, body }])
    expect(screen.getByText('Läs mer om lagen.')).toBeInTheDocument()
    expect(screen.queryByRole('link')).not.toBeInTheDocument()
  })

  it('never renders a javascript: link', () => {
    const body = [
      { ...sections.text.body[1], markDefs: [{ _key: 'l2', _type: 'externalLink', href: 'javascript:alert(1)' }] },
    ]
    renderSections([{ ...sections.text, body }])
    expect(screen.queryByRole('link')).not.toBeInTheDocument()
  })
})
