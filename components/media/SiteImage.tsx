import Image from 'next/image'

import type { ContentImage } from '@/lib/content/image'

type Props = {
  image: ContentImage
  /** How wide the image is shown, for the browser to pick a file: e.g. "(min-width: 68rem) 40rem, 100vw". */
  sizes: string
  className?: string
  /** Above the fold: load at once instead of when scrolled near. */
  eager?: boolean
}

/**
 * A CMS image through Next's image optimizer, so the browser only talks to this site. Width and
 * height (after cropping) reserve the space; the blurred preview shows while it loads; the focal
 * point stays in view when CSS crops the image further.
 */
export function SiteImage({ image, sizes, className, eager = false }: Props) {
  return (
    <Image
      src={image.src}
      width={image.width}
      height={image.height}
      alt={image.alt}
      sizes={sizes}
      className={className}
      loading={eager ? 'eager' : 'lazy'}
      placeholder={image.lqip ? 'blur' : 'empty'}
      blurDataURL={image.lqip ?? undefined}
      style={{ objectPosition: image.objectPosition }}
    />
  )
}
