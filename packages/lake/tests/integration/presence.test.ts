/**
 * Presence over the lake's `/socket/:dataset`, through the Studio's own Bifur client
 * (`@sanity/bifur-client`, over Node's WebSocket) signed in as the Studio signs in: presence from
 * one editor reaches the other, a closed connection's sessions disconnect, and a socket without a
 * user is refused.
 */
import { readFileSync } from 'node:fs'
import { get, type ClientRequest } from 'node:http'
import { request as httpsRequest } from 'node:https'
import { join } from 'node:path'
import { createClient, WebSocketError, type BifurClient } from '@sanity/bifur-client'
import { firstValueFrom, Observable, of, ReplaySubject, share } from 'rxjs'
import { startTestLake, type TestLake } from '../../src/testing/index.ts'

jest.setTimeout(30_000)

let lake: TestLake
let socketUrl: string
const open: Array<{ unsubscribe(): void }> = []

beforeAll(async () => {
  lake = await startTestLake({ env: { LAKE_CORS_ORIGINS: 'http://localhost:3333' } })
  // The Studio's URL: API version 2022-06-30, the dataset, and its request tag.
  socketUrl = `${lake.httpUrl.replace(/^http/, 'ws')}/v2022-06-30/socket/production?tag=sanity.studio`
})

afterAll(async () => {
  open.forEach((subscription) => subscription.unsubscribe())
  await lake.stop()
})

/**
 * The Studio's client: `createClient` is what `fromUrl` builds on (JSON-RPC, the authorization
 * call, subscriptions). The socket underneath is opened as `fromUrl` opens it, except that it
 * closes as soon as its last subscriber leaves instead of 5 s later, so no timer outlives a test.
 */
function bifur(token?: string): BifurClient {
  const connection$ = new Observable<WebSocket>((subscriber) => {
    const socket = new WebSocket(socketUrl)
    socket.onopen = () => subscriber.next(socket)
    socket.onerror = () => subscriber.error(new WebSocketError('WebSocket connection error', 'CONNECTION_ERROR'))
    socket.onclose = (event) =>
      subscriber.error(new WebSocketError('WebSocket connection error', 'CONNECTION_CLOSED', event.code, event.reason))
    return () => {
      socket.onclose = null
      socket.onerror = null
      socket.close()
    }
  }).pipe(share({ connector: () => new ReplaySubject(1), resetOnError: true, resetOnComplete: true }))
  return createClient(connection$, token ? { token$: of(token) } : {})
}

/** A Studio session token for a local user, from the lake's login flow. */
async function sessionToken(user: 'editor' | 'viewer'): Promise<string> {
  const api = (path: string, init?: RequestInit) => fetch(`${lake.httpUrl}/v2026-05-04${path}`, init)
  const { providers } = await (await api('/auth/providers')).json()
  const form = new URLSearchParams({ user, origin: 'http://localhost:3333/studio', type: 'dual' })
  // Posted as the login page's own form is, from the lake's origin.
  const headers = { origin: lake.httpUrl }
  const login = await fetch(providers[0].url, { method: 'POST', body: form, redirect: 'manual', headers })
  const sid = new URL(login.headers.get('location') ?? '').hash.replace('#sid=', '')
  return (await (await api(`/auth/fetch?sid=${sid}`)).json()).token
}

interface PresenceEvent {
  type: 'rollCall' | 'state' | 'disconnect'
  i: string
  session?: string
  m?: { sessionId?: string; session?: string; locations?: unknown[] }
}

/** The presence events a client receives, from the moment it has subscribed. */
async function subscribe(client: BifurClient) {
  const received: PresenceEvent[] = []
  const waiting = new Set<() => void>()
  const subscription = client.listen<PresenceEvent>('presence').subscribe((event) => {
    received.push(event)
    waiting.forEach((check) => check())
  })
  open.push(subscription)
  // The subscription is in place once a request over the same socket has been answered.
  await firstValueFrom(client.request('presence_rollcall', { session: `warm-up-${Math.random()}` }))
  return {
    /** The client's last subscriber leaves; the client then closes its socket. */
    leave: () => subscription.unsubscribe(),
    /** Resolves with the first event (received so far or later) that matches. */
    next(matches: (event: PresenceEvent) => boolean): Promise<PresenceEvent> {
      return new Promise((resolve) => {
        const check = () => {
          const found = received.find(matches)
          if (!found) return
          waiting.delete(check)
          resolve(found)
        }
        waiting.add(check)
        check()
      })
    },
  }
}

const editingTitle = {
  type: 'document',
  documentId: 'page-start',
  path: ['title'],
  lastActiveAt: new Date().toISOString(),
}

