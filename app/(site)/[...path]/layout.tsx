import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'

import { fetchContent } from '@/lib/content/fetch'
import { fixedRoutes, languageById, resolveSitePath, routePath } from '@/lib/content/languages'
import { localPath } from '@/vocabulary/languages'
import { requestPerspective } from '@/lib/content/perspective'
import { siteMetadata } from '@/lib/seo'

import { SiteDocument } from '../SiteDocument'
import '../globals.css'

type Props = { params: Promise<{ path?: string[] }> }

const segments = (path: string) => path.split('/').filter(Boolean)

/**
 * Every page of every language is prerendered at build (`/` by app/(site)/(start)): each
 * language's start page, help pages and accessibility statement, and every campaign page at its
 * address in its language. Pages published later render once on first request and are cached.
 * Short links never get here: proxy.ts answers them. In the layout, not the page, as the segment
 * of a root layout's parameter.
 */
export async function generateStaticParams() {
  const [{ pages }, settings] = await Promise.all([fetchContent('routes', {}), fetchContent('settings', {})])
  if (pages.length === 0) throw new Error('The dataset has no pages: refusing to build an empty site.')
  const languageIds = settings.languages.map((language) => language.id)
  const params = [
    ...languageIds.flatMap((languageId) =>
      fixedRoutes().map((route) => ({ path: segments(routePath(languageId, route)) })),
    ),
    ...pages
      .filter((page) => languageIds.includes(page.language))
      .map((page) => ({ path: segments(localPath(page.language, `/${page.slug}`)) })),
  ]
  // `/` is app/(site)/(start).
  return params.filter(({ path }) => path.length > 0)
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const settings = await fetchContent('settings', {})
  const { languageId } = resolveSitePath(
    (await params).path,
    settings.languages.map((language) => language.id),
  )
  return siteMetadata(settings, languageById(settings.languages, languageId))
}

export const viewport: Viewport = {
  themeColor: '#14213d',
  colorScheme: 'light',
}

/**
 * The public site's root layout, for every address but `/` (which `app/(site)/(start)` renders
 * with it): one catch-all, because a root layout must know the address to set `<html lang>`, and
 * Swedish addresses have no prefix while other languages' prefixes come from the settings
 * (lib/content/languages.ts). Not an optional catch-all: Next requires a root layout's parameter in
 * every prerendered address, and `/` has none. The Studio has its own root layout, and so has draft
 * mode: requests with the draft-mode cookie are rewritten to `app/(draft-mode)`, see
 * docs/preview.md. Nothing here loads preview code.
 */
export default async function SiteRootLayout({ children, params }: Props & { children: ReactNode }) {
  return (
    <SiteDocument path={(await params).path} perspective={await requestPerspective()}>
      {children}
    </SiteDocument>
  )
}
