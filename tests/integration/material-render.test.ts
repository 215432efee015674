/**
 * Campaign material as the route draws it (lib/material), in every format: the QR code scans back
 * to the short link, PDFs have the right paper size, real text and the embedded typeface.
 */
import { execFileSync } from 'node:child_process'

import { materialFileName } from '@/vocabulary/material-files'
import type { MaterialText } from '@/lib/material/layout'
import { renderMaterialPdf } from '@/lib/material/pdf'
import { renderMaterialPng } from '@/lib/material/png'
import { decodeQrInPdf, decodeQrInPng, pdfPageSize, popplerOn } from '@/tests/helpers/qr'
import { MATERIAL_FORMATS } from '@/vocabulary/lists'

const text: MaterialText = {
  belief: 'att straffet bara är böter.',
  answer: 'Sedan 2022 är straffet för att köpa sex fängelse i upp till ett år.',
  palette: 'night',
  shortLinkUrl: 'https://somligatror.se/busskur',
  shortLinkLabel: 'somligatror.se/busskur',
  senders: ['Länsstyrelsen Värmland', 'Polisen', 'Region Värmland'],
}

const pdfOptions = { forPrint: false, title: 'Affisch: Straffet är fängelse', placement: 'Busskur Karlstad C' }

/** ISO 216 in points, as print shops and pdfinfo name them. */
const PAPER = { a4: [595, 842], a3: [842, 1191], a2: [1191, 1684] } as const

const pdfFormats = MATERIAL_FORMATS.filter((format) => format.kind === 'pdf')
const pngFormats = MATERIAL_FORMATS.filter((format) => format.kind === 'png')

describe.each(pdfFormats)('PDF $value', (format) => {
  let pdf: Uint8Array
  beforeAll(async () => {
    pdf = await renderMaterialPdf(text, { ...pdfOptions, width: format.width, height: format.height })
  })

  it(`is ${PAPER[format.value].join(' × ')} points`, () => {
    const { width, height } = pdfPageSize(pdf)
    expect([Math.round(width), Math.round(height)]).toEqual(PAPER[format.value])
    expect(popplerOn('pdfinfo', pdf)).toMatch(new RegExp(`Page size:.*\\(${format.value.toUpperCase()}\\)`))
  })

  it('embeds Atkinson Hyperlegible Next in both weights', () => {
    const fonts = popplerOn('pdffonts', pdf)
      .split('\n')
      .slice(2)
      .filter(Boolean)
      .map((line) => line.split(/\s+/))
    expect(fonts.map(([name]) => name.replace(/-\d+$/, '')).sort()).toEqual([
      'AtkinsonHyperlegibleNext-Bold',
      'AtkinsonHyperlegibleNext-Regular',
    ])
    // The "emb" column of every font says yes.
    for (const columns of fonts) expect(columns.at(-5)).toBe('yes')
  })

  it('carries the statement, the short link and the senders as real text', () => {
    const words = execFileSync('pdftotext', ['-', '-'], { input: pdf, encoding: 'utf8' }).replace(/\s+/g, ' ')
    for (const expected of [
      'Somliga tror',
      'att straffet bara är böter.',
      'Men',
      'fängelse i upp till ett år.',
      'somligatror.se/busskur',
      'Länsstyrelsen Värmland · Polisen · Region Värmland',
    ]) {
      expect(words).toContain(expected)
    }
  })

  it('has a QR code that scans to the short link', async () => {
    expect(await decodeQrInPdf(pdf)).toBe('https://somligatror.se/busskur')
  })
})

describe('PDF for a print shop', () => {
  it('adds 3 mm bleed and room for crop marks around the A4 trim box, and still scans', async () => {
    const pdf = await renderMaterialPdf(
      { ...text, palette: 'sun' },
      { ...pdfOptions, forPrint: true, width: 595.28, height: 841.89 },
    )
    const boxes = popplerOn('pdfinfo', pdf, '-box')
    const box = (name: string) =>
      new RegExp(`${name}:\\s+([\\d.]+)\\s+([\\d.]+)\\s+([\\d.]+)\\s+([\\d.]+)`).exec(boxes)!.slice(1).map(Number)
    const [left, bottom, right, top] = box('TrimBox')
    expect([Math.round(right - left), Math.round(top - bottom)]).toEqual([595, 842])
    const bleed = box('BleedBox')
    expect(left - bleed[0]).toBeCloseTo((3 / 25.4) * 72, 1)
    const media = box('MediaBox')
    expect(bleed[0] - media[0]).toBeGreaterThan(0)
    expect(materialFileName(pdfFormats[0], true)).toBe('a4-tryck.pdf')
    expect(await decodeQrInPdf(pdf)).toBe('https://somligatror.se/busskur')
  })
})

describe.each(pngFormats)('PNG $value', (format) => {
  it(`is ${format.width} × ${format.height} pixels with a QR code that scans to the short link`, async () => {
    for (const palette of ['night', 'sun'] as const) {
      const png = await renderMaterialPng({ ...text, palette }, format.width, format.height)
      expect(Buffer.from(png.subarray(1, 4)).toString('latin1')).toBe('PNG')
      expect([Buffer.from(png).readUInt32BE(16), Buffer.from(png).readUInt32BE(20)]).toEqual([
        format.width,
        format.height,
      ])
      expect(await decodeQrInPng(png)).toBe('https://somligatror.se/busskur')
    }
  })
})

it('fits a long statement on the smallest format and still scans', async () => {
  const long = { ...text, belief: 'att '.padEnd(120, 'lång text '), answer: 'Svar '.padEnd(200, 'med många ord ') }
  const png = await renderMaterialPng(long, 1200, 630)
  expect(await decodeQrInPng(png)).toBe('https://somligatror.se/busskur')
})
