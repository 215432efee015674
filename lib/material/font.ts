import 'server-only'

import { readFileSync } from 'node:fs'
import { join } from 'node:path'

import fontkit from '@pdf-lib/fontkit'

/**
 * The site's typeface, Atkinson Hyperlegible Next, from the npm package in node_modules (never
 * downloaded). WOFF, because next/og reads it and fontkit (for measuring and for pdf-lib, which
 * embeds it as TrueType) does too.
 */
const FONT_DIR = join(process.cwd(), 'node_modules/@fontsource/atkinson-hyperlegible-next/files')

export type Weight = 400 | 700

/** Read once when the module loads, not while a request renders. */
export const FONT_FILES: Record<Weight, Buffer> = {
  400: readFileSync(join(FONT_DIR, 'atkinson-hyperlegible-next-latin-400-normal.woff')),
  700: readFileSync(join(FONT_DIR, 'atkinson-hyperlegible-next-latin-700-normal.woff')),
}

const faces = {
  400: fontkit.create(FONT_FILES[400]),
  700: fontkit.create(FONT_FILES[700]),
}

/** The width of `text` set at `size`, in the same unit as `size`. */
export function textWidth(text: string, weight: Weight, size: number): number {
  const face = faces[weight]
  return (face.layout(text).advanceWidth / face.unitsPerEm) * size
}

/** Where the baseline sits below the top of a line box, as CSS (and so next/og) places it. */
export function baselineOffset(weight: Weight, size: number, lineHeight: number): number {
  const face = faces[weight]
  const ascent = (face.ascent / face.unitsPerEm) * size
  const contentHeight = ((face.ascent - face.descent) / face.unitsPerEm) * size
  return (lineHeight - contentHeight) / 2 + ascent
}
