/**
 * Renders the seed's campaign images (designs in sanity/seed/content/images.ts) with sharp.
 * Text is set in Atkinson Hyperlegible Next, the site's typeface, taken from the @fontsource
 * package so that the images come out the same on any machine, with no download.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { inflateSync } from 'node:zlib'
import sharp from 'sharp'
import type { OverlayOptions, Sharp } from 'sharp'

import type { GlyphDesign, ImageDesign, MessageDesign, Palette } from '../sanity/seed/content/images.ts'

const PALETTES: Record<Palette, { background: string; text: string; accent: string }> = {
  // Contrast (WCAG): white on #14213d is 16.0:1, #ffc857 on #14213d is 10.4:1.
  night: { background: '#14213d', text: '#ffffff', accent: '#ffc857' },
  // #14213d on #ffc857 is 10.4:1, #7a1f00 on #ffc857 is 6.7:1.
  sun: { background: '#ffc857', text: '#14213d', accent: '#7a1f00' },
}

type Weight = 'regular' | 'bold'

/**
 * Pango (behind sharp's text input) reads TrueType but not WOFF, and @fontsource ships WOFF.
 * WOFF 1.0 is the same tables, each zlib-compressed, behind a different header: unpack them
 * into a plain sfnt file.
 */
function woffToTtf(woff: Buffer): Buffer {
  if (woff.toString('latin1', 0, 4) !== 'wOFF') throw new Error('Not a WOFF 1.0 font')
  const tableCount = woff.readUInt16BE(12)
  const tables = Array.from({ length: tableCount }, (_, index) => {
    const entry = 44 + index * 20
    const offset = woff.readUInt32BE(entry + 4)
    const compressedLength = woff.readUInt32BE(entry + 8)
    const length = woff.readUInt32BE(entry + 12)
    const stored = woff.subarray(offset, offset + compressedLength)
    return {
      tag: woff.readUInt32BE(entry),
      checksum: woff.readUInt32BE(entry + 16),
      data: compressedLength < length ? inflateSync(stored) : stored,
    }
  })
  const padded = (length: number) => (length + 3) & ~3
  const headerLength = 12 + 16 * tableCount
  const ttf = Buffer.alloc(headerLength + tables.reduce((sum, table) => sum + padded(table.data.length), 0))
  const power = 2 ** Math.floor(Math.log2(tableCount))
  ttf.writeUInt32BE(woff.readUInt32BE(4), 0)
  ttf.writeUInt16BE(tableCount, 4)
  ttf.writeUInt16BE(power * 16, 6)
  ttf.writeUInt16BE(Math.log2(power), 8)
  ttf.writeUInt16BE(tableCount * 16 - power * 16, 10)
  let offset = headerLength
  tables.forEach((table, index) => {
    const record = 12 + index * 16
    ttf.writeUInt32BE(table.tag, record)
    ttf.writeUInt32BE(table.checksum, record + 4)
    ttf.writeUInt32BE(offset, record + 8)
    ttf.writeUInt32BE(table.data.length, record + 12)
    table.data.copy(ttf, offset)
    offset += padded(table.data.length)
  })
  return ttf
}

type Fonts = Record<Weight, string>

function unpackFonts(directory: string): Fonts {
  const require = createRequire(import.meta.url)
  const woff = (weight: number) =>
    readFileSync(
      require.resolve(
        `@fontsource/atkinson-hyperlegible-next/files/atkinson-hyperlegible-next-latin-${weight}-normal.woff`,
      ),
    )
  const write = (name: string, weight: number) => {
    const path = join(directory, name)
    writeFileSync(path, woffToTtf(woff(weight)))
    return path
  }
  return { regular: write('regular.ttf', 400), bold: write('bold.ttf', 700) }
}

const escapeMarkup = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

type TextRun = { text: string; weight: Weight; size: number; color: string; width: number }

/** Sets a paragraph of text, wrapped to `width` pixels, on a transparent background. */
async function setText(fonts: Fonts, run: TextRun) {
  const { data, info } = await sharp({
    text: {
      text: `<span foreground="${run.color}">${escapeMarkup(run.text)}</span>`,
      font: `Atkinson Hyperlegible Next ${run.weight === 'bold' ? 'Bold ' : ''}${run.size}`,
      fontfile: fonts[run.weight],
      width: run.width,
      dpi: 72,
      rgba: true,
      wrap: 'word',
      spacing: Math.round(run.size * 0.08),
    },
  })
    .png()
    .toBuffer({ resolveWithObject: true })
  return { input: data, height: info.height }
}

