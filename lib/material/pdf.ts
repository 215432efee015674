import 'server-only'

import fontkit from '@pdf-lib/fontkit'
import { cmyk, PDFDocument, rgb, type PDFFont } from 'pdf-lib'

import { FONT_FILES, type Weight } from './font'
import { layoutMaterial, QR_BACKGROUND, QR_FOREGROUND, type MaterialText } from './layout'

/** 3 mm of background past the trim, so that cutting a little off never leaves a white edge. */
const BLEED = mmToPt(3)
/** Room outside the bleed for the crop marks. */
const MARK_SPACE = mmToPt(7)
const MARK_LENGTH = mmToPt(5)

function mmToPt(mm: number) {
  return (mm / 25.4) * 72
}

function colour(hex: string) {
  const value = Number.parseInt(hex.slice(1), 16)
  return rgb(((value >> 16) & 255) / 255, ((value >> 8) & 255) / 255, (value & 255) / 255)
}

export type PdfOptions = {
  /** Page size of the trimmed piece, in points. */
  width: number
  height: number
  /** For a print shop: bleed, crop marks and the boxes that tell its software where to cut. */
  forPrint: boolean
  title: string
  placement: string | null
}

/**
 * A print-ready PDF: real text in the embedded (subset) typeface, the background, the QR code as
 * vector paths. With `forPrint`, the page grows by the bleed and the marks around the trim box.
 */
export async function renderMaterialPdf(text: MaterialText, options: PdfOptions): Promise<Uint8Array> {
  const layout = layoutMaterial(text, options.width, options.height)
  const document = await PDFDocument.create()
  document.registerFontkit(fontkit)
  document.setTitle(options.title)
  document.setSubject(`Somliga tror ${text.belief} Men ${text.answer}`)
  document.setAuthor(text.senders.join(', '))
  if (options.placement) document.setKeywords([options.placement])
  document.setLanguage('sv-SE')
  document.setCreator('Somliga tror')
  const fonts: Record<Weight, PDFFont> = {
    400: await document.embedFont(FONT_FILES[400], { subset: true }),
    700: await document.embedFont(FONT_FILES[700], { subset: true }),
  }

  const outside = options.forPrint ? BLEED + MARK_SPACE : 0
  const page = document.addPage([layout.width + 2 * outside, layout.height + 2 * outside])
  // PDF measures from the bottom left; the layout from the top left of the trimmed piece.
  const x = (value: number) => outside + value
  const y = (top: number) => outside + layout.height - top

  const bleed = options.forPrint ? BLEED : 0
  page.drawRectangle({
    x: outside - bleed,
    y: outside - bleed,
    width: layout.width + 2 * bleed,
    height: layout.height + 2 * bleed,
    color: colour(layout.background),
  })

  for (const line of layout.lines) {
    page.drawText(line.text, {
      x: x(line.x),
      y: y(line.baseline),
      size: line.size,
      font: fonts[line.weight],
      color: colour(line.color),
    })
  }

  const { qr } = layout
  page.drawRectangle({
    x: x(qr.x),
    y: y(qr.top + qr.size),
    width: qr.size,
    height: qr.size,
    color: colour(QR_BACKGROUND),
  })
  // drawSvgPath places the path's origin at (x, y) with y running down, as in SVG.
  page.drawSvgPath(qr.code.path, {
    x: x(qr.x),
    y: y(qr.top),
    scale: qr.size / qr.code.size,
    color: colour(QR_FOREGROUND),
  })

  if (options.forPrint) {
    const trim = { x: outside, y: outside, width: layout.width, height: layout.height }
    page.setTrimBox(trim.x, trim.y, trim.width, trim.height)
    page.setBleedBox(trim.x - BLEED, trim.y - BLEED, trim.width + 2 * BLEED, trim.height + 2 * BLEED)
    drawCropMarks(page, trim)
  }

  return document.save()
}

type Page = ReturnType<PDFDocument['addPage']>

/** Thin lines in line with the trim edges, outside the bleed, at each corner. */
function drawCropMarks(page: Page, trim: { x: number; y: number; width: number; height: number }) {
  const style = { thickness: 0.25, color: cmyk(0, 0, 0, 1) }
  const start = BLEED + mmToPt(1)
  for (const edgeX of [trim.x, trim.x + trim.width]) {
    for (const [edgeY, away] of [
      [trim.y, -1],
      [trim.y + trim.height, 1],
    ]) {
      const sideways = edgeX === trim.x ? -1 : 1
      // A vertical mark above or below the corner, and a horizontal one beside it.
      page.drawLine({
        start: { x: edgeX, y: edgeY + away * start },
        end: { x: edgeX, y: edgeY + away * (start + MARK_LENGTH) },
        ...style,
      })
      page.drawLine({
        start: { x: edgeX + sideways * start, y: edgeY },
        end: { x: edgeX + sideways * (start + MARK_LENGTH), y: edgeY },
        ...style,
      })
    }
  }
}
