import '@testing-library/jest-dom'
import { screen } from '@testing-library/react'

import { recordWarnings, renderSections } from '@/tests/helpers/sections'
import { sections } from '@/tests/unit/fixtures/site-content'

// Content problems are logged; these tests look at what is shown.
recordWarnings()

describe('downloadsSection', () => {
  it('offers each file from the site itself, with its type and size', () => {
    renderSections([sections.downloads])
    const link = screen.getByRole('link', { name: 'Ladda ner Affisch: kamera (PDF, 1,2 MB)' })
    expect(link).toHaveAttribute('href', '/api/files/0123456789abcdef0123456789abcdef01234567.pdf')
    expect(link).toHaveAttribute('download', 'affisch.pdf')
    const preview = screen.getByRole('img', { name: 'Affisch med texten Somliga tror' })
    expect(preview.getAttribute('src')).toMatch(/^\/_next\/image\?url=/)
    expect(preview).toHaveAttribute('width', '1200')
    expect(preview).toHaveAttribute('height', '800')
  })

  it('drops a preview image that has no alt text and is not marked decorative, but keeps the file', () => {
    const items = [{ ...sections.downloads.items[0], preview: { ...sections.downloads.items[0].preview, alt: '' } }]
    renderSections([{ ...sections.downloads, items }])
    expect(screen.queryByRole('img')).not.toBeInTheDocument()
    expect(screen.getByRole('link', { name: /Ladda ner/ })).toBeInTheDocument()
  })
})
