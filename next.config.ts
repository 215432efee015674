import type { NextConfig } from 'next'
import { resolve } from 'node:path'

import { assetBaseUrl, env, studioApiOrigins, usesLocalLake } from './lib/env'
import { securityHeaderRules } from './lib/security-headers'

const development = process.env.NODE_ENV === 'development'
const assetOrigin = new URL(assetBaseUrl)

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The server the Docker image runs (`node server.js`), with only the files it needs.
  output: 'standalone',
  // Several instances share rendered pages, content and tag expiry through Redis when REDIS_URL is
  // set (lib/shared-cache/, docs/deploy.md); without it each keeps its own, as Next does alone.
  // `next dev` keeps Next's own handlers.
  ...(development
    ? {}
    : {
        cacheHandler: resolve('lib/shared-cache/pages.ts'),
        cacheHandlers: { default: resolve('lib/shared-cache/data.ts') },
      }),
  // Cached data and prerendered pages; why this and not fetch-level ISR: lib/content/fetch.ts.
  cacheComponents: true,
  // A URL that was not prerendered waits for its complete page, so a new page, a deleted page or a
  // new short link answers with its real status (200, 404, 307/308) instead of a 200 shell.
  partialPrefetching: false,
  experimental: {
    // 404 for URLs that no route matches; the site and the Studio have separate root layouts.
    globalNotFound: true,
  },
  env: {
    LAKE_PORT: process.env.LAKE_PORT || '4455',
    LAKE_TLS_PORT: process.env.LAKE_TLS_PORT || '4456',
  },
  images: {
    // Visitors only ever load images from the site itself (/_next/image); the server fetches the
    // originals from the lake or Sanity's CDN. Any query is allowed (no `search`): an editor's crop
    // reaches the original as `?rect=…`. (A pattern made from a URL would allow only an empty one.)
    remotePatterns: [
      {
        protocol: assetOrigin.protocol === 'https:' ? 'https' : 'http',
        hostname: assetOrigin.hostname,
        port: assetOrigin.port,
        pathname: `/images/${env.projectId}/${env.dataset}/**`,
      },
    ],
    // Next refuses upstreams on private addresses; the local lake listens on 127.0.0.1.
    dangerouslyAllowLocalIP: usesLocalLake,
    // Asset URLs carry a content hash, so an optimised image never goes stale.
    minimumCacheTTL: 31_536_000,
    deviceSizes: [360, 640, 828, 1080, 1280, 1600, 2048],
    imageSizes: [96, 160, 256, 384],
  },
  async rewrites() {
    return {
      // Draft mode has its own route tree (app/(draft-mode), docs/preview.md), so that visitors'
      // pages carry none of its code. Every page request with Next's draft-mode cookie goes there;
      // the API, the Studio, Next's assets and files (sitemap.xml, icons) stay where they are.
      beforeFiles: [
        {
          source: '/:path((?!(?:~draft|api|studio|_next)(?:/|$))(?!.*\\.\\w+$).*)',
          has: [{ type: 'cookie', key: '__prerender_bypass' }],
          destination: '/~draft/:path',
        },
      ],
    }
  },
  async headers() {
    return securityHeaderRules({
      development,
      siteUrl: env.siteUrl,
      studioConnectOrigins: [
        ...studioApiOrigins,
        ...studioApiOrigins.map((origin) => origin.replace('https:', 'wss:')),
      ],
      studioImageOrigins: usesLocalLake ? studioApiOrigins : ['https://cdn.sanity.io'],
    })
  },
}

export default nextConfig
