import type { MetadataRoute } from 'next'

import { fetchContent } from '@/lib/content/fetch'
import { sitemapEntries } from '@/lib/content/sitemap'
import { env } from '@/lib/env'

/**
 * Every public page of every language: the campaign pages (not short links, not pages marked
 * noindex) and the site's own, each with its hreflang alternates (lib/content/sitemap.ts).
 */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [{ pages }, settings] = await Promise.all([fetchContent('routes', {}), fetchContent('settings', {})])
  return sitemapEntries(pages, settings.languages, env.siteUrl)
}
