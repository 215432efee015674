import 'server-only'

import { timingSafeEqual } from 'node:crypto'

import { decodeSignatureHeader, encodeSignatureHeader, isSignatureError, SIGNATURE_HEADER_NAME } from '@sanity/webhook'
import { z } from 'zod'

import type { ContentChange } from '@/lib/content/tags'

export { SIGNATURE_HEADER_NAME }

/**
 * Checks a Sanity webhook signature (`t=<ms>,v1=<HMAC-SHA256>` over "<t>.<body>") with
 * @sanity/webhook's encoder, but compares in constant time: the library's own check uses `!==`,
 * which leaks how much of a guess was right.
 */
export async function hasValidSignature(body: string, header: string | null, secret: string): Promise<boolean> {
  if (!header || body.length === 0) return false
  try {
    const { timestamp } = decodeSignatureHeader(header)
    const expected = Buffer.from(await encodeSignatureHeader(body, timestamp, secret))
    const received = Buffer.from(header.trim())
    return expected.length === received.length && timingSafeEqual(expected, received)
  } catch (error) {
    if (isSignatureError(error)) return false
    throw error
  }
}

/** Ids, slugs and paths are short; anything longer is not from our webhook (and would make long tags). */
const shortString = z.string().min(1).max(200)
const pair = <T extends z.ZodType>(value: T) => z.object({ before: value.nullish(), after: value.nullish() }).nullish()

/** The webhook's projection (docs/webhooks.md); extra fields are ignored. */
export const contentChangeSchema: z.ZodType<ContentChange> = z.object({
  _id: shortString,
  _type: shortString,
  slug: pair(shortString),
  audiences: pair(z.array(shortString).max(20)),
})
