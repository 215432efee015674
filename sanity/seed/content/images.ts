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
  /** A smaller copy for the download list, when the image itself is large. */
  preview?: { file: string; width: number }
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

const SENDERS = 'Samhällsråd Värmland: Länsstyrelsen Värmland, Polismyndigheten och Region Värmland'

/** A4 at 150 dpi: sharp enough for a printed A4 poster, small enough to download on a phone. */
const A4 = { width: 1240, height: 1754 }

export const posterCamera: MessageDesign = {
  kind: 'message',
  file: 'affisch-kamera.png',
  ...A4,
  palette: 'night',
  label: 'Somliga tror',
  belief: 'att det inte är sexköp om ni aldrig träffas.',
  answer: 'Att betala för sex via kamera är också ett brott. Så är lagen sedan den 1 juli 2025.',
  footer: SENDERS,
  preview: { file: 'affisch-kamera-liten.png', width: 420 },
  alt: 'Affisch. Somliga tror att det inte är sexköp om ni aldrig träffas. Men att betala för sex via kamera är också ett brott. Så är lagen sedan den 1 juli 2025. Avsändare: Samhällsråd Värmland.',
}

export const posterPrison: MessageDesign = {
  kind: 'message',
  file: 'affisch-fangelse.png',
  ...A4,
  palette: 'sun',
  label: 'Somliga tror',
  belief: 'att straffet bara är böter.',
  answer: 'Sedan 2022 är straffet för att köpa sex fängelse i upp till ett år.',
  footer: SENDERS,
  preview: { file: 'affisch-fangelse-liten.png', width: 420 },
  alt: 'Affisch. Somliga tror att straffet bara är böter. Men sedan 2022 är straffet för att köpa sex fängelse i upp till ett år. Avsändare: Samhällsråd Värmland.',
}

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

/** 1080 × 1080: a square post for social media. */
export const shareStop: MessageDesign = {
  kind: 'message',
  file: 'delningsbild-vill-du-sluta.png',
  width: 1080,
  height: 1080,
  palette: 'sun',
  label: 'Somliga tror',
  belief: 'att det är för sent att sluta.',
  answer: 'Det finns hjälp för dig som köper sex och vill sluta. Ofta kan du vara anonym.',
  footer: SENDERS,
  alt: 'Somliga tror att det är för sent att sluta. Men det finns hjälp för dig som köper sex och vill sluta. Ofta kan du vara anonym. Avsändare: Samhällsråd Värmland.',
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

export const IMAGE_DESIGNS: ImageDesign[] = [
  posterCamera,
  posterPrison,
  shareDefault,
  shareStop,
  heroQuote,
  heroSection,
]
