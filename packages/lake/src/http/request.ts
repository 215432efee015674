/**
 * The request side of HTTP: the version prefix, the project id (from the host or a header), and
 * bounded body reading. Works the same for HTTP/1.1 and HTTP/2 requests.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Http2ServerRequest, Http2ServerResponse } from 'node:http2'
import { badRequest, httpError } from '../errors.ts'

/**
 * The Node request and response. HTTP/2 requests arrive through Node's compatibility API, which
 * offers the HTTP/1 methods the lake uses, so both are typed as HTTP/1 objects.
 */
export interface RawExchange {
  req: IncomingMessage
  res: ServerResponse
}

export function asRawExchange(
  req: IncomingMessage | Http2ServerRequest,
  res: ServerResponse | Http2ServerResponse,
): RawExchange {
  return { req: req as unknown as IncomingMessage, res: res as unknown as ServerResponse }
}

/** `/v2025-02-19/data/...`, `/v1/...` and `/vX/...` carry the API version; anything else is v1. */
export function splitVersion(pathname: string): { apiVersion: string; path: string } {
  const match = /^\/v(\d{4}-\d{2}-\d{2}|\d+|X)(?=\/|$)/.exec(pathname)
  if (!match) return { apiVersion: '1', path: pathname || '/' }
  return { apiVersion: match[1], path: pathname.slice(match[0].length) || '/' }
}

/** The host as the client wrote it (`:authority` in HTTP/2). */
export function hostOf(raw: Pick<RawExchange, 'req'>): string {
  const headers = raw.req.headers
  return String(headers[':authority'] ?? headers.host ?? 'localhost')
}

/**
 * The project a request names: the Studio puts it in front of the host (`local.localhost`),
 * server-side clients send `X-Sanity-Project-ID`. Undefined when neither does.
 */
export function requestedProjectId(raw: Pick<RawExchange, 'req'>): string | undefined {
  const header = raw.req.headers['x-sanity-project-id']
  if (typeof header === 'string' && header) return header
  const hostname = hostOf(raw).replace(/:\d+$/, '')
  const match = /^([a-z0-9-]+)\.localhost$/i.exec(hostname)
  return match?.[1]
}

/** Reads the whole body, refusing more than `limit` bytes with 413 without breaking the connection. */
export function readBody(raw: RawExchange, limit: number): Promise<Buffer> {
  const { req } = raw
  const declared = Number(req.headers['content-length'])
  const tooLarge = () => httpError(413, `Request body is larger than the limit of ${limit} bytes`)
  return new Promise((resolve, reject) => {
    if (Number.isFinite(declared) && declared > limit) {
      req.resume()
      reject(tooLarge())
      return
    }
    const chunks: Buffer[] = []
    let size = 0
    const onData = (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) {
        req.off('data', onData)
        req.off('end', onEnd)
        // Keep reading and discarding, so the client sees our 413 instead of a reset connection.
        req.resume()
        reject(tooLarge())
        return
      }
      chunks.push(chunk)
    }
    const onEnd = () => resolve(Buffer.concat(chunks))
    req.on('data', onData)
    req.on('end', onEnd)
    req.on('error', reject)
  })
}

export function parseJson(body: Buffer): unknown {
  const text = body.toString('utf8')
  if (!text.trim()) throw badRequest('The request body is empty; expected JSON')
  try {
    return JSON.parse(text)
  } catch (error) {
    throw badRequest(`The request body is not valid JSON: ${error instanceof Error ? error.message : String(error)}`)
  }
}
