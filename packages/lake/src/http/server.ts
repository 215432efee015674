/**
 * The two listeners and the request pipeline they share: plain HTTP/1.1 on 127.0.0.1 for
 * server-side clients, HTTP/2 with TLS (and HTTP/1.1 fallback) for browsers, which need more
 * parallel streams than six HTTP/1.1 connections give the Studio.
 *
 * Pipeline: reach (host, origin, fetch metadata; `reach.ts`) → CORS → version prefix → identity →
 * project → route → dataset check → open-stream limit (stream routes) → handler → reply → log line.
 * WebSocket upgrades (HTTP/1.1 on either port) pass the same checks up to the dataset, then go to
 * their socket route; a refused upgrade gets the same status and body as a refused request.
 */
import { createServer, STATUS_CODES, type IncomingMessage, type Server } from 'node:http'
import { createSecureServer, type Http2SecureServer } from 'node:http2'
import type { AddressInfo, Socket } from 'node:net'
import { WebSocketServer } from 'ws'
import type { LakeContext } from '../context.ts'
import { ANONYMOUS, type Identity } from '../auth/users.ts'
import { datasetNotFound, httpError, LakeError } from '../errors.ts'
import type { Certificate } from './certificate.ts'
import { checkReach, setCorsHeaders } from './reach.ts'
import { StreamLimits } from './stream-limits.ts'
import {
  asRawExchange,
  hostOf,
  parseJson,
  readBody,
  requestedProjectId,
  splitVersion,
  type RawExchange,
} from './request.ts'
import type { LakeRequest, Method, Reply, Router, SocketRoute } from './router.ts'

export interface Servers {
  httpUrl: string
  httpsUrl: string
  close(): Promise<void>
}

export interface Routers {
  router: Router
  sockets: Router<SocketRoute>
}

const LOOPBACK = '127.0.0.1'
/** How long shutdown waits for requests in flight before cutting connections. */
const DRAIN_MS = 2000
/** WebSocket messages are small (presence); larger ones close the socket with 1009. */
const MAX_SOCKET_MESSAGE_BYTES = 1024 * 1024

export async function startServers(
  lake: LakeContext,
  { router, sockets }: Routers,
  certificate: Certificate,
): Promise<Servers> {
  let inFlight = 0
  // One count for both ports: a client cannot double its allowance by using the other one.
  const streams = new StreamLimits(lake.config.streamsPerClient)
  const handle =
    (scheme: 'http' | 'https') =>
    (...args: Parameters<typeof asRawExchange>) => {
      const raw = asRawExchange(...args)
      const { res } = raw
      inFlight++
      res.on('close', () => inFlight--)
      dispatch(raw, scheme, lake, router, streams).catch((error) => {
        lake.log.error('request failed after the response started', error)
        if (!res.headersSent) res.writeHead(500)
        res.end()
      })
    }
  // Other upgrades (curl's `Upgrade: h2c`) stay ordinary requests.
  const http = createServer({ shouldUpgradeCallback: isWebSocketUpgrade }, handle('http'))
  const https = createSecureServer({ cert: certificate.cert, key: certificate.key, allowHTTP1: true }, handle('https'))
  const webSockets = new WebSocketServer({ noServer: true, maxPayload: MAX_SOCKET_MESSAGE_BYTES })
  const connections = new Set<Socket>()
  for (const [server, scheme] of [
    [http, 'http'],
    [https, 'https'],
  ] as Array<[Server | Http2SecureServer, 'http' | 'https']>) {
    server.on('connection', (socket: Socket) => {
      connections.add(socket)
      socket.on('close', () => connections.delete(socket))
    })
    server.on('upgrade', (req: IncomingMessage, socket: Socket, head: Buffer) =>
      upgrade({ req, socket, head, scheme }, lake, sockets, webSockets, streams),
    )
  }
  const httpPort = await listen(http, lake.config.httpPort)
  const tlsPort = await listen(https, lake.config.tlsPort).catch((error) => {
    http.close()
    throw error
  })
  return {
    httpUrl: `http://${LOOPBACK}:${httpPort}`,
    httpsUrl: `https://localhost:${tlsPort}`,
    async close() {
      const closed = Promise.all([http, https].map((server) => new Promise((resolve) => server.close(resolve))))
      const deadline = Date.now() + DRAIN_MS
      while (inFlight > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20))
      for (const socket of connections) socket.destroy()
      webSockets.close()
      await closed
    },
  }
}

