import type { MetadataRoute } from 'next'

import { ACCESSIBILITY_PATH } from '@/components/layout/SiteFooter'
import { fetchContent } from '@/lib/content/fetch'
import { audienceFilters, HELP_PATH } from '@/vocabulary/help-audiences'
import { env } from '@/lib/env'

/** Every public page: the campaign pages (not short links, not pages marked noindex) and the site's own. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const { pages } = await fetchContent('routes', {})
  const url = (path: string) => new URL(path, env.siteUrl).toString()
  return [
    ...pages
      .filter((page) => !page.noIndex)
      .map((page) => ({ url: url(page.isStartPage ? '/' : `/${page.slug}`), lastModified: page.updatedAt })),
    { url: url(HELP_PATH) },
    ...audienceFilters.map((filter) => ({ url: url(filter.href) })),
    { url: url(ACCESSIBILITY_PATH) },
  ]
}
