import { MATERIAL_FORMATS } from '@/vocabulary/lists'
import { materialFileName, parseMaterialFileName, shortLinkAddress } from '@/vocabulary/material-files'

describe('campaign material file names', () => {
  it('reads back every file name it gives, print variants for PDFs only', () => {
    for (const format of MATERIAL_FORMATS) {
      expect(parseMaterialFileName(materialFileName(format))).toEqual({ format, forPrint: false })
      const printFile = materialFileName(format, true)
      expect(parseMaterialFileName(printFile)).toEqual({ format, forPrint: format.kind === 'pdf' })
    }
    expect(materialFileName(MATERIAL_FORMATS[0], true)).toBe('a4-tryck.pdf')
  })

  it('refuses names it does not give', () => {
    for (const name of ['a4.png', 'kvadrat.pdf', 'kvadrat-tryck.png', 'a0.pdf', '../a4.pdf', 'A4.pdf', '']) {
      expect(parseMaterialFileName(name)).toBeNull()
    }
  })
})

describe('short link addresses on material', () => {
  it('prints the host and path, without scheme or www, and puts the full address in the QR code', () => {
    expect(shortLinkAddress('https://www.somligatror.se', '/busskur')).toEqual({
      url: 'https://www.somligatror.se/busskur',
      label: 'somligatror.se/busskur',
    })
  })

  it('falls back to the site itself without a short link', () => {
    expect(shortLinkAddress('https://somligatror.se', null)).toEqual({
      url: 'https://somligatror.se/',
      label: 'somligatror.se',
    })
  })
})
