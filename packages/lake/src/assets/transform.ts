/**
 * Sanity's image transformations (the URL parameters `@sanity/image-url` writes), done with sharp:
 *   rect=left,top,width,height   crop the source first (the editor's crop)
 *   w, h, dpr                    output size (dpr 1-3 multiplies it)
 *   fit                          clip (default), crop, fill, fillmax, max, min, scale
 *   crop                         with fit=crop/min: center (default), top, bottom, left, right
 *                                (combinable), entropy, or focalpoint around fp-x, fp-y (0-1)
 *   bg                           background for fill/fillmax and for JPEG output of transparent images
 *   fm, q, auto=format           format (jpg, pjpg, png, webp, avif), quality 0-100, and AVIF/WebP
 *                                chosen from the Accept header (WebP for outputs too large for AVIF)
 *   dl                           download with that file name (handled by the endpoint)
 * Parameters Sanity has but the lake does not implement are refused with 400 rather than ignored,
 * so a page never looks different in production than it did here. Unknown parameters are ignored.
 * Outputs are bounded in size, and AVIF (by far the costliest to encode) in area, so that no URL
 * can keep the lake's CPU busy for long: `prepare()` works the size out and refuses before any
 * pixel is decoded.
 */
import sharp, { type Sharp } from 'sharp'
import { badRequest } from '../errors.ts'

export type OutputFormat = 'jpg' | 'pjpg' | 'png' | 'webp' | 'avif' | 'gif'
type Fit = 'clip' | 'crop' | 'fill' | 'fillmax' | 'max' | 'min' | 'scale'
type Crop = { kind: 'focalpoint'; x: number; y: number } | { kind: 'entropy' } | { kind: 'position'; position: string }

export interface Transform {
  rect?: { left: number; top: number; width: number; height: number }
  width?: number
  height?: number
  dpr: number
  fit: Fit
  crop: Crop
  background?: string
  format?: OutputFormat
  autoFormat: boolean
  quality?: number
}

/** Largest output side and area, so one URL cannot make the lake allocate gigabytes or work for long. */
const MAX_OUTPUT_SIDE = 8192
const MAX_OUTPUT_PIXELS = 4096 * 4096
/**
 * Largest AVIF output: AVIF costs tens of times the CPU of WebP or JPEG per pixel (about 1 s per
 * megapixel here), so larger outputs are WebP under `auto=format` and refused under `fm=avif`.
 */
export const MAX_AVIF_PIXELS = 2560 * 1600
/** Sources larger than this are not decoded. */
const MAX_INPUT_PIXELS = 200_000_000

const FITS: readonly Fit[] = ['clip', 'crop', 'fill', 'fillmax', 'max', 'min', 'scale']
const FORMATS: readonly OutputFormat[] = ['jpg', 'pjpg', 'png', 'webp', 'avif']
/** Formats kept when a transformed image names none; others (TIFF, SVG) become PNG. */
const KEPT_FORMATS: readonly OutputFormat[] = ['jpg', 'png', 'webp', 'avif', 'gif']
const UNSUPPORTED = ['blur', 'sharp', 'invert', 'or', 'flip', 'sat', 'pad', 'frame', 'min-w', 'min-h', 'max-w', 'max-h']

/** The parameters that change the image (not `dl`); undefined when there are none: serve the original. */
export function parseTransform(query: URLSearchParams): Transform | undefined {
  for (const name of UNSUPPORTED) {
    if (query.has(name)) throw badRequest(`The image parameter "${name}" is not supported by the local lake`)
  }
  const transform: Transform = {
    rect: optional(query, 'rect', parseRect),
    width: optional(query, 'w', (value) => integer('w', value, 1, MAX_OUTPUT_SIDE)),
    height: optional(query, 'h', (value) => integer('h', value, 1, MAX_OUTPUT_SIDE)),
    dpr: optional(query, 'dpr', (value) => decimal('dpr', value, 1, 3)) ?? 1,
    fit: optional(query, 'fit', (value) => oneOf('fit', value, FITS)) ?? 'clip',
    crop: optional(query, 'crop', (value) => parseCrop(value, query)) ?? { kind: 'position', position: 'centre' },
    background: optional(query, 'bg', parseColour),
    format: optional(query, 'fm', (value) => oneOf('fm', value, FORMATS)),
    autoFormat: optional(query, 'auto', (value) => oneOf('auto', value, ['format'])) === 'format',
    quality: optional(query, 'q', (value) => integer('q', value, 0, 100)),
  }
  const changesImage = ['rect', 'w', 'h', 'fm', 'auto', 'q', 'bg'].some((name) => query.has(name))
  return changesImage ? transform : undefined
}

