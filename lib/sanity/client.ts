import 'server-only'

import { createClient, type ClientPerspective } from '@sanity/client'

import { env, serverApiHost, usesLocalLake } from '@/lib/env'
import { apiVersion } from '@/vocabulary/api-version'
import { serverEnv } from '@/lib/server-env'

import { encodeVisibleTextOnly, STUDIO_PATH } from './stega'

/**
 * The site's only way to the content: server-side, never through Sanity's CDN (`useCdn: false`),
 * so that a read right after a publish webhook sees the new content. Published reads carry no
 * stega markers; only draft mode's do.
 */
const publishedConfig = {
  projectId: env.projectId,
  dataset: env.dataset,
  apiVersion,
  useCdn: false,
  perspective: 'published',
  stega: false,
  ...(usesLocalLake ? { apiHost: serverApiHost, useProjectHostname: false } : {}),
} as const
const publishedClient = createClient(publishedConfig)

/**
 * Published reads for the proxy (lib/content/addresses.ts), which answers a visitor while it reads:
 * no retries (they are fixed when a client is made, so this is a client of its own), and a backend
 * that has not answered within three seconds counts as down.
 */
export const proxyClient = createClient({ ...publishedConfig, maxRetries: 0, timeout: 3_000 })

/**
 * What a read sees: published content (visitors), drafts over published (draft mode), or a
 * release stack from Presentation (draft mode with a release chosen): release names with
 * `drafts` last, earlier names over later ones, published beneath, e.g. `['rLaunch', 'drafts']`.
 */
export type Perspective = Extract<ClientPerspective, 'published' | 'drafts'> | ReleaseStack
export type ReleaseStack = string[]

/**
 * A client for one perspective. Drafts need the viewer token, which stays on the server; without
 * it a drafts read would silently return published content, so it fails loudly instead.
 *
 * Drafts and releases are read for draft mode only, where page bodies carry stega markers for visual editing:
 * the client asks for a content source map and encodes visible text with links into the Studio.
 */
export function clientFor(perspective: Perspective) {
  if (perspective === 'published') return publishedClient
  return viewerClient().withConfig({
    perspective,
    stega: { enabled: true, studioUrl: STUDIO_PATH, filter: encodeVisibleTextOnly },
  })
}

/** The published client with the server-side viewer token, which may read drafts. */
export function viewerClient() {
  if (!serverEnv.readToken) throw new Error('SANITY_API_READ_TOKEN is needed to read drafts. See .env.example.')
  return publishedClient.withConfig({ token: serverEnv.readToken })
}

/**
 * A client acting as a signed-in Studio user, with their own token: only to ask the backend who
 * they are (lib/figures/access.ts). No retries: the Studio waits on it.
 */
export function userClient(token: string) {
  return publishedClient.withConfig({ token, maxRetries: 0, timeout: 5_000 })
}

/** Where the client sends its requests, for error messages. */
export const contentApiUrl = usesLocalLake ? serverApiHost : `https://${env.projectId}.api.sanity.io`

/**
 * A client with an editor's own Studio session token, for one request the editor made from the
 * Studio (app/api/link-check): whatever it writes, it writes with that editor's rights, so the
 * site itself never holds a token that may write.
 */
export function sessionClient(token: string) {
  return publishedClient.withConfig({ token, perspective: 'raw' })
}
