/**
 * Bad input gets a clear 4xx in Sanity's shape, changes nothing, and never takes the lake down:
 * not even a query built to run for ever, which is stopped at the time limit while every other
 * request goes on being answered.
 */
import type { ListenEvent } from '@sanity/client'
import { filter, firstValueFrom, ReplaySubject } from 'rxjs'
import { startTestLake, type TestLake, refusal } from '../../src/testing/index.ts'

let lake: TestLake
let before: unknown

/** Short enough for a test, long enough for any honest query on a busy machine. */
const QUERY_TIME_LIMIT_MS = 3000
/** A word the catastrophic patterns below can almost match, in many ways. */
const LONG_WORD = 'a'.repeat(40)
/** Each `*` can take any share of the word: the number of ways to try grows combinatorially. */
const CATASTROPHIC_PATTERN = `${'a*'.repeat(20)}b`

beforeAll(async () => {
  lake = await startTestLake({ env: { LAKE_QUERY_TIMEOUT_MS: String(QUERY_TIME_LIMIT_MS) } })
  // Enough documents for a scan nested four deep to take hours.
  const documents: Array<{ _id: string; _type: string; [field: string]: unknown }> = [
    { _id: 'steady', _type: 'note', n: 1, title: LONG_WORD },
    ...Array.from({ length: 300 }, (_, i) => ({ _id: `scanned-${i}`, _type: 'scanned', i })),
  ]
  await lake.client().mutate(documents.map((document) => ({ create: document })))
  before = await lake.client().fetch('*', {}, { perspective: 'raw' })
})

afterAll(async () => {
  // Whatever was thrown at it, the lake still answers and still holds exactly what it held.
  expect(await (await fetch(`${lake.httpUrl}/v1/ping`)).text()).toBe('PONG')
  expect(await lake.client().fetch('*', {}, { perspective: 'raw' })).toEqual(before)
  await lake.stop()
})

const post = (path: string, body: string | Uint8Array<ArrayBuffer>, token: string | null = lake.tokens.write) =>
  fetch(`${lake.httpUrl}/v2025-02-19${path}`, {
    method: 'POST',
    body,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
  })

describe('mutations', () => {
  it('refuses malformed JSON with 400', async () => {
    const response = await post('/data/mutate/production', '{"mutations": [{"create": ')
    expect(response.status).toBe(400)
    expect(await response.json()).toEqual({
      error: { type: 'httpBadRequest', description: expect.stringMatching(/^The request body is not valid JSON/) },
    })
  })

  it('refuses an unknown mutation kind with 400, naming it', async () => {
    const response = await post('/data/mutate/production', JSON.stringify({ mutations: [{ upsert: { _id: 'x' } }] }))
    expect(response.status).toBe(400)
    const { error } = await response.json()
    expect(error).toMatchObject({
      type: 'mutationError',
      items: [{ index: 0, error: { type: 'invalidMutationError' } }],
    })
    expect(error.description).toMatch(/Unknown mutation "upsert"/)
  })

  it('refuses a body without a mutations array', async () => {
    expect((await post('/data/mutate/production', JSON.stringify({ mutation: {} }))).status).toBe(400)
    expect((await post('/data/mutate/production', '[]')).status).toBe(400)
  })

  it('refuses an unknown patch operation and an invalid document id', async () => {
    const client = lake.client()
    expect((await refusal(client.mutate([{ patch: { id: 'steady', merge: { n: 2 } } } as never]))).statusCode).toBe(400)
    expect((await refusal(client.create({ _id: 'bad id!', _type: 'note' }))).message).toMatch(/is not valid/)
  })

  it('refuses a body over the size limit with 413, and the connection survives', async () => {
    const huge = new Uint8Array(16 * 1024 * 1024 + 1).fill(97)
    const response = await post('/data/mutate/production', huge)
    expect(response.status).toBe(413)
    expect(await response.json()).toMatchObject({ statusCode: 413, error: 'Payload Too Large' })
  })

  it('writes nothing to an unknown dataset', async () => {
    const error = await refusal(lake.client({ dataset: 'ghost' }).create({ _type: 'note' }))
    expect(error.statusCode).toBe(404)
  })
})

describe('queries', () => {
  it('refuses a query that uses a parameter it was not given', async () => {
    const error = await refusal(lake.client().fetch('*[_id == $id]'))
    expect(error.statusCode).toBe(400)
    expect(error.details).toMatchObject({
      type: 'queryParseError',
      description: 'param $id referenced, but not provided',
    })
  })

  it('refuses a parameter that is not JSON, asking for quotes', async () => {
    const response = await fetch(`${lake.httpUrl}/v2025-02-19/data/query/production?query=*[_id==$id]&$id=steady`)
    expect(response.status).toBe(400)
    expect((await response.json()).error.description).toBe(
      'Unable to parse value of "$id=steady". Please quote string values.',
    )
  })

  it('refuses a query the engine cannot run with 400', async () => {
    const error = await refusal(lake.client().fetch('*[text::semanticSimilarity("sex")]'))
    expect(error.statusCode).toBe(400)
    expect(error.details).toMatchObject({ type: 'queryExecutionError' })
  })

  it('refuses a POST query without a query', async () => {
    expect((await post('/data/query/production', JSON.stringify({ params: {} }))).status).toBe(400)
  })
})

