import 'server-only'

import { timingSafeEqual } from 'node:crypto'

import { decodeSignatureHeader, encodeSignatureHeader, isSignatureError, SIGNATURE_HEADER_NAME } from '@sanity/webhook'
import { z } from 'zod'

import type { ContentChange } from '@/lib/content/tags'

export { SIGNATURE_HEADER_NAME }

/** A change notice is a few hundred bytes; anything much larger is refused before it is read. */
export const MAX_BODY_BYTES = 16 * 1024
/** Calls are accepted this long after they were signed, so that a recorded call cannot be replayed later. */
export const SIGNATURE_MAX_AGE_MS = 5 * 60_000
/** How far the sender's clock may run ahead of this server's. */
export const CLOCK_SKEW_MS = 60_000

/** A call the route refuses, with the status and message it answers. */
export class WebhookRefusal extends Error {
  readonly status: number

  constructor(status: number, message: string) {
    super(message)
    this.name = 'WebhookRefusal'
    this.status = status
  }
}

/**
 * Refuses a signature header that is missing, malformed, too old or dated too far ahead, before
 * the body is read. (Sanity and the lake sign each delivery attempt anew, so retries stay fresh.)
 */
export function assertFreshSignature(header: string | null, now = Date.now()): void {
  if (!header) throw new WebhookRefusal(401, `Missing signature: the ${SIGNATURE_HEADER_NAME} header is required.`)
  let timestamp: number
  try {
    ;({ timestamp } = decodeSignatureHeader(header))
  } catch (error) {
    if (isSignatureError(error)) throw new WebhookRefusal(401, 'Malformed signature: expected t=<ms>,v1=<signature>.')
    throw error
  }
  const seconds = (ms: number) => Math.round(ms / 1000)
  if (now - timestamp > SIGNATURE_MAX_AGE_MS) {
    throw new WebhookRefusal(
      401,
      `Signature too old: signed ${seconds(now - timestamp)} s ago, and calls are accepted for ${seconds(SIGNATURE_MAX_AGE_MS)} s.`,
    )
  }
  if (timestamp - now > CLOCK_SKEW_MS) {
    throw new WebhookRefusal(
      401,
      `Signature dated ${seconds(timestamp - now)} s in the future: check the sender's clock.`,
    )
  }
}

/**
 * The body as text, refusing one over MAX_BODY_BYTES before it is read: from its Content-Length
 * when it has one, else as soon as the stream passes the limit. The rest is never read.
 */
export async function readCappedBody(request: Request): Promise<string> {
  const tooLarge = () =>
    new WebhookRefusal(413, `Body too large: a change notice is at most ${MAX_BODY_BYTES / 1024} KB.`)
  if (Number(request.headers.get('content-length')) > MAX_BODY_BYTES) throw tooLarge()
  if (!request.body) return ''
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    // Released, not cancelled: cancelling would close the connection before the 413 goes out.
    if (size > MAX_BODY_BYTES) {
      reader.releaseLock()
      throw tooLarge()
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks).toString('utf8')
}

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
  language: shortString.nullish(),
  slug: pair(shortString),
  audiences: pair(z.array(shortString).max(20)),
})
