/**
 * Routing. An endpoint is a `Route`: a method, a path pattern and a handler. Patterns are written
 * without the API version prefix (`/data/query/:dataset`): `:name` matches one segment, a final `*`
 * matches the rest. When several routes match, the one with the most literal segments wins, so
 * `/users/me` beats `/users/:ids` whatever the order. A `:dataset` parameter is checked for you:
 * an unknown dataset gets Sanity's 404 before the handler runs. WebSocket endpoints are `SocketRoute`s,
 * matched the same way among themselves.
 */
import type { IncomingHttpHeaders } from 'node:http'
import type { WebSocket } from 'ws'
import type { LakeContext } from '../context.ts'
import type { Identity } from '../auth/users.ts'
import type { RawExchange } from './request.ts'

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'

export interface LakeRequest {
  method: Method
  /** The path without the version prefix, e.g. `/data/query/production`. */
  path: string
  /** `2025-02-19`, `1` or `X`; `1` when the request had no version prefix. */
  apiVersion: string
  url: URL
  query: URLSearchParams
  /** Values of the route's `:name` segments, URL-decoded. */
  params: Record<string, string>
  headers: IncomingHttpHeaders
  identity: Identity
  /** The lake's own base URL as this client reached it, e.g. `https://local.localhost:4456`. */
  origin: string
  lake: LakeContext
  /** The raw body; 413 when larger than the limit. */
  body(): Promise<Buffer>
  /** The body parsed as JSON; 400 when malformed or empty, 413 when larger than the limit. */
  json(): Promise<unknown>
  /** The body as `application/x-www-form-urlencoded` fields. */
  form(): Promise<URLSearchParams>
  /** For streaming handlers (event streams, exports): write to `raw.res` and return `handled()`. */
  raw: RawExchange
}

export type Reply =
  | { kind: 'json'; status: number; body: unknown; headers?: Record<string, string> }
  | { kind: 'text'; status: number; body: string; contentType: string; headers?: Record<string, string> }
  | { kind: 'redirect'; status: number; location: string; headers?: Record<string, string> }
  | { kind: 'handled' }

export const json = (body: unknown, status = 200, headers?: Record<string, string>): Reply => ({
  kind: 'json',
  status,
  body,
  headers,
})
export const text = (body: string, contentType: string, status = 200, headers?: Record<string, string>): Reply => ({
  kind: 'text',
  status,
  body,
  contentType,
  headers,
})
export const redirect = (location: string, headers?: Record<string, string>): Reply => ({
  kind: 'redirect',
  status: 303,
  location,
  headers,
})
/** The handler wrote the response itself. */
export const handled = (): Reply => ({ kind: 'handled' })

export interface Route {
  method: Method | Method[]
  path: string
  /** A long-lived stream: counts towards the client's open-stream limit while it is open (`stream-limits.ts`). */
  stream?: true
  handler(request: LakeRequest): Reply | Promise<Reply>
}

/** An upgrade request that passed the same checks as any request (identity, project, dataset). */
export type SocketRequest = Pick<
  LakeRequest,
  'path' | 'apiVersion' | 'url' | 'query' | 'params' | 'headers' | 'identity' | 'lake'
>

/** A WebSocket endpoint: the handler owns the open socket from then on. */
export interface SocketRoute {
  path: string
  /** Counts towards the client's open-stream limit while the socket is open. */
  stream?: true
  handler(socket: WebSocket, request: SocketRequest): void
}

/** What the router needs of a route; socket routes have no method (a WebSocket upgrade is a GET). */
interface Pattern {
  path: string
  method?: Method | Method[]
}

interface CompiledRoute<R> {
  route: R
  methods: Method[]
  segments: string[]
  literalCount: number
  rest: boolean
}

export type RouteMatch<R = Route> =
  | { kind: 'found'; route: R; params: Record<string, string> }
  | { kind: 'wrong-method'; allowed: Method[] }
  | { kind: 'not-found' }

export class Router<R extends Pattern = Route> {
  private readonly routes: CompiledRoute<R>[] = []

  add(route: R): void {
    const segments = route.path.split('/').filter(Boolean)
    const rest = segments.at(-1) === '*'
    if (rest) segments.pop()
    this.routes.push({
      route,
      methods: route.method === undefined ? ['GET'] : Array.isArray(route.method) ? route.method : [route.method],
      segments,
      literalCount: segments.filter((segment) => !segment.startsWith(':')).length,
      rest,
    })
  }

  match(method: string, path: string): RouteMatch<R> {
    const parts = path.split('/').filter(Boolean)
    let best: { compiled: CompiledRoute<R>; params: Record<string, string> } | undefined
    const allowed = new Set<Method>()
    for (const compiled of this.routes) {
      const params = matchSegments(compiled, parts)
      if (!params) continue
      if (!compiled.methods.includes(method as Method)) {
        compiled.methods.forEach((m) => allowed.add(m))
        continue
      }
      if (!best || compiled.literalCount > best.compiled.literalCount) best = { compiled, params }
    }
    if (best) return { kind: 'found', route: best.compiled.route, params: best.params }
    return allowed.size > 0 ? { kind: 'wrong-method', allowed: [...allowed] } : { kind: 'not-found' }
  }
}

function matchSegments<R>(compiled: CompiledRoute<R>, parts: string[]): Record<string, string> | undefined {
  const { segments, rest } = compiled
  if (rest ? parts.length < segments.length : parts.length !== segments.length) return undefined
  const params: Record<string, string> = {}
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]
    let part: string
    try {
      part = decodeURIComponent(parts[i])
    } catch {
      return undefined
    }
    if (segment.startsWith(':')) params[segment.slice(1)] = part
    else if (segment !== part) return undefined
  }
  if (rest) params['*'] = parts.slice(segments.length).join('/')
  return params
}
