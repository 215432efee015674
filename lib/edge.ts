import 'server-only'

import { ACCESSIBILITY_PATH } from '@/components/layout/SiteFooter'
import { audienceFilters, HELP_PATH } from '@/vocabulary/help-audiences'
import { serverEnv } from '@/lib/server-env'

import type { Addresses } from './content/routes'

/** Each page is stored once per encoding the edge keeps (deploy/edge/nginx.conf.template). */
const ENCODINGS = ['', 'gzip', 'br']
const PURGE_TIMEOUT_MS = 2_000

/** Every address the edge may keep a copy of that a publish can change. */
export function publicPaths(addresses: Addresses | null): string[] {
  const slugs = [...(addresses?.pageSlugs ?? [])]
  return [
    '/',
    ...slugs.map((slug) => `/${slug}`),
    HELP_PATH,
    ...audienceFilters.map((filter) => filter.href),
    ACCESSIBILITY_PATH,
    '/sitemap.xml',
    '/api/og',
    ...slugs.map((slug) => `/api/og/${slug}`),
  ]
}

/**
 * Asks every edge (EDGE_PURGE_URLS) to drop its copies of these paths, so that the next visitor's
 * request reaches an instance, which has the fresh page or renders it. The edge also keeps pages
 * only a second (docs/deploy.md), so a purge that fails costs at most that.
 */
export async function purgeEdge(paths: string[]): Promise<void> {
  const requests = serverEnv.edgePurgeUrls.flatMap((edge) =>
    paths.flatMap((path) =>
      ENCODINGS.map((encoding) =>
        fetch(new URL(`/edge/purge${path}`, edge), {
          headers: { 'Accept-Encoding': encoding },
          signal: AbortSignal.timeout(PURGE_TIMEOUT_MS),
        }).then(
          (response) => response.body?.cancel(),
          (error: Error) => console.error(`Edge purge of ${path} at ${edge} failed: ${error.message}`),
        ),
      ),
    ),
  )
  await Promise.all(requests)
}
