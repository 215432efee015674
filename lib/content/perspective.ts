import 'server-only'

import { draftMode } from 'next/headers'

import type { Perspective } from '@/lib/sanity/client'

/**
 * The perspective for a page body: drafts in draft mode (turned on by app/api/draft-mode/enable,
 * see docs/preview.md), published otherwise. Only page bodies and the layouts ask;
 * generateStaticParams, metadata, the sitemap and Open Graph images always read published content.
 * During prerendering draft mode is off, so this never makes a page dynamic.
 */
export async function requestPerspective(): Promise<Perspective> {
  return (await draftMode()).isEnabled ? 'drafts' : 'published'
}
