import type { Metadata } from 'next'
import { permanentRedirect } from 'next/navigation'

import { NotFoundResponse } from '@/components/page/NotFoundResponse'
import { PageView } from '@/components/page/PageView'
import { fetchContent } from '@/lib/content/fetch'
import { requestPerspective } from '@/lib/content/perspective'
import { NOT_FOUND_METADATA, pageMetadata } from '@/lib/seo'

type Props = { params: Promise<{ path: string[] }> }

/** It may answer with a redirect, which Next's dev-time instant-navigation check cannot follow. */
export const instant = false

/** Page slugs: lowercase a–z, digits and hyphens (the Studio enforces it). */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/**
 * Every campaign page (/<slug>) is prerendered at build. Pages published later render once on
 * first request and are cached. Short links never get here: proxy.ts answers them.
 */
export async function generateStaticParams() {
  const { pages } = await fetchContent('routes', {})
  if (pages.length === 0) throw new Error('The dataset has no pages: refusing to build an empty site.')
  return pages.map((page) => ({ path: [page.slug] }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { path } = await params
  if (path.length !== 1 || !SLUG.test(path[0])) return NOT_FOUND_METADATA
  const [page, settings] = await Promise.all([fetchContent('page', { slug: path[0] }), fetchContent('settings', {})])
  return page ? pageMetadata(page, settings) : NOT_FOUND_METADATA
}

export default async function ContentPathPage({ params }: Props) {
  const { path } = await params
  // Anything else cannot be a page: answer 404 without asking the content backend.
  if (path.length !== 1 || !SLUG.test(path[0])) return <NotFoundResponse />

  const page = await fetchContent('page', { slug: path[0] }, { perspective: await requestPerspective() })
  if (page?.isStartPage) permanentRedirect('/')
  return page ? <PageView page={page} /> : <NotFoundResponse />
}