/** Flat colours compress best as an indexed PNG; text edges keep enough shades at 64 colours. */
const encode = (image: Sharp) => image.png({ palette: true, colours: 64, compressionLevel: 9, effort: 10 })

async function renderMessage(fonts: Fonts, design: MessageDesign): Promise<Buffer> {
  const colors = PALETTES[design.palette]
  // Type sizes follow the width, but a wide, low image must not run out of height.
  const unit = Math.min(design.width, Math.round(design.height * 1.4))
  const margin = Math.round(unit * 0.08)
  const width = design.width - 2 * margin
  // The belief is the loudest line; tall posters have room for larger type.
  const scale = unit * (design.height > design.width * 1.2 ? 1.45 : 1)
  const size = (share: number) => Math.round(scale * share)
  const sizes = {
    label: size(0.05),
    belief: size(0.085),
    men: size(0.07),
    answer: size(0.05),
    footer: Math.round(unit * 0.026),
  }

  const runs = [
    await setText(fonts, { text: design.label, weight: 'bold', size: sizes.label, color: colors.accent, width }),
    await setText(fonts, { text: design.belief, weight: 'bold', size: sizes.belief, color: colors.text, width }),
    await setText(fonts, { text: 'Men', weight: 'bold', size: sizes.men, color: colors.accent, width }),
    await setText(fonts, { text: design.answer, weight: 'regular', size: sizes.answer, color: colors.text, width }),
  ]
  const gaps = [0, Math.round(unit * 0.02), Math.round(unit * 0.06), Math.round(unit * 0.015)]
  const messageHeight = runs.reduce((sum, run, index) => sum + gaps[index] + run.height, 0)

  const footer = await setText(fonts, {
    text: design.footer,
    weight: 'regular',
    size: sizes.footer,
    color: colors.text,
    width,
  })
  const footerTop = design.height - margin - footer.height
  const room = footerTop - margin - messageHeight
  if (room < margin / 2) throw new Error(`${design.file}: the text does not fit; shorten it`)

  // The message sits in the middle of the space above the footer.
  const layers: OverlayOptions[] = [{ input: footer.input, top: footerTop, left: margin }]
  let top = margin + Math.round(room / 2)
  runs.forEach((run, index) => {
    top += gaps[index]
    layers.push({ input: run.input, top, left: margin })
    top += run.height
  })

  return encode(
    sharp({
      create: { width: design.width, height: design.height, channels: 3, background: colors.background },
    }).composite(layers),
  ).toBuffer()
}

async function renderGlyph(fonts: Fonts, design: GlyphDesign): Promise<Buffer> {
  const colors = PALETTES[design.palette]
  const glyph = await setText(fonts, {
    text: design.glyph,
    weight: 'bold',
    size: Math.round(design.height * 1.1),
    color: colors.accent,
    width: design.width,
  })
  const { data: trimmed, info } = await sharp(glyph.input).trim().toBuffer({ resolveWithObject: true })
  return encode(
    sharp({
      create: { width: design.width, height: design.height, channels: 3, background: colors.background },
    }).composite([
      {
        input: trimmed,
        top: Math.round((design.height - info.height) / 2),
        left: design.width - info.width - Math.round(design.height * 0.3),
      },
    ]),
  ).toBuffer()
}

/** Renders every design into `directory`; returns the files written. */
export async function renderSeedImages(designs: ImageDesign[], directory: string): Promise<string[]> {
  const fontDirectory = mkdtempSync(join(tmpdir(), 'seed-fonts-'))
  try {
    const fonts = unpackFonts(fontDirectory)
    const written: string[] = []
    for (const design of designs) {
      const png = design.kind === 'message' ? await renderMessage(fonts, design) : await renderGlyph(fonts, design)
      writeFileSync(join(directory, design.file), png)
      written.push(design.file)
    }
    return written
  } finally {
    rmSync(fontDirectory, { recursive: true, force: true })
  }
}
