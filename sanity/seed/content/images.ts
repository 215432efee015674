/**
 * The campaign's images: typographic, no people, no logos. Each design's words live here once,
 * so the rendered picture (scripts/seed-images.ts) and its alt text in the seed cannot drift apart.
 */

export type Palette = 'night' | 'sun'

/** A message image: "Somliga tror …" above, "Men …" below, the senders at the foot. */
export type MessageDesign = {
  kind: 'message'
  file: string
  width: number
  height: number
  palette: Palette
  /** Small heading at the top, e.g. "Somliga tror". */
  label: string
  /** The belief, printed large. */
  belief: string
  /** The answer, printed after a "Men". */
  answer: string
  footer: string
  alt: string
}

/** A decorative image: one large glyph on a plain background. */
export type GlyphDesign = {
  kind: 'glyph'
  file: string
  width: number
  height: number
  palette: Palette
  glyph: string
}

export type ImageDesign = MessageDesign | GlyphDesign

const SENDERS = 'Samhällsråd Värmland: Länsstyrelsen Värmland, Polisen och Region Värmland'

/** 1200 × 630: the size link previews in social media and chat apps expect. */
export const shareDefault: MessageDesign = {
  kind: 'message',
  file: 'delningsbild-somliga-tror.png',
  width: 1200,
  height: 630,
  palette: 'night',
  label: 'Somliga tror',
  belief: 'att sexköp inte skadar någon.',
  answer: 'Att köpa sex är ett brott. Och det finns hjälp för dig som vill sluta.',
  footer: SENDERS,
  alt: 'Somliga tror att sexköp inte skadar någon. Men att köpa sex är ett brott. Och det finns hjälp för dig som vill sluta.',
}

export const heroQuote: GlyphDesign = {
  kind: 'glyph',
  file: 'dekor-citattecken.png',
  width: 1600,
  height: 500,
  palette: 'night',
  glyph: '”',
}

export const heroSection: GlyphDesign = {
  kind: 'glyph',
  file: 'dekor-paragraf.png',
  width: 1600,
  height: 500,
  palette: 'sun',
  glyph: '§',
}

/** Posters and social images are campaign material now (materials.ts), drawn by the site on demand. */
export const IMAGE_DESIGNS: ImageDesign[] = [shareDefault, heroQuote, heroSection]
