import { revalidateTag } from 'next/cache'
import { after } from 'next/server'

import { forgetAddresses, knownAddresses } from '@/lib/content/addresses'
import { tagsForChange, tagsToExpireAtOnce } from '@/lib/content/tags'
import { publicPaths, purgeEdge } from '@/lib/edge'
import { usesLocalLake } from '@/lib/env'
import { serverEnv } from '@/lib/server-env'
import { sharedCache } from '@/lib/shared-cache/bridge'
import {
  assertFreshSignature,
  contentChangeSchema,
  hasValidSignature,
  readCappedBody,
  SIGNATURE_HEADER_NAME,
  WebhookRefusal,
} from '@/lib/webhook'

/** A single change yields about ten tags; more means something is wrong. */
const MAX_TAGS = 32
/** How long a purge of the edge waits for the other instances to learn of the expiry. */
const TAGS_SHARED_TIMEOUT_MS = 2_000
/** Longer than a page takes to render, even on a busy server. */
const RENDERS_IN_FLIGHT_MS = 5_000

const json = (status: number, body: object) => Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } })

/**
 * The publish webhook: the lake (or Sanity) calls it when a document is published, unpublished or
 * deleted. It checks the call (docs/webhooks.md), then expires exactly the cache tags the change
 * affects (see lib/content/tags.ts). Expiry uses the `max` profile: visitors keep getting the last
 * good page while the next request renders a fresh one. Campaign material files that show the
 * document are expired at once instead: the next request draws them again.
 */
export async function POST(request: Request) {
  const secret = serverEnv.revalidateSecret
  if (!secret) return json(401, { message: 'Revalidation is switched off: SANITY_REVALIDATE_SECRET is not set.' })

  // Before any of the body is read: a missing or stale signature, and a body over the limit.
  const signature = request.headers.get(SIGNATURE_HEADER_NAME)
  let body: string
  try {
    assertFreshSignature(signature)
    body = await readCappedBody(request)
  } catch (error) {
    if (error instanceof WebhookRefusal) return json(error.status, { message: error.message })
    throw error
  }
  if (!(await hasValidSignature(body, signature, secret))) {
    return json(401, { message: 'Invalid signature: it does not match the body and the secret.' })
  }

  let parsedJson: unknown
  try {
    parsedJson = JSON.parse(body)
  } catch {
    return json(400, { message: 'Body is not JSON.' })
  }
  const change = contentChangeSchema.safeParse(parsedJson)
  if (!change.success) return json(400, { message: 'Body is not a change notice: expected at least _id and _type.' })

  const tags = tagsForChange(change.data).slice(0, MAX_TAGS)
  const atOnce = tagsToExpireAtOnce(change.data).slice(0, MAX_TAGS)
  // Hosted Sanity's query API can lag a moment behind the webhook; the local lake never does.
  if (!usesLocalLake) await new Promise((resolve) => setTimeout(resolve, 3000))
  const since = Date.now()
  const expire = () => {
    for (const tag of tags) revalidateTag(tag, 'max')
    // Campaign material files: drawn again by the next request, never sent stale (lib/content/tags.ts).
    for (const tag of atOnce) revalidateTag(tag, { expire: 0 })
  }
  expire()
  // The edge drops its copies of every page once every instance knows the tags are stale (they
  // learn it through Redis), so that the next visitor gets the fresh page, not the old one again.
  const paths = publicPaths(knownAddresses())
  const purgeOnceShared = async (expiredAt: number) => {
    await sharedCache()?.tagsShared(tags, expiredAt, TAGS_SHARED_TIMEOUT_MS)
    await purgeEdge(paths)
  }
  // A page render already running when this change arrived still holds the content before it, but
  // Next stamps a page when it is stored, not when its render began, so it would be cached as
  // newer than this change (a quick correction lost until the ten-minute render). Expire the same
  // tags again once such renders are done.
  after(async () => {
    const firstPurge = purgeOnceShared(since)
    await new Promise((resolve) => setTimeout(resolve, RENDERS_IN_FLIGHT_MS))
    const again = Date.now()
    expire()
    // Next applies this expiry when the callback returns, so this purge waits for it on its own.
    void purgeOnceShared(again)
    await firstPurge
  })
  // The proxy's table: a short link may lead to any page, whose slug may have changed.
  forgetAddresses()
  return json(200, { revalidated: tags, expired: atOnce })
}
