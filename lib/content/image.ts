import { createImageUrlBuilder } from '@sanity/image-url'
import { z } from 'zod'

import { assetBaseUrl, env } from '@/lib/env'

import { reportContentProblem } from './report'

/**
 * An image ready for `next/image`: the URL of the (cropped) original on the lake or Sanity's CDN,
 * which only the server's image optimizer fetches, its size after cropping (so the browser reserves
 * the space before it loads), a blurred preview, and the focal point for `object-position`.
 */
export type ContentImage = {
  src: string
  width: number
  height: number
  /** Empty for decorative images, which screen readers then skip. */
  alt: string
  /**
   * A tiny blurred preview shown behind the image while it loads. Only for opaque images, which
   * cover it completely once loaded, so no script is needed to take it away.
   */
  lqip: string | null
  /** CSS object-position from the editor's hotspot, e.g. "50% 30%". */
  objectPosition: string
}

const builder = createImageUrlBuilder({ projectId: env.projectId, dataset: env.dataset, baseUrl: assetBaseUrl })

const fraction = z.number().min(0).max(1)

const cropSchema = z.object({ top: fraction, bottom: fraction, left: fraction, right: fraction })
const hotspotSchema = z.object({ x: fraction, y: fraction, width: fraction, height: fraction })

/** The image fields every image projection in `lib/queries.ts` selects. */
export const imageFieldsSchema = z.object({
  asset: z
    .object({
      _id: z.string(),
      width: z.number().positive(),
      height: z.number().positive(),
      lqip: z.string().startsWith('data:image/').nullish(),
      opaque: z.boolean().nullish(),
    })
    .nullish(),
  crop: cropSchema.nullish().catch(null),
  hotspot: hotspotSchema.nullish().catch(null),
  alt: z.string().nullish(),
  decorative: z.boolean().nullish(),
})

export type ImageFields = z.infer<typeof imageFieldsSchema>

/**
 * The image, or null when it cannot be shown properly: no asset, or no alt text on an image that
 * is not marked decorative (showing it would hide its content from screen reader users).
 */
export function toContentImage(image: ImageFields | null | undefined): ContentImage | null {
  if (!image) return null
  const asset = image.asset
  if (!asset) {
    reportContentProblem('image without a file (its asset is missing or was deleted); not shown')
    return null
  }
  const alt = image.decorative ? '' : image.alt?.trim()
  if (alt === undefined || (!image.decorative && alt.length === 0)) {
    reportContentProblem(`image ${asset._id} has no alt text and is not marked decorative; not shown`)
    return null
  }

  const crop = image.crop ?? { top: 0, bottom: 0, left: 0, right: 0 }
  const width = Math.round(asset.width * (1 - crop.left - crop.right))
  const height = Math.round(asset.height * (1 - crop.top - crop.bottom))
  if (width <= 0 || height <= 0) {
    reportContentProblem(`image ${asset._id} is cropped to nothing; not shown`)
    return null
  }
  const src = imageUrl(image)
  if (!src) return null

  // The focal point relative to the cropped image, so object-fit: cover keeps the hotspot in view.
  const hotspot = image.hotspot
  const position = (centre: number | undefined, start: number, end: number) =>
    centre === undefined ? 50 : Math.round(Math.min(1, Math.max(0, (centre - start) / (1 - start - end))) * 100)

  return {
    src,
    width,
    height,
    alt,
    lqip: asset.opaque ? (asset.lqip ?? null) : null,
    objectPosition: `${position(hotspot?.x, crop.left, crop.right)}% ${position(hotspot?.y, crop.top, crop.bottom)}%`,
  }
}

/**
 * The URL of the cropped original, or null (logged) for an asset id the URL builder refuses, such
 * as one that is not an image's.
 */
function imageUrl(image: ImageFields): string | null {
  try {
    return imageBuilder(image)?.url() ?? null
  } catch (error) {
    reportContentProblem(`image ${image.asset?._id} has no usable address (${(error as Error).message}); not shown`)
    return null
  }
}

function imageBuilder(image: ImageFields) {
  if (!image.asset) return null
  return builder.image({
    asset: { _ref: image.asset._id },
    crop: image.crop ?? undefined,
    hotspot: image.hotspot ?? undefined,
  })
}

/** A shareable image of exactly `width` × `height`, cropped around the hotspot (for Open Graph). */
export function croppedImageUrl(image: ImageFields, width: number, height: number): string | null {
  try {
    return imageBuilder(image)?.width(width).height(height).fit('crop').url() ?? null
  } catch (error) {
    reportContentProblem(`share image ${image.asset?._id} has no usable address (${(error as Error).message})`)
    return null
  }
}

/** An image field as pages show it: null, and logged, when it cannot be shown. */
export const imageSchema = z.unknown().transform((value) => {
  if (value === null || value === undefined) return null
  const parsed = imageFieldsSchema.safeParse(value)
  if (!parsed.success) {
    reportContentProblem('image skipped', parsed.error)
    return null
  }
  return toContentImage(parsed.data)
})
