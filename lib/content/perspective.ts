import 'server-only'

import { draftMode } from 'next/headers'

import type { Perspective } from '@/lib/sanity/client'

/**
 * The perspective for a page body: drafts in draft mode (issue 5 adds the routes that turn it on),
 * published otherwise. Only page bodies and the layout ask; generateStaticParams, metadata, the
 * sitemap and Open Graph images always read published content. During prerendering draft mode is
 * off, so this never makes a page dynamic.
 */
export async function requestPerspective(): Promise<Perspective> {
  return (await draftMode()).isEnabled ? 'drafts' : 'published'
}
