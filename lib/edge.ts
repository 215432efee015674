import 'server-only'

import { DEFAULT_LANGUAGE_ID } from '@/vocabulary/languages'
import { serverEnv } from '@/lib/server-env'

import { fixedRoutes, routePath } from './content/languages'

import type { Addresses } from './content/routes'

/** Each page is stored once per encoding the edge keeps (deploy/edge/nginx.conf.template). */
const ENCODINGS = ['', 'gzip', 'br']
const PURGE_TIMEOUT_MS = 2_000

/** Every address the edge may keep a copy of that a publish can change. */
export function publicPaths(addresses: Addresses | null): string[] {
  const slugs = [...(addresses?.pageSlugs ?? [])]
  const translated = addresses?.translatedPaths ?? []
  const languageIds = [DEFAULT_LANGUAGE_ID, ...(addresses?.languages ?? [])]
  return [
    ...languageIds.flatMap((languageId) => fixedRoutes().map((route) => routePath(languageId, route))),
    ...slugs.map((slug) => `/${slug}`),
    ...translated,
    '/sitemap.xml',
    '/api/og',
    ...slugs.map((slug) => `/api/og/${slug}`),
    ...translated.map((path) => `/api/og${path}`),
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
