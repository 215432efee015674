/**
 * What an image asset document says about its image, read with sharp: format, dimensions (after
 * EXIF orientation, as the image is served), alpha, opacity, and on request a low-quality
 * placeholder (`lqip`) and the dominant colour (`palette`).
 */
import sharp, { type Metadata } from 'sharp'
import { badRequest } from '../errors.ts'

export interface ImageFormat {
  extension: string
  mimeType: string
}

/** The formats the lake accepts as images, by sharp's name for them. */
const IMAGE_FORMATS: Readonly<Record<string, ImageFormat>> = {
  jpeg: { extension: 'jpg', mimeType: 'image/jpeg' },
  png: { extension: 'png', mimeType: 'image/png' },
  webp: { extension: 'webp', mimeType: 'image/webp' },
  gif: { extension: 'gif', mimeType: 'image/gif' },
  avif: { extension: 'avif', mimeType: 'image/avif' },
  tiff: { extension: 'tiff', mimeType: 'image/tiff' },
  svg: { extension: 'svg', mimeType: 'image/svg+xml' },
}

export interface ImageFacts extends ImageFormat {
  width: number
  height: number
  hasAlpha: boolean
}

/** Optional metadata that an upload may ask for with `meta`; the rest is always there. */
export type ExtraMetadata = 'lqip' | 'palette'
export const DEFAULT_EXTRA_METADATA: readonly ExtraMetadata[] = ['lqip', 'palette']

const LQIP_WIDTH = 20

/** Reads an image's format and size; 400 when it is not an image the lake can read. */
export async function readImageFacts(path: string): Promise<ImageFacts> {
  let metadata: Metadata
  try {
    metadata = await sharp(path).metadata()
  } catch {
    throw notAnImage()
  }
  // sharp calls AVIF "heif" and tells it apart by its compression.
  const name = metadata.format === 'heif' && metadata.compression === 'av1' ? 'avif' : metadata.format
  const format = IMAGE_FORMATS[name]
  if (!format || !metadata.autoOrient.width || !metadata.autoOrient.height) throw notAnImage()
  return {
    ...format,
    width: metadata.autoOrient.width,
    height: metadata.autoOrient.height,
    hasAlpha: metadata.hasAlpha,
  }
}

function notAnImage() {
  const names = Object.values(IMAGE_FORMATS).map((format) => format.extension.toUpperCase())
  return badRequest(`The upload is not an image the lake can read (${names.join(', ')})`)
}

/** The `metadata` object of a `sanity.imageAsset`. */
export async function imageMetadata(
  path: string,
  facts: ImageFacts,
  extra: ReadonlySet<ExtraMetadata>,
): Promise<Record<string, unknown>> {
  const stats = await sharp(path).stats()
  return {
    _type: 'sanity.imageMetadata',
    dimensions: {
      _type: 'sanity.imageDimensions',
      aspectRatio: facts.width / facts.height,
      height: facts.height,
      width: facts.width,
    },
    hasAlpha: facts.hasAlpha,
    isOpaque: stats.isOpaque,
    ...(extra.has('lqip') ? { lqip: await lqip(path) } : {}),
    ...(extra.has('palette') ? { palette: palette(stats.dominant) } : {}),
  }
}

/** A 20 pixel wide JPEG as a data URL, like Sanity's: small enough to inline in HTML as a blurred preview. */
async function lqip(path: string): Promise<string> {
  const data = await sharp(path)
    .autoOrient()
    .resize({ width: LQIP_WIDTH })
    .flatten({ background: '#ffffff' })
    .jpeg({ quality: 40 })
    .toBuffer()
  return `data:image/jpeg;base64,${data.toString('base64')}`
}

/**
 * Sanity's palette with its `dominant` swatch only (the vibrant and muted swatches need a colour
 * quantiser the lake does not have). Foreground and title are black or white, whichever contrasts more.
 */
function palette(dominant: { r: number; g: number; b: number }): Record<string, unknown> {
  const background = '#' + [dominant.r, dominant.g, dominant.b].map((c) => c.toString(16).padStart(2, '0')).join('')
  const text = relativeLuminance(dominant) > 0.179 ? '#000' : '#fff'
  return {
    _type: 'sanity.imagePalette',
    dominant: { _type: 'sanity.imagePaletteSwatch', background, foreground: text, title: text },
  }
}

/** WCAG's relative luminance of an sRGB colour. */
function relativeLuminance({ r, g, b }: { r: number; g: number; b: number }): number {
  const linear = (c: number) => {
    const s = c / 255
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
  }
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
}