function optional<T>(query: URLSearchParams, name: string, parse: (value: string) => T): T | undefined {
  const value = query.get(name)
  return value === null ? undefined : parse(value)
}

function integer(name: string, value: string, min: number, max: number): number {
  const number = Number(value)
  if (!/^\d+$/.test(value) || number < min || number > max) {
    throw badRequest(`The image parameter "${name}" must be a whole number from ${min} to ${max}, not "${value}"`)
  }
  return number
}

function decimal(name: string, value: string, min: number, max: number): number {
  const number = Number(value)
  if (!/^\d+(\.\d+)?$/.test(value) || number < min || number > max) {
    throw badRequest(`The image parameter "${name}" must be a number from ${min} to ${max}, not "${value}"`)
  }
  return number
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if (!allowed.includes(value as T)) {
    throw badRequest(`The image parameter "${name}" must be one of ${allowed.join(', ')}, not "${value}"`)
  }
  return value as T
}

function parseRect(value: string): Transform['rect'] {
  const parts = value.split(',')
  if (
    parts.length !== 4 ||
    !parts.every((part) => /^\d+$/.test(part)) ||
    Number(parts[2]) < 1 ||
    Number(parts[3]) < 1
  ) {
    throw badRequest(`The image parameter "rect" must be left,top,width,height in whole pixels, not "${value}"`)
  }
  const [left, top, width, height] = parts.map(Number)
  return { left, top, width, height }
}

function parseCrop(value: string, query: URLSearchParams): Crop {
  const words = value.split(',')
  if (words.length === 1 && words[0] === 'focalpoint') {
    const point = (name: string) => optional(query, name, (coordinate) => decimal(name, coordinate, 0, 1)) ?? 0.5
    return { kind: 'focalpoint', x: point('fp-x'), y: point('fp-y') }
  }
  if (words.length === 1 && words[0] === 'entropy') return { kind: 'entropy' }
  if (words.length === 1 && words[0] === 'center') return { kind: 'position', position: 'centre' }
  const horizontal = words.filter((word) => word === 'left' || word === 'right')
  const vertical = words.filter((word) => word === 'top' || word === 'bottom')
  if (horizontal.length > 1 || vertical.length > 1 || horizontal.length + vertical.length !== words.length) {
    throw badRequest(
      `The image parameter "crop" must be center, entropy, focalpoint, or top/bottom combined with left/right, not "${value}"`,
    )
  }
  // sharp's names: "right top", "left", "bottom", ...
  return { kind: 'position', position: [...horizontal, ...vertical].join(' ') }
}

