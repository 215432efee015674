import type { Metadata } from 'next'
import { permanentRedirect, redirect } from 'next/navigation'

import { NotFoundResponse } from '@/components/page/NotFoundResponse'
import { PageView } from '@/components/page/PageView'
import { fetchContent } from '@/lib/content/fetch'
import { requestPerspective } from '@/lib/content/perspective'
import { NOT_FOUND_METADATA, pageMetadata } from '@/lib/seo'

type Props = { params: Promise<{ path: string[] }> }

/** It may answer with a redirect, which Next's dev-time instant-navigation check cannot follow. */
export const instant = false

/** Page slugs and short-link segments: lowercase a–z, digits and hyphens (the Studio enforces it). */
const SEGMENT = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/**
 * Every campaign page (/<slug>) and every short link (/<one>/<or>/<more>/<segments>) is
 * prerendered at build. Addresses published later render once on first request and are cached.
 */
export async function generateStaticParams() {
  const { pages, shortLinkPaths } = await fetchContent('routes', {})
  const params = [
    ...pages.map((page) => ({ path: [page.slug] })),
    ...shortLinkPaths.map((path) => ({ path: path.slice(1).split('/') })),
  ]
  if (params.length === 0) {
    throw new Error('The dataset has no pages and no short links: refusing to build an empty site.')
  }
  return params
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { path } = await params
  // Short links redirect before anything is shown; everything else without a page is a 404.
  if (path.length !== 1 || !SEGMENT.test(path[0])) return NOT_FOUND_METADATA
  const [page, settings] = await Promise.all([fetchContent('page', { slug: path[0] }), fetchContent('settings', {})])
  return page ? pageMetadata(page, settings) : NOT_FOUND_METADATA
}

export default async function ContentPathPage({ params }: Props) {
  const { path } = await params
  // Anything else cannot be a page or a short link: answer 404 without asking the content backend.
  if (!path.every((segment) => SEGMENT.test(segment))) return <NotFoundResponse />

  if (path.length === 1) {
    const page = await fetchContent('page', { slug: path[0] }, { perspective: await requestPerspective() })
    if (page?.isStartPage) permanentRedirect('/')
    if (page) return <PageView page={page} />
  }

  const shortLink = await fetchContent('shortLink', { path: `/${path.join('/')}` })
  if (shortLink?.permanent) permanentRedirect(shortLink.destination)
  if (shortLink) redirect(shortLink.destination)
  return <NotFoundResponse />
}