function isWebSocketUpgrade(req: IncomingMessage): boolean {
  return req.headers.upgrade?.toLowerCase() === 'websocket'
}

function listen(server: Server | Http2SecureServer, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, LOOPBACK, () => {
      server.off('error', reject)
      resolve((server.address() as AddressInfo).port)
    })
  })
}

async function dispatch(
  raw: RawExchange,
  scheme: 'http' | 'https',
  lake: LakeContext,
  router: Router,
  streams: StreamLimits,
): Promise<void> {
  const started = performance.now()
  const { req, res } = raw
  const reach = checkReach(req, scheme, hostOf(raw), lake.config.browserOrigins)
  const { url } = reach
  const caller = { who: 'anonymous' }
  res.on('finish', () => {
    lake.log.request({
      method: req.method ?? '?',
      url: url.pathname + url.search,
      status: res.statusCode,
      ms: performance.now() - started,
      who: caller.who,
      tag: url.searchParams.get('tag') ?? undefined,
    })
  })
  if ('refusal' in reach) {
    send(raw, errorReply(lake, `${req.method} ${url.pathname}`, reach.refusal))
    return
  }
  setCorsHeaders(req, res, lake.config.browserOrigins)
  if (req.method === 'OPTIONS') {
    res.writeHead(204)
    res.end()
    return
  }
  let reply: Reply
  try {
    const admitted = admit(lake, router, req, url, caller)
    if (admitted.kind === 'wrong-method') {
      res.setHeader('allow', admitted.allowed.join(', '))
      throw httpError(405, `${req.method} is not allowed here; use ${admitted.allowed.join(' or ')}`)
    }
    const { route, params, apiVersion, path, identity } = admitted
    if (route.stream) res.once('close', streams.acquire(identity, req.socket.remoteAddress))
    let body: Promise<Buffer> | undefined
    const readOnce = () => (body ??= readBody(raw, lake.config.maxBodyBytes))
    const request: LakeRequest = {
      method: req.method as Method,
      path,
      apiVersion,
      url,
      query: url.searchParams,
      params,
      headers: req.headers,
      identity,
      origin: url.origin,
      lake,
      body: readOnce,
      json: async () => parseJson(await readOnce()),
      form: async () => new URLSearchParams((await readOnce()).toString('utf8')),
      raw,
    }
    reply = await route.handler(request)
  } catch (error) {
    reply = errorReply(lake, `${req.method} ${url.pathname}`, error)
  }
  send(raw, reply)
}

type Admission<R> =
  | { kind: 'found'; route: R; params: Record<string, string>; apiVersion: string; path: string; identity: Identity }
  | { kind: 'wrong-method'; allowed: Method[] }

/**
 * The checks every request and upgrade passes before its handler: version prefix, identity (an
 * unknown token is refused with 401), project, route, dataset. Refusals are thrown as LakeErrors;
 * `caller.who` names the caller for the log line.
 */
