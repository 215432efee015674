import 'server-only'

import { readFileSync } from 'node:fs'
import { join } from 'node:path'

import { cacheLife } from 'next/cache'
import { ImageResponse } from 'next/og'

import { croppedImageUrl, type ImageFields } from '@/lib/content/image'
import { OG_IMAGE_SIZE } from '@/lib/seo'

/**
 * Open Graph images, drawn on the server with next/og. The font comes from the npm package in
 * node_modules (never downloaded); an editor's share image is fetched from the lake or Sanity by
 * the server only, cropped around its hotspot.
 */

const FONT_DIR = join(process.cwd(), 'node_modules/@fontsource/atkinson-hyperlegible-next/files')

/** Read once when the module loads, not while a request renders. */
const FONTS = [
  {
    name: 'Atkinson',
    data: readFileSync(join(FONT_DIR, 'atkinson-hyperlegible-next-latin-400-normal.woff')),
    weight: 400 as const,
  },
  {
    name: 'Atkinson',
    data: readFileSync(join(FONT_DIR, 'atkinson-hyperlegible-next-latin-700-normal.woff')),
    weight: 700 as const,
  },
]

/** The share image as a data URL; cached like content, so the image is fetched once per change. */
async function imageDataUrl(url: string): Promise<string | null> {
  'use cache'
  cacheLife({ stale: 300, revalidate: 600, expire: 31_536_000 })
  const response = await fetch(url)
  if (!response.ok) return null
  const type = response.headers.get('content-type') ?? 'image/png'
  return `data:${type};base64,${Buffer.from(await response.arrayBuffer()).toString('base64')}`
}

type OgImageInput = {
  siteName: string
  /** The page title, or the site's description for the site's own image. */
  title: string
  /** Who is behind the site, e.g. "Länsstyrelsen Värmland, Polismyndigheten, Region Värmland". */
  senders: string
  /** The editors' share image, used instead of the drawn one when set. */
  image?: ImageFields | null
}

export async function renderOgImage({ siteName, title, senders, image }: OgImageInput): Promise<ImageResponse> {
  const imageUrl = image ? croppedImageUrl(image, OG_IMAGE_SIZE.width, OG_IMAGE_SIZE.height) : null
  const picture = imageUrl ? await imageDataUrl(imageUrl) : null
  const options = { ...OG_IMAGE_SIZE, fonts: FONTS }

  if (picture) {
    return new ImageResponse(
      // eslint-disable-next-line @next/next/no-img-element -- drawn by next/og, not a web page
      <img
        src={picture}
        alt=""
        width={OG_IMAGE_SIZE.width}
        height={OG_IMAGE_SIZE.height}
        style={{ objectFit: 'cover' }}
      />,
      options,
    )
  }

  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: 72,
        background: '#14213d',
        color: '#ffffff',
        fontFamily: 'Atkinson',
      }}
    >
      <div style={{ display: 'flex', fontSize: 40, fontWeight: 700, color: '#ffc857' }}>{siteName}</div>
      <div
        style={{
          display: 'flex',
          fontSize: title.length > 80 ? 52 : title.length > 40 ? 64 : 80,
          fontWeight: 700,
          lineHeight: 1.15,
        }}
      >
        {title}
      </div>
      <div style={{ display: 'flex', fontSize: 28 }}>{senders}</div>
    </div>,
    options,
  )
}
