/**
 * One delivery attempt: the HTTP request Sanity's webhook delivery makes, with its headers and,
 * when the webhook has a secret, the `sanity-webhook-signature` that `@sanity/webhook` checks:
 * `t=<unix ms>,v1=<base64url HMAC-SHA256 of "<t>.<body>">`.
 */
import { createHmac } from 'node:crypto'
import { request as httpRequest } from 'node:http'
import { request as httpsRequest } from 'node:https'
import type { Webhook } from './definitions.ts'
import type { Message } from './outbox.ts'

/** An attempt that takes longer fails and is retried. */
const ATTEMPT_TIMEOUT_MS = 30_000

export type AttemptResult = { status: number } | { error: string }

export function signature(body: string, timestamp: number, secret: string): string {
  const digest = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('base64url')
  return `t=${timestamp},v1=${digest}`
}

export function deliveryHeaders(webhook: Webhook, message: Message, projectId: string): Record<string, string> {
  return {
    ...webhook.headers,
    'content-type': 'application/json',
    'user-agent': 'local-content-lake webhook delivery',
    'idempotency-key': message.id,
    'sanity-project-id': projectId,
    'sanity-dataset': message.dataset,
    'sanity-document-id': message.documentId,
    'sanity-transaction-id': message.transactionId,
    'sanity-transaction-time': message.transactionTime,
    'sanity-operation': message.operation,
    'sanity-webhook-id': webhook.name,
    ...(webhook.secret ? { 'sanity-webhook-signature': signature(message.body, Date.now(), webhook.secret) } : {}),
  }
}

/** Sends one attempt. Resolves with the status, or with the reason no status came (never rejects). */
export function attempt(webhook: Webhook, headers: Record<string, string>, body: string, signal: AbortSignal) {
  const send = webhook.url.protocol === 'https:' ? httpsRequest : httpRequest
  return new Promise<AttemptResult>((resolve) => {
    const request = send(webhook.url, {
      method: webhook.httpMethod,
      headers: { ...headers, 'content-length': Buffer.byteLength(body) },
      signal: AbortSignal.any([signal, AbortSignal.timeout(ATTEMPT_TIMEOUT_MS)]),
    })
    request.on('response', (response) => {
      // The body is not used; reading it lets the connection close or be reused.
      response.resume()
      response.on('end', () => resolve({ status: response.statusCode ?? 0 }))
      response.on('error', (error) => resolve({ error: error.message }))
    })
    request.on('error', (error) =>
      resolve({ error: error.name === 'AbortError' || error.name === 'TimeoutError' ? 'timed out' : error.message }),
    )
    request.end(body)
  })
}