function admit<R extends { path: string }>(
  lake: LakeContext,
  router: Router<R>,
  req: IncomingMessage,
  url: URL,
  caller: { who: string },
): Admission<R> {
  const { apiVersion, path } = splitVersion(url.pathname)
  let identity: Identity = ANONYMOUS
  try {
    identity = lake.auth.identify(header(req.headers.authorization), header(req.headers.cookie))
  } catch (error) {
    caller.who = 'unknown token'
    throw error
  }
  caller.who = identity.user?.id ?? 'anonymous'
  const project = requestedProjectId({ req })
  if (project && project !== lake.config.projectId) {
    throw httpError(404, `Project "${project}" not found: this local lake serves "${lake.config.projectId}"`)
  }
  const match = router.match(req.method ?? 'GET', path)
  if (match.kind === 'not-found') throw httpError(404, `No endpoint at ${path}`)
  if (match.kind === 'wrong-method') return match
  if (match.params.dataset !== undefined && !lake.store.hasDataset(match.params.dataset)) {
    throw datasetNotFound(match.params.dataset, lake.config.projectId)
  }
  return { kind: 'found', route: match.route, params: match.params, apiVersion, path, identity }
}

function errorReply(lake: LakeContext, what: string, error: unknown): Extract<Reply, { kind: 'json' }> {
  if (error instanceof LakeError) return { kind: 'json', status: error.status, body: error.body }
  lake.log.error(`${what} failed`, error)
  return { kind: 'json', status: 500, body: httpError(500, 'The lake failed to handle this request').body }
}

interface Upgrade {
  req: IncomingMessage
  socket: Socket
  head: Buffer
  scheme: 'http' | 'https'
}

/** A WebSocket handshake: admitted like a request, then handed to its socket route. */
function upgrade(
  { req, socket, head, scheme }: Upgrade,
  lake: LakeContext,
  sockets: Router<SocketRoute>,
  webSockets: WebSocketServer,
  streams: StreamLimits,
): void {
  const started = performance.now()
  const reach = checkReach(req, scheme, hostOf({ req }), lake.config.browserOrigins)
  const { url } = reach
  const caller = { who: 'anonymous' }
  const logLine = (status: number) =>
    lake.log.request({
      method: req.method ?? '?',
      url: url.pathname + url.search,
      status,
      ms: performance.now() - started,
      who: caller.who,
      tag: url.searchParams.get('tag') ?? undefined,
    })
  socket.on('error', () => socket.destroy())
  try {
    if ('refusal' in reach) throw reach.refusal
    const admitted = admit(lake, sockets, req, url, caller)
    if (admitted.kind === 'wrong-method') throw httpError(405, `${req.method} is not allowed here; use GET`)
    const { route, params, apiVersion, path, identity } = admitted
    if (route.stream) socket.once('close', streams.acquire(identity, socket.remoteAddress))
    // ws answers a malformed handshake itself (400) and never calls back.
    webSockets.handleUpgrade(req, socket, head, (webSocket) => {
      logLine(101)
      const request = { path, apiVersion, url, query: url.searchParams, params, headers: req.headers, identity, lake }
      try {
        route.handler(webSocket, request)
      } catch (error) {
        lake.log.error(`socket ${url.pathname} failed`, error)
        webSocket.close(1011, 'The lake failed to handle this connection')
      }
    })
  } catch (error) {
    const reply = errorReply(lake, `upgrade ${url.pathname}`, error)
    const body = JSON.stringify(reply.body)
    socket.end(
      `HTTP/1.1 ${reply.status} ${STATUS_CODES[reply.status]}\r\n` +
        'content-type: application/json; charset=utf-8\r\n' +
        `content-length: ${Buffer.byteLength(body)}\r\n` +
        'connection: close\r\n\r\n' +
        body,
    )
    logLine(reply.status)
  }
}

function send({ res }: RawExchange, reply: Reply): void {
  if (reply.kind === 'handled') return
  for (const [name, value] of Object.entries(reply.headers ?? {})) res.setHeader(name, value)
  if (reply.kind === 'redirect') {
    res.writeHead(reply.status, { location: reply.location })
    res.end()
    return
  }
  const isJson = reply.kind === 'json'
  const body = isJson ? JSON.stringify(reply.body) : reply.body
  res.writeHead(reply.status, {
    'content-type': isJson ? 'application/json; charset=utf-8' : reply.contentType,
    'content-length': Buffer.byteLength(body),
  })
  res.end(body)
}

function header(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value
}