/** `rgb`, `rrggbb`, or with alpha first (`argb`, `aarrggbb`), as Sanity reads `bg`. */
function parseColour(value: string): string {
  const hex = value.replace(/^#/, '')
  if (!/^([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i.test(hex)) {
    throw badRequest(`The image parameter "bg" must be a hex colour (rgb, argb, rrggbb or aarrggbb), not "${value}"`)
  }
  const full = hex.length <= 4 ? [...hex].map((digit) => digit + digit).join('') : hex
  return full.length === 8 ? `#${full.slice(2)}${full.slice(0, 2)}` : `#${full}`
}

/**
 * The output format: `fm`, else AVIF or WebP when `auto=format` and the browser accepts them (AVIF
 * only up to its area limit), else the source's. 400 for `fm=avif` beyond the limit.
 */
export function outputFormat(
  transform: Transform,
  sourceExtension: string,
  accept: string,
  output: Size,
): OutputFormat {
  const avifAllowed = output.width * output.height <= MAX_AVIF_PIXELS
  if (transform.autoFormat && avifAllowed && /image\/avif/.test(accept)) return 'avif'
  if (transform.autoFormat && /image\/webp/.test(accept)) return 'webp'
  const format =
    transform.format ??
    (KEPT_FORMATS.includes(sourceExtension as OutputFormat) ? (sourceExtension as OutputFormat) : 'png')
  if (format === 'avif' && !avifAllowed) {
    throw badRequest(
      `An AVIF image of ${output.width}x${output.height} pixels would take too long to encode; the limit is ${MAX_AVIF_PIXELS} pixels: ask for a smaller size or fm=webp`,
    )
  }
  return format
}

export interface Size {
  width: number
  height: number
}

/** What to do after the rect: resize to a size, or cover it and cut out a part. */
type Plan =
  | { kind: 'resize'; size: Size; fit: 'fill' }
  | { kind: 'cover'; size: Size; crop: Crop }
  | { kind: 'contain'; image: Size; canvas: Size }

/**
 * Works out the output size for a source of `source` pixels (after the rect); 400 when it is too
 * large. Without `w` or `h` the output is the source's size, which its upload already bounded.
 */
function plan(source: Size, transform: Transform): Plan | undefined {
  const scaled = (value: number | undefined) => (value === undefined ? undefined : Math.round(value * transform.dpr))
  const width = scaled(transform.width)
  const height = scaled(transform.height)
  if (width === undefined && height === undefined) return undefined
  const { fit } = transform
  const neverEnlarge = fit === 'max' || fit === 'min' || fit === 'fillmax'
  const proportional = (factor: number): Size => ({
    width: Math.max(1, Math.round(source.width * factor)),
    height: Math.max(1, Math.round(source.height * factor)),
  })
  let result: Plan
  if (width === undefined || height === undefined) {
    const factor = width !== undefined ? width / source.width : (height as number) / source.height
    result = { kind: 'resize', size: proportional(neverEnlarge ? Math.min(1, factor) : factor), fit: 'fill' }
  } else {
    const inside = Math.min(width / source.width, height / source.height)
    switch (fit) {
      case 'clip':
      case 'max':
        result = { kind: 'resize', size: proportional(fit === 'max' ? Math.min(1, inside) : inside), fit: 'fill' }
        break
      case 'scale':
        result = { kind: 'resize', size: { width, height }, fit: 'fill' }
        break
      case 'fill':
      case 'fillmax':
        result = {
          kind: 'contain',
          image: proportional(fit === 'fillmax' ? Math.min(1, inside) : inside),
          canvas: { width, height },
        }
        break
      case 'crop':
      case 'min': {
        // `min` keeps the aspect ratio asked for but never goes beyond the source's pixels.
        const shrink = fit === 'min' ? Math.min(1, source.width / width, source.height / height) : 1
        const size = {
          width: Math.max(1, Math.round(width * shrink)),
          height: Math.max(1, Math.round(height * shrink)),
        }
        result = { kind: 'cover', size, crop: transform.crop }
        break
      }
    }
  }
  const output = result.kind === 'contain' ? result.canvas : result.size
  if (
    output.width > MAX_OUTPUT_SIDE ||
    output.height > MAX_OUTPUT_SIDE ||
    output.width * output.height > MAX_OUTPUT_PIXELS
  ) {
    throw badRequest(
      `The image would be ${output.width}x${output.height} pixels; the limit is ${MAX_OUTPUT_SIDE} pixels a side and ${MAX_OUTPUT_PIXELS} in all`,
    )
  }
  return result
}

/** A transform worked out for one source image: what to cut, how to resize, and the output's size. */
export interface Prepared {
  transform: Transform
  /** The part of the source the rect keeps; without one, all of it. */
  extract?: { left: number; top: number } & Size
  /** The size of that part. */
  region: Size
  steps?: Plan
  output: Size
}

/**
 * Works out a transform for a source of `source` pixels (its size after EXIF orientation), without
 * reading it: 400 when the rect lies outside it or the output would be too large.
 */
export function prepare(source: Size, transform: Transform): Prepared {
  let size = source
  let extract: Prepared['extract']
  if (transform.rect) {
    const { left, top } = transform.rect
    if (left >= source.width || top >= source.height) {
      throw badRequest(`The image parameter "rect" lies outside the ${source.width}x${source.height} image`)
    }
    size = {
      width: Math.min(transform.rect.width, source.width - left),
      height: Math.min(transform.rect.height, source.height - top),
    }
    extract = { left, top, ...size }
  }
  const steps = plan(size, transform)
  const output = !steps ? size : steps.kind === 'contain' ? steps.canvas : steps.size
  return { transform, extract, region: size, steps, output }
}

/** Renders a prepared transform of the source file. */
export async function renderImage(path: string, prepared: Prepared, format: OutputFormat): Promise<Buffer> {
  const { transform, extract, region, steps } = prepared
  let image = sharp(path, { limitInputPixels: MAX_INPUT_PIXELS }).autoOrient()
  if (extract) image = image.extract(extract)
  const background = transform.background ?? (format === 'jpg' || format === 'pjpg' ? '#ffffff' : '#ffffff00')
  if (steps?.kind === 'resize') image = image.resize({ ...steps.size, fit: 'fill' })
  if (steps?.kind === 'contain') {
    const { image: inner, canvas } = steps
    const left = Math.floor((canvas.width - inner.width) / 2)
    const top = Math.floor((canvas.height - inner.height) / 2)
    image = image.resize({ ...inner, fit: 'fill' }).extend({
      left,
      top,
      right: canvas.width - inner.width - left,
      bottom: canvas.height - inner.height - top,
      background,
    })
  }
  if (steps?.kind === 'cover') image = cover(image, region, steps.size, steps.crop)
  if (format === 'jpg' || format === 'pjpg') image = image.flatten({ background })
  return encode(image, format, transform.quality).toBuffer()
}

/** Scales the image to cover `target` and cuts `target` out of it, around the focal point or at a position. */
function cover(image: Sharp, source: Size, target: Size, crop: Crop): Sharp {
  if (crop.kind !== 'focalpoint') {
    const position = crop.kind === 'entropy' ? sharp.strategy.entropy : crop.position
    return image.resize({ ...target, fit: 'cover', position })
  }
  const factor = Math.max(target.width / source.width, target.height / source.height)
  const scaled = {
    width: Math.max(target.width, Math.round(source.width * factor)),
    height: Math.max(target.height, Math.round(source.height * factor)),
  }
  const clamp = (value: number, max: number) => Math.min(Math.max(0, Math.round(value)), max)
  return image.resize({ ...scaled, fit: 'fill' }).extract({
    left: clamp(crop.x * scaled.width - target.width / 2, scaled.width - target.width),
    top: clamp(crop.y * scaled.height - target.height / 2, scaled.height - target.height),
    ...target,
  })
}

function encode(image: Sharp, format: OutputFormat, quality: number | undefined): Sharp {
  const q = quality === undefined ? undefined : Math.max(1, quality)
  switch (format) {
    case 'jpg':
    case 'pjpg':
      return image.jpeg({ quality: q ?? 75, progressive: format === 'pjpg' })
    case 'png':
      return image.png()
    case 'webp':
      return image.webp({ quality: q ?? 75 })
    case 'avif':
      // Low effort: a little larger than it could be, but quick enough to render on request.
      return image.avif({ quality: q ?? 50, effort: 2 })
    case 'gif':
      return image.gif()
  }
}

export const MIME_TYPES: Readonly<Record<OutputFormat, string>> = {
  jpg: 'image/jpeg',
  pjpg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  avif: 'image/avif',
  gif: 'image/gif',
}