describe('presence', () => {
  it('relays one editor’s roll call and state to another, named by who signed in', async () => {
    const editor = bifur(await sessionToken('editor'))
    const viewer = bifur(await sessionToken('viewer'))
    const editorEvents = await subscribe(editor)
    const viewerEvents = await subscribe(viewer)

    await firstValueFrom(editor.request('presence_rollcall', { session: 'editor-tab' }))
    expect(await viewerEvents.next((event) => event.session === 'editor-tab')).toEqual({
      type: 'rollCall',
      i: 'editor',
      session: 'editor-tab',
    })

    await firstValueFrom(
      viewer.request('presence_announce', { data: { sessionId: 'viewer-tab', locations: [editingTitle] } }),
    )
    expect(await editorEvents.next((event) => event.m?.sessionId === 'viewer-tab')).toEqual({
      type: 'state',
      i: 'viewer',
      m: { sessionId: 'viewer-tab', locations: [editingTitle] },
    })
  })

  it('disconnects the sessions of a connection that closes', async () => {
    const observer = await subscribe(bifur(await sessionToken('viewer')))
    const leaving = bifur(await sessionToken('editor'))
    const leavingEvents = await subscribe(leaving)
    await firstValueFrom(
      leaving.request('presence_announce', { data: { sessionId: 'closing-tab', locations: [editingTitle] } }),
    )
    await observer.next((event) => event.type === 'state' && event.m?.sessionId === 'closing-tab')

    // Without a presence_disconnect, as when a tab crashes.
    leavingEvents.leave()
    expect(await observer.next((event) => event.type === 'disconnect' && event.m?.session === 'closing-tab')).toEqual({
      type: 'disconnect',
      i: 'editor',
      m: { session: 'closing-tab' },
    })
  })

  it('closes a socket with 4001 until it names a user, and for an unknown token', async () => {
    const anonymous = bifur()
    await expect(firstValueFrom(anonymous.listen('presence'))).rejects.toMatchObject({
      name: 'WebSocketError',
      code: 4001,
    })
    const unknown = bifur('not-a-session')
    await expect(firstValueFrom(unknown.request('presence_rollcall', { session: 'x' }))).rejects.toMatchObject({
      code: 4001,
      reason: 'Session not found',
    })
  })

  it('answers malformed messages with JSON-RPC errors, and survives any method name', async () => {
    const anonymous = await rawSocket()
    anonymous.send('not json')
    expect(await anonymous.next()).toEqual({
      jsonrpc: '2.0',
      id: null,
      error: { code: -32700, message: 'Message is not JSON' },
    })
    anonymous.send({ jsonrpc: '2.0', id: 'a', method: 42 })
    expect(await anonymous.next()).toMatchObject({ id: 'a', error: { code: -32600 } })
    // A close reason may hold 123 bytes: the method's name must not end up in it.
    anonymous.send({ jsonrpc: '2.0', id: 'b', method: 'x'.repeat(500), params: {} })
    expect(await anonymous.closed).toMatchObject({ code: 4001, reason: 'Unauthorized: call "authorization" first' })

    const editor = await rawSocket()
    editor.send({
      jsonrpc: '2.0',
      id: 'c',
      method: 'authorization',
      params: { authorization: `Bearer ${lake.tokens.write}` },
    })
    expect(await editor.next()).toEqual({ jsonrpc: '2.0', id: 'c', result: true })
    editor.send({ jsonrpc: '2.0', id: 'd', method: 'presence_announce', params: { data: { sessionId: 7 } } })
    expect(await editor.next()).toMatchObject({ id: 'd', error: { code: -32602 } })
    editor.close()
  })

  it('refuses the upgrade of an unknown token or dataset with Sanity’s status and body', async () => {
    const unknownToken = await handshake(get, `${lake.httpUrl}/v2022-06-30/socket/production`, {
      authorization: 'Bearer not-a-session',
    })
    expect(unknownToken).toEqual({
      status: 401,
      body: { statusCode: 401, error: 'Unauthorized', message: 'Session not found' },
    })
    expect((await handshake(get, `${lake.httpUrl}/v2022-06-30/socket/nope`)).status).toBe(404)
  })

  it('upgrades on the TLS port, where the Studio opens wss://local.localhost (HTTP/1.1 beside HTTP/2)', async () => {
    const ca = readFileSync(join(lake.dir, 'tls', 'cert.pem'))
    const { port } = new URL(lake.httpsUrl)
    const answer = await handshake(
      (url, options) =>
        httpsRequest(url, {
          ...options,
          ca,
          lookup: (_hostname, _options, callback) => callback(null, [{ address: '127.0.0.1', family: 4 }]),
        }).end(),
      `https://local.localhost:${port}/v2022-06-30/socket/production?tag=sanity.studio`,
    )
    expect(answer.status).toBe(101)
  })
})

/** A plain WebSocket to the socket endpoint, for what the Bifur client never sends. */
async function rawSocket() {
  const socket = new WebSocket(socketUrl)
  const inbox: unknown[] = []
  let wake = () => {}
  socket.onmessage = (event) => {
    inbox.push(JSON.parse(String(event.data)))
    wake()
  }
  const closed = new Promise<CloseEvent>((resolve) => (socket.onclose = resolve))
  await new Promise((resolve) => (socket.onopen = resolve))
  return {
    closed,
    send: (message: unknown) => socket.send(typeof message === 'string' ? message : JSON.stringify(message)),
    close: () => socket.close(),
    /** The next message, in order of arrival. */
    async next(): Promise<unknown> {
      while (inbox.length === 0) await new Promise<void>((resolve) => (wake = resolve))
      return inbox.shift()
    },
  }
}

/** A WebSocket handshake by hand: the status of the answer, and the body of a refusal. */
function handshake(
  send: (url: string, options: { headers: Record<string, string> }) => ClientRequest,
  url: string,
  headers: Record<string, string> = {},
): Promise<{ status?: number; body?: unknown }> {
  return new Promise((resolve, reject) => {
    const request = send(url, {
      headers: {
        connection: 'Upgrade',
        upgrade: 'websocket',
        'sec-websocket-version': '13',
        'sec-websocket-key': 'dGhlIHNhbXBsZSBub25jZQ==',
        ...headers,
      },
    })
    request.on('response', (response) => {
      let body = ''
      response.on('data', (chunk) => (body += chunk))
      response.on('end', () => resolve({ status: response.statusCode, body: JSON.parse(body) }))
    })
    request.on('upgrade', (response, socket) => {
      socket.destroy()
      resolve({ status: response.statusCode })
    })
    request.on('error', reject)
  })
}
