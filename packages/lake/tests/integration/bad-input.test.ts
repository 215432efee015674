/**
 * Bad input gets a clear 4xx in Sanity's shape, changes nothing, and never takes the lake down.
 */
import { startTestLake, type TestLake, refusal } from '../../src/testing/index.ts'

let lake: TestLake
let before: unknown

beforeAll(async () => {
  lake = await startTestLake()
  await lake.client().create({ _id: 'steady', _type: 'note', n: 1 })
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
