import '@testing-library/jest-dom'
import { screen, within } from '@testing-library/react'

import { recordWarnings, renderSections } from '@/tests/helpers/sections'
import { sections } from '@/tests/unit/fixtures/site-content'

// Content problems are logged; these tests look at what is shown.
const warnings = recordWarnings()

describe('campaignMaterialSection', () => {
  it('offers each chosen format from the material route, PDFs also for a print shop', () => {
    renderSections([sections.campaignMaterial])
    const item = screen.getByRole('heading', { level: 3, name: 'Affisch: Straffet är fängelse' }).closest('li')!
    expect(item).toHaveTextContent('Somliga tror att straffet bara är böter. Men Sedan 2022')
    expect(item).toHaveTextContent(/kortlänken localhost:3000\/affisch/)

    const links = within(item).getAllByRole('link')
    // In the Studio's order, whatever order the document lists them in.
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      '/api/material/fangelse/a4.pdf',
      '/api/material/fangelse/a4-tryck.pdf',
      '/api/material/fangelse/kvadrat.png',
    ])
    expect(links[0]).toHaveAccessibleName('Ladda ner Affisch: Straffet är fängelse, Affisch A4 (PDF)')
    expect(links[0]).toHaveAttribute('download', 'somliga-tror-fangelse-a4.pdf')
    expect(links[1]).toHaveAccessibleName(
      /^för tryckeri, med utfall och skärmärken ?: Affisch: Straffet är fängelse, Affisch A4/,
    )
  })

  it('skips material without its text, and says so when nothing is left', () => {
    const [material] = sections.campaignMaterial.materials
    renderSections([{ ...sections.campaignMaterial, materials: [{ ...material, answer: null }] }])
    expect(screen.queryByRole('link')).not.toBeInTheDocument()
    expect(screen.getByText('Det finns inget material att ladda ner just nu.')).toBeInTheDocument()
    expect(warnings()).toHaveBeenCalledWith(
      expect.stringMatching(/campaign material campaignMaterial-fangelse skipped/),
    )
  })

  it('drops formats the site cannot make and keeps the rest', () => {
    const [material] = sections.campaignMaterial.materials
    renderSections([{ ...sections.campaignMaterial, materials: [{ ...material, formats: ['a0', 'kvadrat'] }] }])
    expect(screen.getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual([
      '/api/material/fangelse/kvadrat.png',
    ])
  })
})
