/**
 * The two listeners and the request pipeline they share: plain HTTP/1.1 on 127.0.0.1 for
 * server-side clients, HTTP/2 with TLS (and HTTP/1.1 fallback) for browsers, which need more
 * parallel streams than six HTTP/1.1 connections give the Studio.
 *
 * Pipeline: CORS → version prefix → identity → project → route → dataset check → handler → reply → log line.
 */
import { createServer, type Server } from 'node:http'
import { createSecureServer, type Http2SecureServer } from 'node:http2'
import type { AddressInfo, Socket } from 'node:net'
import type { LakeContext } from '../context.ts'
import { ANONYMOUS, type Identity } from '../auth/users.ts'
import { datasetNotFound, httpError, LakeError } from '../errors.ts'
import type { Certificate } from './certificate.ts'
import {
  asRawExchange,
  hostOf,
  parseJson,
  readBody,
  requestedProjectId,
  splitVersion,
  type RawExchange,
} from './request.ts'
import type { LakeRequest, Method, Reply, Router } from './router.ts'

export interface Servers {
  httpUrl: string
  httpsUrl: string
  close(): Promise<void>
}

const LOOPBACK = '127.0.0.1'
/** How long shutdown waits for requests in flight before cutting connections. */
const DRAIN_MS = 2000

export async function startServers(lake: LakeContext, router: Router, certificate: Certificate): Promise<Servers> {
  let inFlight = 0
  const handle =
    (scheme: 'http' | 'https') =>
    (...args: Parameters<typeof asRawExchange>) => {
      const raw = asRawExchange(...args)
      const { res } = raw
      inFlight++
      res.on('close', () => inFlight--)
      dispatch(raw, scheme, lake, router).catch((error) => {
        lake.log.error('request failed after the response started', error)
        if (!res.headersSent) res.writeHead(500)
        res.end()
      })
    }
  const http = createServer(handle('http'))
  const https = createSecureServer({ cert: certificate.cert, key: certificate.key, allowHTTP1: true }, handle('https'))
  const sockets = new Set<Socket>()
  for (const server of [http, https] as Array<Server | Http2SecureServer>) {
    server.on('connection', (socket: Socket) => {
      sockets.add(socket)
      socket.on('close', () => sockets.delete(socket))
    })
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
      for (const socket of sockets) socket.destroy()
      await closed
    },
  }
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

async function dispatch(raw: RawExchange, scheme: 'http' | 'https', lake: LakeContext, router: Router): Promise<void> {
  const started = performance.now()
  const { req, res } = raw
  const url = new URL(req.url ?? '/', `${scheme}://${hostOf(raw)}`)
  let who = 'anonymous'
  res.on('finish', () => {
    lake.log.request({
      method: req.method ?? '?',
      url: url.pathname + url.search,
      status: res.statusCode,
      ms: performance.now() - started,
      who,
      tag: url.searchParams.get('tag') ?? undefined,
    })
  })
  setCorsHeaders(raw)
  if (req.method === 'OPTIONS') {
    res.writeHead(204)
    res.end()
    return
  }
  let reply: Reply
  try {
    const { apiVersion, path } = splitVersion(url.pathname)
    let identity: Identity = ANONYMOUS
    try {
      identity = lake.auth.identify(header(req.headers.authorization), header(req.headers.cookie))
    } catch (error) {
      who = 'unknown token'
      throw error
    }
    who = identity.user?.id ?? 'anonymous'
    const project = requestedProjectId(raw)
    if (project && project !== lake.config.projectId) {
      throw httpError(404, `Project "${project}" not found: this local lake serves "${lake.config.projectId}"`)
    }
    const match = router.match(req.method ?? 'GET', path)
    if (match.kind === 'not-found') throw httpError(404, `No endpoint at ${path}`)
    if (match.kind === 'wrong-method') {
      res.setHeader('allow', match.allowed.join(', '))
      throw httpError(405, `${req.method} is not allowed here; use ${match.allowed.join(' or ')}`)
    }
    if (match.params.dataset !== undefined && !lake.store.hasDataset(match.params.dataset)) {
      throw datasetNotFound(match.params.dataset, lake.config.projectId)
    }
    let body: Promise<Buffer> | undefined
    const readOnce = () => (body ??= readBody(raw, lake.config.maxBodyBytes))
    const request: LakeRequest = {
      method: req.method as Method,
      path,
      apiVersion,
      url,
      query: url.searchParams,
      params: match.params,
      headers: req.headers,
      identity,
      origin: url.origin,
      lake,
      body: readOnce,
      json: async () => parseJson(await readOnce()),
      form: async () => new URLSearchParams((await readOnce()).toString('utf8')),
      raw,
    }
    reply = await match.route.handler(request)
  } catch (error) {
    if (error instanceof LakeError) {
      reply = { kind: 'json', status: error.status, body: error.body }
    } else {
      lake.log.error(`${req.method} ${url.pathname} failed`, error)
      reply = { kind: 'json', status: 500, body: httpError(500, 'The lake failed to handle this request').body }
    }
  }
  send(raw, reply)
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

/** Browsers call from the Studio's origin with credentials: echo the origin, never `*`. */
function setCorsHeaders({ req, res }: RawExchange): void {
  const origin = header(req.headers.origin)
  if (!origin) return
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

function header(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value
}
