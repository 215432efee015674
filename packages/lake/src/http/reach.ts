/**
 * Who may reach the lake. It listens on loopback only, but the browser of the person running it
 * visits other sites, and their pages can send requests to loopback too. Every request and
 * WebSocket upgrade passes these checks before anything else:
 * - the Host must be a loopback name (`localhost`, `*.localhost`, `127.0.0.1`, `[::1]`), so a
 *   page whose own host name was made to resolve to 127.0.0.1 (DNS rebinding) is refused;
 * - a request that carries an Origin must come from one of the configured browser origins (the
 *   Studio's and the site's), or from the lake itself (its login form);
 * - a request a browser marks as cross-site (`Sec-Fetch-Site`) that is not a CORS request or a
 *   WebSocket, and so carries no Origin to check, may only load an asset or open the login page:
 *   an `<img>` or `<script>` elsewhere cannot run a query or open a stream.
 * CORS headers are sent to the configured origins only.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { httpError, type LakeError } from '../errors.ts'

/** The loopback names the lake answers to; browsers resolve `*.localhost` to loopback themselves. */
export function isLoopbackHost(hostname: string): boolean {
  const name = hostname.toLowerCase()
  return name === 'localhost' || name.endsWith('.localhost') || name === '127.0.0.1' || name === '[::1]'
}

/** Paths a page on another site may load without CORS: assets (`<img>`, download links). */
const ASSET_PATH = /^\/(images|files)\//
const LOGIN_PAGE = /^(\/v[^/]+)?\/auth\/login\/local$/

/**
 * The request's URL when the caller may reach the lake, else the refusal. `host` is the Host header
 * (`:authority` in HTTP/2).
 */
export function checkReach(
  req: IncomingMessage,
  scheme: 'http' | 'https',
  host: string,
  allowedOrigins: readonly string[],
): { url: URL } | { refusal: LakeError; url: URL } {
  let url: URL
  try {
    url = new URL(req.url ?? '/', `${scheme}://${host}`)
  } catch {
    return { refusal: httpError(400, `The Host header "${host}" is not a host name`), url: fallbackUrl(req, scheme) }
  }
  if (!isLoopbackHost(url.hostname)) {
    const refusal = httpError(
      403,
      `The host "${url.hostname}" is not a loopback name: the lake answers only to localhost, *.localhost, 127.0.0.1 and [::1]`,
    )
    return { refusal, url }
  }
  const origin = header(req.headers.origin)
  if (origin !== undefined && origin !== url.origin && !allowedOrigins.includes(origin)) {
    const refusal = httpError(
      403,
      `Pages from ${origin} may not call the lake; it allows ${allowedOrigins.join(', ')} (LAKE_CORS_ORIGINS)`,
    )
    return { refusal, url }
  }
  const site = header(req.headers['sec-fetch-site'])
  const mode = header(req.headers['sec-fetch-mode'])
  const crossSite = site === 'cross-site' || site === 'same-site'
  const checkedByOrigin = mode === 'cors' || mode === 'websocket'
  if (crossSite && !checkedByOrigin && !mayLoadCrossSite(req, url, mode)) {
    const refusal = httpError(403, 'Pages on other sites may load only assets and the login page from the lake')
    return { refusal, url }
  }
  return { url }
}

function mayLoadCrossSite(req: IncomingMessage, url: URL, mode: string | undefined): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false
  return ASSET_PATH.test(url.pathname) || (mode === 'navigate' && LOGIN_PAGE.test(url.pathname))
}

/** Credentialed CORS for an allowed origin: echo it, never `*`. Others get no CORS headers at all. */
export function setCorsHeaders(req: IncomingMessage, res: ServerResponse, allowedOrigins: readonly string[]): void {
  const origin = header(req.headers.origin)
  if (!origin || !allowedOrigins.includes(origin)) return
  res.setHeader('access-control-allow-origin', origin)
  res.setHeader('access-control-allow-credentials', 'true')
  res.setHeader('vary', 'Origin')
  if (req.method === 'OPTIONS') {
    res.setHeader('access-control-allow-methods', 'GET, POST, PUT, PATCH, DELETE, OPTIONS')
    res.setHeader(
      'access-control-allow-headers',
      header(req.headers['access-control-request-headers']) ?? 'Authorization, Content-Type',
    )
    res.setHeader('access-control-max-age', '600')
    if (req.headers['access-control-request-private-network']) {
      res.setHeader('access-control-allow-private-network', 'true')
    }
  }
}

/** A URL for the log line of a request whose Host could not be parsed. */
function fallbackUrl(req: IncomingMessage, scheme: 'http' | 'https'): URL {
  try {
    return new URL(req.url ?? '/', `${scheme}://invalid-host`)
  } catch {
    return new URL(`${scheme}://invalid-host/`)
  }
}

function header(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value
}
