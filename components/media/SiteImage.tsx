import { getImageProps } from 'next/image'

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
 * A CMS image through Next's image optimizer (srcset of /_next/image URLs), so the browser only
 * talks to this site. Rendered on the server as a plain <img>: unlike next/image's component it
 * sends no JavaScript. Width and height (after cropping) reserve the space, the blurred preview
 * shows while it loads, and the focal point stays in view when CSS crops the image further.
 */
export function SiteImage({ image, sizes, className, eager = false }: Props) {
  const { props } = getImageProps({
    src: image.src,
    width: image.width,
    height: image.height,
    alt: image.alt,
    sizes,
    loading: eager ? 'eager' : 'lazy',
  })
  const placeholder = image.lqip
    ? { backgroundImage: `url("${image.lqip}")`, backgroundSize: 'cover', backgroundPosition: image.objectPosition }
    : {}
  return (
    // eslint-disable-next-line @next/next/no-img-element -- getImageProps gives next/image's optimised srcset without its client code
    <img
      {...props}
      alt={image.alt}
      className={className}
      style={{ ...props.style, ...placeholder, objectPosition: image.objectPosition }}
    />
  )
}
