import { getImageProps } from 'next/image'

import type { ContentImage } from '@/lib/content/image'
import { reportContentProblem } from '@/lib/content/report'

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
  const props = optimizedImageProps(image, sizes, eager)
  if (!props) return null
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

/**
 * next/image's props for an image served by the site's own optimizer, or null (logged) for one it
 * will not serve: a source outside `images.remotePatterns` throws, and an SVG would be linked
 * straight from the lake or Sanity's CDN, a request to another host. One bad image never takes
 * its page down.
 */
function optimizedImageProps(image: ContentImage, sizes: string, eager: boolean) {
  try {
    const { props } = getImageProps({
      src: image.src,
      width: image.width,
      height: image.height,
      alt: image.alt,
      sizes,
      loading: eager ? 'eager' : 'lazy',
    })
    if (props.src.startsWith('/_next/image?')) return props
    reportContentProblem(`image ${image.src} cannot go through the site's image optimizer; not shown`)
  } catch (error) {
    reportContentProblem(`image ${image.src} cannot be shown (${(error as Error).message})`)
  }
  return null
}
