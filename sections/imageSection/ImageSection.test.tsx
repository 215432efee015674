import '@testing-library/jest-dom'
import { screen } from '@testing-library/react'

import { recordWarnings, renderSections } from '@/tests/helpers/sections'
import { sections } from '@/tests/unit/fixtures/site-content'

const warnings = recordWarnings()

describe('imageSection', () => {
  it('shows the cropped image with its alt text, and the caption with the credit', () => {
    renderSections([sections.image])
    const image = screen.getByRole('img', { name: 'Två personer som pratar vid ett bord' })
    // 1200 × 800 with a quarter cut on the right and a tenth at top and bottom.
    expect(image).toHaveAttribute('width', '900')
    expect(image).toHaveAttribute('height', '640')
    expect(image.getAttribute('src')).toMatch(/^\/_next\/image\?url=.*rect%3D0%2C80%2C900%2C640/)
    const figure = screen.getByRole('figure')
    expect(figure).toContainElement(image)
    expect(figure.querySelector('figcaption')).toHaveTextContent(
      /^Det går att få hjälp att sluta\. Foto: Anna Andersson$/,
    )
  })

  it('leaves out the caption when there is neither caption nor credit', () => {
    renderSections([{ ...sections.image, caption: null, credit: null }])
    expect(screen.getByRole('figure')).toContainElement(screen.getByRole('img'))
    expect(document.querySelector('figcaption')).toBeNull()
  })

  it('shows the credit alone', () => {
    renderSections([{ ...sections.image, caption: null }])
    expect(document.querySelector('figcaption')).toHaveTextContent(/^Foto: Anna Andersson$/)
  })

  it('leaves out the section, and logs it, when the image has no alt text and is not decorative', () => {
    renderSections([{ ...sections.image, image: { ...sections.image.image, alt: null } }])
    expect(screen.queryByRole('figure')).not.toBeInTheDocument()
    expect(warnings().mock.calls.flat().join('\n')).toMatch(/no alt text/)
  })
})
