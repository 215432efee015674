import 'server-only'

import { perspectiveCookieName } from '@sanity/preview-url-secret/constants'
import { cookies, draftMode } from 'next/headers'

import type { Perspective } from '@/lib/sanity/client'

/** Sanity's release ids: letters, digits, `_` and `-`, but not the names of other perspectives. */
const RELEASE_NAME = /^[a-zA-Z0-9_-]{1,64}$/
const isReleaseName = (name: string) => RELEASE_NAME.test(name) && name !== 'raw' && name !== 'previewDrafts'

/**
 * The perspective for a page body. Published outside draft mode. In draft mode (turned on by
 * app/api/draft-mode/enable, see docs/preview.md), the one Presentation chose: it sends its
 * perspective with the preview link and whenever the editor picks another
 * (components/preview/PreviewOverlays.tsx), and next-sanity keeps it in a cookie of draft mode's:
 * `drafts`, `published`, or a release stack such as `rLaunch,drafts`. Anything else means drafts.
 * Only page bodies and the layouts ask; generateStaticParams, metadata, the sitemap and Open Graph
 * images always read published content. During prerendering draft mode is off, so this never
 * makes a page dynamic.
 */
export async function requestPerspective(): Promise<Perspective> {
  if (!(await draftMode()).isEnabled) return 'published'
  return parsePreviewPerspective((await cookies()).get(perspectiveCookieName)?.value)
}

/** The cookie's value as a perspective the site reads with; exported for its test. */
export function parsePreviewPerspective(value: string | undefined): Perspective {
  if (value === 'published') return 'published'
  // The Studio's stack for a release names it first, then the releases before it, then drafts.
  const names = (value ?? '').split(',').map((name) => name.trim())
  const layers = names.filter((name) => name !== 'published')
  const releases = layers.filter((name) => name !== 'drafts')
  if (releases.length === 0 || !releases.every(isReleaseName)) return 'drafts'
  return layers
}

/** Whether a value from the preview can be stored as the perspective cookie. */
export function isPreviewPerspective(value: unknown): value is string {
  if (typeof value !== 'string') return false
  if (value === 'published' || value === 'drafts') return true
  return value.split(',').every((name) => name === 'drafts' || isReleaseName(name))
}
