/**
 * Open streams (listen, live events, presence sockets) are limited per client: per signed-in user,
 * and, more tightly, per address for anonymous callers. One more is refused with 429 in Sanity's
 * shape before it opens; closing one makes room again. Anonymous listeners never learn who wrote.
 */
import { get } from 'node:http'
import { startTestLake, type TestLake } from '../../src/testing/index.ts'

let lake: TestLake
const ANONYMOUS_STREAMS = 2
const SIGNED_IN_STREAMS = 3
/** Streams a test opened, closed after it. */
const opened: Array<{ close(): void }> = []

beforeAll(async () => {
  lake = await startTestLake({
    env: { LAKE_MAX_ANONYMOUS_STREAMS: String(ANONYMOUS_STREAMS), LAKE_MAX_STREAMS: String(SIGNED_IN_STREAMS) },
  })
})

afterEach(() => {
  opened.splice(0).forEach((stream) => stream.close())
})

afterAll(async () => {
  await lake.stop()
})

const bearer = (token: string | null): Record<string, string> => (token ? { authorization: `Bearer ${token}` } : {})

/** Opens an event stream; when the lake accepts it, it stays open until the test ends. */
async function openStream(path: string, token: string | null) {
  const controller = new AbortController()
  const response = await fetch(`${lake.httpUrl}/v2025-02-19${path}`, {
    headers: bearer(token),
    signal: controller.signal,
  })
  const close = () => controller.abort()
  if (response.ok) opened.push({ close })
  return { response, close }
}

const listen = (token: string | null) => openStream('/data/listen/production?query=*', token)
const live = (token: string | null) => openStream('/data/live/events/production', token)

/**
 * A listen stream opened once the client has room. The lake sees a close (the previous test's, or
 * this one's) a moment after the client does, so a 429 here is asked again until it goes.
 */
async function listenWhenRoom(token: string | null) {
  let stream = await listen(token)
  while (stream.response.status === 429) {
    await new Promise((resolve) => setTimeout(resolve, 50))
    stream = await listen(token)
  }
  return stream
}

/** A presence socket upgrade's status; an accepted socket stays open until the test ends. */
function openSocket(token: string | null): Promise<{ status?: number; body?: unknown }> {
  return new Promise((resolve, reject) => {
    const request = get(`${lake.httpUrl}/v2022-06-30/socket/production`, {
      headers: {
        connection: 'Upgrade',
        upgrade: 'websocket',
        'sec-websocket-version': '13',
        'sec-websocket-key': 'dGhlIHNhbXBsZSBub25jZQ==',
        ...bearer(token),
      },
    })
    request.on('response', (response) => {
      let body = ''
      response.on('data', (chunk) => (body += chunk))
      response.on('end', () => resolve({ status: response.statusCode, body: JSON.parse(body) }))
    })
    request.on('upgrade', (response, socket) => {
      opened.push({ close: () => socket.destroy() })
      resolve({ status: response.statusCode })
    })
    request.on('error', reject)
  })
}

const tooMany = (who: string, limit: number) => ({
  statusCode: 429,
  error: 'Too Many Requests',
  message: `Too many open streams: ${who} may hold ${limit} at once; close one first`,
})

describe('open streams per client', () => {
  it('refuses an anonymous client one stream more than its allowance, of any kind', async () => {
    expect((await listen(null)).response.status).toBe(200)
    expect((await live(null)).response.status).toBe(200)
    for (const attempt of [listen, live]) {
      const { response } = await attempt(null)
      expect(response.status).toBe(429)
      expect(await response.json()).toEqual(tooMany('an anonymous client', ANONYMOUS_STREAMS))
    }
    expect(await openSocket(null)).toEqual({ status: 429, body: tooMany('an anonymous client', ANONYMOUS_STREAMS) })
    // Requests that are not streams are answered as before.
    expect(await lake.client({ token: null }).fetch('count(*)')).toBe(0)
  })

  it('counts a signed-in user apart from anonymous callers, with a larger allowance', async () => {
    await listen(null)
    await live(null)
    expect((await listen(lake.tokens.read)).response.status).toBe(200)
    expect((await live(lake.tokens.read)).response.status).toBe(200)
    expect((await openSocket(lake.tokens.read)).status).toBe(101)
    const { response } = await listen(lake.tokens.read)
    expect(response.status).toBe(429)
    expect(await response.json()).toEqual(tooMany('this user', SIGNED_IN_STREAMS))
    // Another user (the write token's robot) has an allowance of its own.
    expect((await listen(lake.tokens.write)).response.status).toBe(200)
  })

  it('makes room again when a stream closes', async () => {
    const first = await listenWhenRoom(null)
    await listenWhenRoom(null)
    expect((await listen(null)).response.status).toBe(429)
    first.close()
    expect((await listenWhenRoom(null)).response.status).toBe(200)
  })
})

describe('anonymous listeners', () => {
  it('are not told who wrote a change; signed-in listeners are', async () => {
    const anonymous = await listenWhenRoom(null)
    const signedIn = await listenWhenRoom(lake.tokens.read)
    await lake.client().create({ _id: 'written', _type: 'note' })
    const [anonymousEvent, signedInEvent] = await Promise.all(
      [anonymous.response, signedIn.response].map((response) => firstMutation(response)),
    )
    expect(anonymousEvent).toMatchObject({ documentId: 'written' })
    expect(anonymousEvent).not.toHaveProperty('identity')
    expect(signedInEvent).toMatchObject({ documentId: 'written', identity: 'robot-write' })
  })
})

/** The data of the first `mutation` event of a listen stream. */
async function firstMutation(response: Response): Promise<Record<string, unknown>> {
  let text = ''
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader()
  for (;;) {
    const { value, done } = await reader.read()
    if (done) throw new Error(`The stream ended before a mutation event: ${text}`)
    text += value
    const block = text.split('\n\n').find((part) => part.includes('event: mutation'))
    if (block)
      return JSON.parse(
        block
          .split('\n')
          .find((line) => line.startsWith('data: '))!
          .slice(6),
      )
  }
}
