/**
 * One connection of Sanity's "Bifur" socket protocol, as `@sanity/bifur-client` speaks it: JSON-RPC
 * 2.0 over a WebSocket. The client calls methods (`{jsonrpc, id, method, params}`, answered with
 * `{jsonrpc, id, result}` or `{jsonrpc, id, error: {code, message}}`); a `<topic>_subscribe` call
 * returns a subscription id, and the server then pushes `{jsonrpc, method: '<topic>_subscription',
 * params: {subscription, result}}`.
 *
 * Authentication: a browser with a session cookie is signed in by its upgrade request; a Studio
 * with a token sends `authorization` `{authorization: 'Bearer <token>'}` as its first call. Until
 * one of them names a user, any other call, an unknown token, or silence past the deadline closes
 * the socket with 4001, the close code the client knows as UNAUTHORIZED.
 */
import type { WebSocket } from 'ws'
import type { Identity, LakeUser } from '../auth/users.ts'
import type { LakeContext } from '../context.ts'
import { LakeError } from '../errors.ts'

export const CLOSE_UNAUTHORIZED = 4001
const CLOSE_GOING_AWAY = 1001
const CLOSE_UNSUPPORTED_DATA = 1003
const AUTHENTICATION_DEADLINE_MS = 10_000
/** A peer that has not answered the previous ping by the next one is gone (sleeping laptop, cut cable). */
const PING_INTERVAL_MS = 30_000

/** JSON-RPC's error codes. */
export const RPC = {
  parseError: -32700,
  invalidRequest: -32600,
  methodNotFound: -32601,
  invalidParams: -32602,
  internalError: -32603,
}

export class RpcError extends Error {
  readonly code: number

  constructor(code: number, message: string) {
    super(message)
    this.code = code
  }
}

/** A method's answer; `connection.user` is always signed in when it runs. */
export type RpcMethod = (params: Record<string, unknown>, connection: BifurConnection) => unknown

export interface BifurOptions {
  lake: Pick<LakeContext, 'auth' | 'log'>
  /** Who the upgrade request identified (cookie or Authorization header); may be anonymous. */
  identity: Identity
  methods: Record<string, RpcMethod>
  /** Called once when the socket has closed, for whatever reason. */
  onClose(connection: BifurConnection): void
}

export class BifurConnection {
  private readonly socket: WebSocket
  private readonly options: BifurOptions
  private identity: Identity
  private authenticationDeadline?: NodeJS.Timeout
  private readonly pinger: NodeJS.Timeout
  private answeredPing = true

  constructor(socket: WebSocket, options: BifurOptions) {
    this.socket = socket
    this.options = options
    this.identity = options.identity
    if (!this.identity.user) {
      this.authenticationDeadline = setTimeout(
        () => this.refuse('No authorization within 10 seconds'),
        AUTHENTICATION_DEADLINE_MS,
      )
    }
    this.pinger = setInterval(() => {
      if (!this.answeredPing) return this.socket.terminate()
      this.answeredPing = false
      this.socket.ping()
    }, PING_INTERVAL_MS)
    socket.on('pong', () => (this.answeredPing = true))
    socket.on('message', (data, isBinary) => this.receive(data.toString(), isBinary))
    socket.on('error', () => socket.terminate())
    socket.once('close', () => {
      clearTimeout(this.authenticationDeadline)
      clearInterval(this.pinger)
      options.onClose(this)
    })
  }

  /** The signed-in user; only methods read it, and they run only once there is one. */
  get user(): LakeUser {
    return this.identity.user as LakeUser
  }

  /** Pushes one event to a subscription of this connection. */
  publish(topic: string, subscription: string, result: unknown): void {
    this.send({ jsonrpc: '2.0', method: `${topic}_subscription`, params: { subscription, result } })
  }

  close(reason: string): void {
    this.socket.close(CLOSE_GOING_AWAY, reason)
  }

  private send(message: unknown): void {
    if (this.socket.readyState === this.socket.OPEN) this.socket.send(JSON.stringify(message))
  }

  /** Close reasons are fixed, short texts: a close frame allows 123 bytes. */
  private refuse(reason: string): void {
    this.socket.close(CLOSE_UNAUTHORIZED, reason)
  }

  private receive(text: string, isBinary: boolean): void {
    if (isBinary) return this.socket.close(CLOSE_UNSUPPORTED_DATA, 'Messages are JSON-RPC 2.0 text')
    let message: unknown
    try {
      message = JSON.parse(text)
    } catch {
      return this.send({ jsonrpc: '2.0', id: null, error: { code: RPC.parseError, message: 'Message is not JSON' } })
    }
    const { jsonrpc, id = null, method, params = {} } = (message ?? {}) as Record<string, unknown>
    const reply = (body: { result: unknown } | { error: { code: number; message: string } }) =>
      this.send({ jsonrpc: '2.0', id, ...body })
    if (jsonrpc !== '2.0' || typeof method !== 'string' || !isObject(params)) {
      return reply({
        error: { code: RPC.invalidRequest, message: 'Expected a JSON-RPC 2.0 request with object params' },
      })
    }
    if (method === 'authorization') return this.authorize(params, reply)
    if (!this.identity.user) return this.refuse('Unauthorized: call "authorization" first')
    const handler = Object.hasOwn(this.options.methods, method) ? this.options.methods[method] : undefined
    if (!handler) return reply({ error: { code: RPC.methodNotFound, message: `Unknown method "${method}"` } })
    try {
      reply({ result: handler(params, this) ?? true })
    } catch (error) {
      if (error instanceof RpcError) return reply({ error: { code: error.code, message: error.message } })
      this.options.lake.log.error(`socket method ${method} failed`, error)
      reply({ error: { code: RPC.internalError, message: 'The lake failed to handle this call' } })
    }
  }

  private authorize(params: Record<string, unknown>, reply: (body: { result: unknown }) => void): void {
    const authorization = typeof params.authorization === 'string' ? params.authorization : ''
    let identity: Identity
    try {
      identity = this.options.lake.auth.identify(authorization, undefined)
    } catch (error) {
      if (!(error instanceof LakeError)) this.options.lake.log.error('socket authorization failed', error)
      return this.refuse(error instanceof LakeError ? error.message : 'Authorization failed')
    }
    if (!identity.user) return this.refuse('Unauthorized: expected "Bearer <token>"')
    this.identity = identity
    clearTimeout(this.authenticationDeadline)
    reply({ result: true })
  }
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
