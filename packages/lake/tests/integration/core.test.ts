/**
 * The lake's core through the real @sanity/client: writes, reads, tokens and refusals.
 */
import { startTestLake, type TestLake, refusal } from '../../src/testing/index.ts'

let lake: TestLake

beforeAll(async () => {
  lake = await startTestLake()
})

afterAll(async () => {
  await lake.stop()
})

describe('writing and reading', () => {
  it('creates documents whose _rev is the transaction id the client chose', async () => {
    const editor = lake.client()
    const result = await editor
      .transaction()
      .create({ _id: 'post-1', _type: 'post', title: 'Första inlägget' })
      .create({ _id: 'drafts.post-1', _type: 'post', title: 'Första inlägget, omskrivet' })
      .commit({ transactionId: 'tx-core-1' })

    expect(result.transactionId).toBe('tx-core-1')
    expect(result.documentIds).toEqual(['post-1', 'drafts.post-1'])
    const stored = await editor.getDocument('post-1')
    expect(stored).toMatchObject({ _id: 'post-1', _type: 'post', _rev: 'tx-core-1', title: 'Första inlägget' })
    expect(stored?._createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/)
  })

  it('queries with parameters and answers with sync tags', async () => {
    const response = await lake
      .client()
      .fetch(
        '*[_type == $type && _id == $id]{title}',
        { type: 'post', id: 'post-1' },
        { filterResponse: false, perspective: 'published' },
      )
    expect(response.result).toEqual([{ title: 'Första inlägget' }])
    expect(response.syncTags).toEqual(expect.arrayContaining([expect.stringMatching(/^s1:/)]))
    expect(typeof response.ms).toBe('number')
  })
})

describe('who may see what', () => {
  it('shows anonymous readers only published documents, whatever perspective they ask for', async () => {
    const anonymous = lake.client({ token: null })
    expect(await anonymous.fetch('*[_type == "post"].title', {}, { perspective: 'raw' })).toEqual(['Första inlägget'])
    expect(await anonymous.fetch('*[_type == "post"].title', {}, { perspective: 'drafts' })).toEqual([
      'Första inlägget',
    ])
    expect(await anonymous.getDocument('drafts.post-1')).toBeUndefined()
  })

  it('answers existence checks without content, and says why a document was left out', async () => {
    const url = `${lake.httpUrl}/v2025-02-19/data/doc/production/drafts.post-1,post-1,nothing?excludeContent=true`
    const { documents, omitted } = await (await fetch(url)).json()
    expect(documents).toEqual([
      {
        _id: 'post-1',
        _type: 'post',
        _rev: 'tx-core-1',
        _createdAt: expect.any(String),
        _updatedAt: expect.any(String),
      },
    ])
    expect(omitted).toEqual([
      { id: 'drafts.post-1', reason: 'permission' },
      { id: 'nothing', reason: 'existence' },
    ])
  })

  it('shows drafts to the read token', async () => {
    const viewer = lake.client({ token: 'read' })
    expect(await viewer.fetch('*[_type == "post"].title', {}, { perspective: 'drafts' })).toEqual([
      'Första inlägget, omskrivet',
    ])
    expect(await viewer.getDocument('drafts.post-1')).toMatchObject({ title: 'Första inlägget, omskrivet' })
  })
})

describe('refusals', () => {
  it('refuses writes without a token with 403 and Sanity’s permission error', async () => {
    const error = await refusal(lake.client({ token: null }).create({ _type: 'post', title: 'x' }))
    expect(error.statusCode).toBe(403)
    expect(error.message).toMatch(/Insufficient permissions; permission "create" required/)
    expect(error.details).toMatchObject({ type: 'mutationError' })
  })

  it('refuses writes with the read token with 403', async () => {
    const error = await refusal(lake.client({ token: 'read' }).patch('post-1').set({ title: 'x' }).commit())
    expect(error.statusCode).toBe(403)
    expect(error.message).toMatch(/permission "update" required/)
  })

  it('refuses an unknown token with 401, even for reading', async () => {
    const error = await refusal(lake.client({ token: 'not-a-real-token' }).fetch('*'))
    expect(error.statusCode).toBe(401)
    expect(error.message).toMatch(/Unauthorized - Session not found/)
  })

  it('answers an unknown dataset with 404', async () => {
    const error = await refusal(lake.client({ dataset: 'nowhere' }).fetch('*'))
    expect(error.statusCode).toBe(404)
    expect(error.message).toBe('Dataset "nowhere" not found for project ID "local"')
  })

  it('answers a GROQ syntax error with a queryParseError that points at the problem', async () => {
    const error = await refusal(lake.client().fetch('*[_type == "post"'))
    expect(error.statusCode).toBe(400)
    expect(error.details).toMatchObject({ type: 'queryParseError', query: '*[_type == "post"' })
    const { start, end } = error.details as { start: number; end: number }
    expect(start).toBeGreaterThan(10)
    expect(end).toBeGreaterThan(start)
    expect(error.message).toMatch(/GROQ query parse error/)
  })
})
