/** @jest-environment node */
import { at, validate } from '../helpers/schema'

/** The image section as the Studio validates it before an editor may publish the page. */

const page = (section: Record<string, unknown>) => ({
  _id: 'drafts.for-dig-som-vill-sluta',
  _type: 'page',
  title: 'För dig som vill sluta',
  sections: [{ _key: 'bild', _type: 'imageSection', ...section }],
})
const image = (fields: Record<string, unknown> = {}) => ({
  _type: 'accessibleImage',
  asset: { _type: 'reference', _ref: 'image-a1b2c3-1200x800-png' },
  ...fields,
})

describe('image section', () => {
  it('accepts an image with alt text, a caption and a credit', async () => {
    const findings = await validate(
      page({
        image: image({ alt: 'Två personer vid ett bord' }),
        caption: 'Samtal hos KAST.',
        credit: 'Anna Andersson',
      }),
    )
    expect(findings.filter(({ path }) => path.startsWith('sections'))).toEqual([])
  })

  it('asks for an image', async () => {
    const findings = await validate(page({ caption: 'Bara en bildtext' }))
    expect(at(findings, 'sections.[bild].image')).toEqual([
      { path: 'sections.[bild].image', level: 'error', message: 'Ladda upp eller välj en bild.' },
    ])
  })

  it('refuses an image without alt text, unless it is marked decorative', async () => {
    const findings = await validate(page({ image: image() }))
    expect(at(findings, 'sections.[bild].image.alt')).toMatchObject([
      { level: 'error', message: expect.stringMatching(/^Skriv en alternativ text/) },
    ])
    const decorative = await validate(page({ image: image({ decorative: true }) }))
    expect(at(decorative, 'sections.[bild].image.alt')).toEqual([])
  })
})
