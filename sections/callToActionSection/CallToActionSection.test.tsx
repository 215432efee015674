import '@testing-library/jest-dom'
import { screen } from '@testing-library/react'

import { recordWarnings, renderSections } from '@/tests/helpers/sections'
import { sections } from '@/tests/unit/fixtures/site-content'

// Content problems are logged; these tests look at what is shown.
recordWarnings()

describe('callToActionSection', () => {
  it('shows the heading, the text and one link', () => {
    renderSections([sections.callToAction])
    expect(screen.getByRole('heading', { name: 'Vill du sluta?' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Så kan du få hjälp' })).toHaveAttribute('href', '/for-dig-som-vill-sluta')
  })

  it('is skipped when its link leads nowhere', () => {
    renderSections([
      { ...sections.callToAction, link: { ...sections.callToAction.link, link: { linkType: 'page', page: null } } },
    ])
    expect(screen.queryByRole('heading')).not.toBeInTheDocument()
  })
})
