import type { MetadataRoute } from 'next'

import { env } from '@/lib/env'

/** Search engines may read the site, but not the Studio or the API (Open Graph images excepted). */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: '*', allow: ['/', '/api/og/'], disallow: ['/studio', '/api/'] }],
    sitemap: new URL('/sitemap.xml', env.siteUrl).toString(),
  }
}