describe('queries that would run for ever', () => {
  const isStopped = (error: { statusCode?: number; details?: unknown }) => {
    expect(error.statusCode).toBe(400)
    expect(error.details).toMatchObject({
      type: 'queryExecutionError',
      description: `The query did not finish within the lake's time limit of ${QUERY_TIME_LIMIT_MS} ms (LAKE_QUERY_TIMEOUT_MS)`,
    })
  }

  // First, while both query workers are fresh: one of them takes the attack, the other the query.
  it('answers other queries and requests while one runs', async () => {
    const settled: string[] = []
    const attack = refusal(lake.client({ token: null }).fetch(`"${LONG_WORD}" match $p`, { p: CATASTROPHIC_PATTERN }))
    void attack.finally(() => settled.push('attack'))
    expect(await lake.client().fetch('count(*[_type == "scanned"])')).toBe(300)
    expect(await (await fetch(`${lake.httpUrl}/v1/ping`)).text()).toBe('PONG')
    await lake.client().create({ _id: 'written-meanwhile', _type: 'note' })
    expect(await lake.client().fetch('*[_id == "written-meanwhile"][0]._id')).toBe('written-meanwhile')
    await lake.client().delete('written-meanwhile')
    expect(settled).toEqual([])
    isStopped(await attack)
  })

  it('answers every other request while a match attack and a nested scan hold both query workers', async () => {
    const settled: string[] = []
    const attacks = [
      refusal(lake.client({ token: null }).fetch(`"${LONG_WORD}" match $p`, { p: CATASTROPHIC_PATTERN })),
      refusal(lake.client({ token: null }).fetch('*[count(*[count(*[count(*) > 0]) > 0]) > 0]')),
    ]
    attacks.forEach((attack) => void attack.finally(() => settled.push('attack')))
    expect(await (await fetch(`${lake.httpUrl}/v1/ping`)).text()).toBe('PONG')
    expect((await lake.client().getDocument('steady'))?.n).toBe(1)
    await lake.client().create({ _id: 'written-meanwhile', _type: 'note' })
    await lake.client().delete('written-meanwhile')
    expect(settled).toEqual([])
    for (const error of await Promise.all(attacks)) isStopped(error)
    // The query after them runs on fresh workers that know every commit made meanwhile.
    expect(await lake.client().fetch('count(*[_id == "written-meanwhile"])')).toBe(0)
  })

  it('stops a catastrophic match pattern at the time limit, anonymous or not', async () => {
    isStopped(await refusal(lake.client({ token: null }).fetch(`"${LONG_WORD}" match $p`, { p: CATASTROPHIC_PATTERN })))
    isStopped(await refusal(lake.client().fetch('*[title match $p]', { p: CATASTROPHIC_PATTERN })))
  })

  it('stops a text::query search whose wildcards blow up', async () => {
    isStopped(await refusal(lake.client().fetch('*[[@, _id] match text::query($q)]', { q: CATASTROPHIC_PATTERN })))
  })

  it('stops a deep nested scan', async () => {
    const nested = '*[count(*[count(*[count(*[i > ^.i]) > 0]) > 0]) > 0]'
    isStopped(await refusal(lake.client({ token: null }).fetch(nested)))
  })

  it('ends a listener whose filter runs for ever on a commit, and only that one', async () => {
    const listen = async (events$: ReturnType<ReturnType<TestLake['client']>['listen']>) => {
      const events = new ReplaySubject<ListenEvent<Record<string, unknown>>>()
      const ended = { error: undefined as unknown, done: false }
      const subscription = events$.subscribe({
        next: (event) => events.next(event),
        error: (error) => Object.assign(ended, { error, done: true }),
      })
      await firstValueFrom(events.pipe(filter((event) => event.type === 'welcome')))
      return { events, ended, subscription }
    }
    const attack = await listen(
      lake
        .client({ token: null })
        .listen('*[title match $p]', { p: CATASTROPHIC_PATTERN }, { events: ['welcome', 'mutation'] }),
    )
    const studio = await listen(lake.client().listen('*[_type == "note"]', {}, { events: ['welcome', 'mutation'] }))
    try {
      // The commit is acknowledged, and the Studio's listener told, while the attack's filter runs.
      await lake.client().create({ _id: 'long-title', _type: 'note', title: LONG_WORD })
      const event = await firstValueFrom(studio.events.pipe(filter((event) => event.type === 'mutation')))
      expect(event).toMatchObject({ documentId: 'long-title' })
      expect(await (await fetch(`${lake.httpUrl}/v1/ping`)).text()).toBe('PONG')
      expect(attack.ended.done).toBe(false)
      // Then the attack's stream ends with the time limit, and the Studio's stays open.
      await new Promise<void>((resolve) => {
        const wait = setInterval(() => attack.ended.done && (clearInterval(wait), resolve()), 50)
      })
      expect(attack.ended.error).toMatchObject({ name: 'ChannelError', message: expect.stringMatching(/time limit/) })
      expect(studio.ended.done).toBe(false)
    } finally {
      attack.subscription.unsubscribe()
      studio.subscription.unsubscribe()
      await lake.client().delete('long-title')
    }
  })
})

describe('routes', () => {
  it('answers an unknown endpoint with 404 and a wrong method with 405', async () => {
    const missing = await fetch(`${lake.httpUrl}/v2025-02-19/data/nothing/production`)
    expect(missing.status).toBe(404)
    expect(await missing.json()).toMatchObject({ statusCode: 404, error: 'Not Found' })
    const wrong = await fetch(`${lake.httpUrl}/v2025-02-19/data/mutate/production`)
    expect(wrong.status).toBe(405)
    expect(wrong.headers.get('allow')).toBe('POST')
  })
})
