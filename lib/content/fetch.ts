import 'server-only'

import { cacheLife, cacheTag } from 'next/cache'
import { PHASE_PRODUCTION_BUILD } from 'next/constants'
import type { SanityClient } from '@sanity/client'

import { clientFor, contentApiUrl, proxyClient, type Perspective } from '@/lib/sanity/client'
import { env } from '@/lib/env'

import { contentQueries, type ContentQueryName, type ParamsOf, type ResultOf } from './registry'
import { tagsInResult } from './tags'

/**
 * The one way site code reads content.
 *
 * Why Cache Components ('use cache' + cacheTag/cacheLife) and not fetch-level ISR (`next.tags`):
 * - Tags can be added after the query has run, so a result is tagged with the id of every document
 *   in it (a help link, a linked page, an organisation), and a change to any of them refreshes every
 *   page that shows it. Fetch-level tags must be known before the request.
 * - Pages are still prerendered at build and served from the cache; URLs added later are rendered
 *   once, completely (partialPrefetching is off), and cached with their real status.
 *
 * Why not next-sanity's `defineLive`: its `sanityFetch` forces Sanity's CDN for published reads
 * (`useCdn: true`; `cacheMode: 'noStale'` is not the same thing), so a webhook could re-cache stale
 * content, and it exists to pair with `<SanityLive>`, which would give every visitor live-update
 * JavaScript and a connection to Sanity. Here the server reads without CDN and without stega, and
 * visitors get plain cached HTML.
 *
 * Freshness: the publish webhook (app/api/revalidate) expires exactly the tags that changed with
 * the `max` profile: the next visitor gets the last good page while a fresh one renders. If the
 * webhook is lost, CONTENT_CACHE_LIFE renders pages again after ten minutes. If the content
 * backend is down, a failed render keeps the last good page (stale-while-revalidate, entries never
 * expire on error). At build time an unreachable backend fails the build with a clear message.
 *
 * Perspective seam: published reads (every visitor, generateStaticParams, metadata, sitemap, Open
 * Graph) go through the cache; the proxy's address table (addresses.ts) keeps its own copy, read
 * with fetchContentUncached. Draft mode passes `perspective: 'drafts'`: those reads use the
 * server-side viewer token and bypass the cache entirely (docs/preview.md).
 */

/** How long cached content lives; see the comment above. */
export const CONTENT_CACHE_LIFE = {
  /** Browsers' router may reuse a page for five minutes. */
  stale: 300,
  /** Fallback when a webhook is lost. */
  revalidate: 600,
  /** A year: the last good page keeps being served while the backend is down. */
  expire: 31_536_000,
}

export class ContentUnavailableError extends Error {
  constructor(cause: unknown) {
    const reason =
      cause instanceof Error ? (cause.cause instanceof Error ? cause.cause.message : cause.message) : String(cause)
    super(
      `Could not read content from ${contentApiUrl} (project "${env.projectId}", dataset "${env.dataset}"): ${reason}. ` +
        (env.projectId === 'local'
          ? 'Is the local content lake running? Start it with `npm run lake -- --seed` (or `npm run dev`).'
          : 'Check NEXT_PUBLIC_SANITY_PROJECT_ID, NEXT_PUBLIC_SANITY_DATASET and the network.'),
      { cause },
    )
    this.name = 'ContentUnavailableError'
  }
}

const isBuild = () => process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD

async function runQuery<Name extends ContentQueryName>(
  name: Name,
  params: ParamsOf<Name>,
  client: SanityClient,
): Promise<{ raw: unknown; data: ResultOf<Name> }> {
  const definition = contentQueries[name]
  const checkedParams = definition.params.parse(params)
  let raw: unknown
  try {
    // TypeGen types each query's raw result; the zod schema below is what the site relies on.
    raw = await client.fetch<unknown>(definition.query, checkedParams)
  } catch (error) {
    throw new ContentUnavailableError(error)
  }
  if (raw === null && definition.requiredAtBuild && isBuild()) {
    // Reachable but empty: shipping the site without its content would be worse than no deploy.
    throw new Error(
      `The dataset "${env.dataset}" at ${contentApiUrl} has no ${name} document, so the site would be empty. ` +
        (env.projectId === 'local'
          ? 'Seed the local lake with `npm run lake -- --seed`.'
          : 'Publish the site settings first.'),
    )
  }
  return { raw, data: definition.schema.parse(raw) }
}

async function cachedQuery<Name extends ContentQueryName>(name: Name, params: ParamsOf<Name>) {
  'use cache'
  cacheLife(CONTENT_CACHE_LIFE)
  const { raw, data } = await runQuery(name, params, clientFor('published'))
  cacheTag(...tagsInResult(raw, contentQueries[name].tags(params, data)))
  return data
}

export type FetchOptions = {
  perspective?: Perspective
  /**
   * Published content read now, past the cache: for a result that is cached whole under tags of
   * its own (campaign material files, lib/material/file.ts), so that it is never drawn from a
   * cached read that a publish has just made stale.
   */
  fresh?: boolean
}

/**
 * Runs a named query from the registry and returns its checked result. Published reads are cached
 * and tagged (unless `fresh`); any other perspective is read fresh on every request and never cached.
 */
export async function fetchContent<Name extends ContentQueryName>(
  name: Name,
  params: ParamsOf<Name>,
  { perspective = 'published', fresh = false }: FetchOptions = {},
): Promise<ResultOf<Name>> {
  if (perspective === 'published' && !fresh) return cachedQuery(name, params)
  return (await runQuery(name, params, clientFor(perspective))).data
}

/**
 * Reads a named query's published result now, past Next's cache and without retries: for the
 * proxy (proxy.ts), which runs before that cache, keeps what it reads itself, and must not keep
 * visitors waiting on a backend that is down.
 */
export async function fetchContentUncached<Name extends ContentQueryName>(
  name: Name,
  params: ParamsOf<Name>,
): Promise<ResultOf<Name>> {
  return (await runQuery(name, params, proxyClient)).data
}
