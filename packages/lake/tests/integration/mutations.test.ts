/**
 * Every mutation and patch kind through @sanity/client, with Sanity's semantics: atomic
 * transactions, ifRevisionID conflicts, returnDocuments, dry runs, and selection by query.
 */
import type { SanityClient } from '@sanity/client'
import { startTestLake, type TestLake, refusal } from '../../src/testing/index.ts'

let lake: TestLake
let client: SanityClient

beforeAll(async () => {
  lake = await startTestLake()
  client = lake.client()
})

afterAll(async () => {
  await lake.stop()
})

describe('create, createIfNotExists, createOrReplace, delete', () => {
  it('creates with a generated id, and completes an id that ends with a dot', async () => {
    const created = await client.create({ _type: 'note', text: 'utan id' })
    expect(created._id).toMatch(/^[a-zA-Z0-9]{22}$/)
    const draft = await client.create({ _id: 'drafts.', _type: 'note' })
    expect(draft._id).toMatch(/^drafts\.[a-zA-Z0-9]{22}$/)
  })

  it('refuses to create an existing document with 409, and createIfNotExists leaves it alone', async () => {
    await client.create({ _id: 'kept', _type: 'note', text: 'original' })
    const error = await refusal(client.create({ _id: 'kept', _type: 'note', text: 'copy' }))
    expect(error.statusCode).toBe(409)
    expect(error.message).toMatch(/Document by ID "kept" already exists/)
    await client.createIfNotExists({ _id: 'kept', _type: 'note', text: 'ignored' })
    expect((await client.getDocument('kept'))?.text).toBe('original')
  })

  it('replaces a document but keeps its creation time', async () => {
    const first = await client.createOrReplace({ _id: 'replaced', _type: 'note', a: 1 })
    const second = await client.createOrReplace({ _id: 'replaced', _type: 'note', b: 2 })
    expect(second).toMatchObject({ _id: 'replaced', b: 2, _createdAt: first._createdAt })
    expect(second).not.toHaveProperty('a')
  })

  it('keeps the _createdAt and _updatedAt a created or replacing document brings, as Sanity does', async () => {
    const times = { _createdAt: '2019-05-06T07:08:09Z', _updatedAt: '2020-01-02T03:04:05Z' }
    const created = await client.create({ _id: 'dated', _type: 'note', ...times })
    expect(created).toMatchObject(times)
    expect(created._rev).toEqual(expect.any(String))

    // A patch is an edit now: `_updatedAt` is the time of the transaction (to the second).
    const beforePatch = Math.floor(Date.now() / 1000) * 1000
    const patched = await client.patch('dated').set({ text: 'ändrad' }).commit()
    expect(patched._createdAt).toBe(times._createdAt)
    expect(Date.parse(patched._updatedAt)).toBeGreaterThanOrEqual(beforePatch)

    const replaced = await client.createOrReplace({ _id: 'dated', _type: 'note', _updatedAt: '2021-02-03T04:05:06Z' })
    expect(replaced).toMatchObject({ _createdAt: times._createdAt, _updatedAt: '2021-02-03T04:05:06Z' })
  })

  it('refuses a malformed _createdAt or _updatedAt, naming the field', async () => {
    const error = await refusal(client.create({ _id: 'badly-dated', _type: 'note', _updatedAt: 'igår' }))
    expect(error.statusCode).toBe(400)
    expect(error.message).toMatch(/Document "badly-dated" has _updatedAt "igår"; expected an ISO 8601 date-time/)
    const created = await refusal(client.create({ _id: 'badly-dated', _type: 'note', _createdAt: '2024-13-45' }))
    expect(created.message).toMatch(/has _createdAt "2024-13-45"/)
    expect(await client.getDocument('badly-dated')).toBeUndefined()
  })

  it('deletes by id and by query', async () => {
    await client
      .transaction()
      .create({ _id: 'old-1', _type: 'old' })
      .create({ _id: 'old-2', _type: 'old' })
      .create({ _id: 'gone', _type: 'note' })
      .commit()
    await client.delete('gone')
    const result = await client.delete({ query: '*[_type == $type]', params: { type: 'old' } })
    expect(result.results.map((r) => r.id).sort()).toEqual(['old-1', 'old-2'])
    expect(await client.fetch('count(*[_type == "old" || _id == "gone"])')).toBe(0)
  })

  it('refuses a document without _type', async () => {
    const error = await refusal(client.create({ _id: 'typeless' } as never))
    expect(error.statusCode).toBe(400)
    expect(error.message).toMatch(/must have a _type/)
  })
})

describe('patches', () => {
  beforeEach(async () => {
    await client.createOrReplace({
      _id: 'article',
      _type: 'article',
      title: 'Titel',
      views: 10,
      tags: ['a', 'b'],
      body: [
        { _key: 'k1', _type: 'block', text: 'ett' },
        { _key: 'k2', _type: 'block', text: 'två' },
      ],
      meta: { keep: true },
    })
  })

  it('applies set, setIfMissing, unset, inc and dec', async () => {
    const doc = await client
      .patch('article')
      .set({ title: 'Ny titel', 'meta.author': 'Anna' })
      .setIfMissing({ title: 'ignoreras', subtitle: 'Undertitel' })
      .unset(['tags[0]', 'meta.keep'])
      .inc({ views: 5 })
      .dec({ views: 2 })
      .commit()
    expect(doc).toMatchObject({
      title: 'Ny titel',
      subtitle: 'Undertitel',
      views: 13,
      tags: ['b'],
      meta: { author: 'Anna' },
    })
    expect(doc.meta).not.toHaveProperty('keep')
  })

  it('inserts before, after and in place of array items, addressed by key', async () => {
    // One insert per patch, as in Sanity's API: a transaction of three patches.
    await client
      .transaction()
      .patch('article', (patch) => patch.insert('before', 'body[_key=="k1"]', [{ _key: 'k0', _type: 'block' }]))
      .patch('article', (patch) => patch.insert('after', 'body[-1]', [{ _key: 'k3', _type: 'block' }]))
      .patch('article', (patch) => patch.insert('replace', 'body[_key=="k2"]', [{ _key: 'k2b', _type: 'block' }]))
      .commit()
    const doc = await client.getDocument('article')
    expect(doc?.body.map((block: { _key: string }) => block._key)).toEqual(['k0', 'k1', 'k2b', 'k3'])
  })

  it('applies diff-match-patch text patches', async () => {
    const doc = await client.patch('article').diffMatchPatch({ title: '@@ -1,5 +1,9 @@\n-Titel\n+Rubriken\n' }).commit()
    expect(doc.title).toBe('Rubriken')
  })

  it('answers 409 when ifRevisionID does not match, and changes nothing', async () => {
    const current = await client.getDocument('article')
    await client.patch('article').ifRevisionId(current!._rev).set({ title: 'Rätt revision' }).commit()
    const error = await refusal(client.patch('article').ifRevisionId(current!._rev).set({ title: 'För sent' }).commit())
    expect(error.statusCode).toBe(409)
    expect(error.message).toMatch(/unexpected revision ID/)
    expect((await client.getDocument('article'))?.title).toBe('Rätt revision')
  })

  it('patches every document a query selects', async () => {
    await client
      .transaction()
      .createOrReplace({ _id: 'p1', _type: 'counter', n: 1 })
      .createOrReplace({ _id: 'p2', _type: 'counter', n: 2 })
      .commit()
    await client.mutate([{ patch: { query: '*[_type == "counter"]', inc: { n: 10 } } }])
    expect(await client.fetch('*[_type == "counter"] | order(_id).n')).toEqual([11, 12])
  })

  it('refuses to patch a document that does not exist with 404', async () => {
    const error = await refusal(client.patch('no-such-document').set({ a: 1 }).commit())
    expect(error.statusCode).toBe(404)
    expect(error.message).toMatch(/nonexistent document "no-such-document"/)
  })
})

describe('transactions', () => {
  it('applies all mutations of a transaction or none of them', async () => {
    await client.createOrReplace({ _id: 'exists', _type: 'note' })
    const error = await refusal(
      client
        .transaction()
        .create({ _id: 'half-1', _type: 'note' })
        .patch('exists', (patch) => patch.set({ touched: true }))
        .create({ _id: 'exists', _type: 'note' })
        .commit(),
    )
    expect(error.statusCode).toBe(409)
    expect(error.details).toMatchObject({ type: 'mutationError', items: [{ index: 2 }] })
    expect(await client.getDocument('half-1')).toBeUndefined()
    expect((await client.getDocument('exists'))?.touched).toBeUndefined()
  })

  it('sees its own earlier mutations', async () => {
    const result = await client
      .transaction()
      .create({ _id: 'chain', _type: 'note', n: 1 })
      .patch('chain', (patch) => patch.inc({ n: 1 }))
      .commit({ returnDocuments: true })
    expect(result).toEqual([
      expect.objectContaining({ _id: 'chain', n: 1 }),
      expect.objectContaining({ _id: 'chain', n: 2 }),
    ])
    expect((await client.getDocument('chain'))?.n).toBe(2)
  })

  it('gives every touched document the transaction id as _rev', async () => {
    await client
      .transaction()
      .createOrReplace({ _id: 'rev-a', _type: 'note' })
      .createOrReplace({ _id: 'rev-b', _type: 'note' })
      .commit({ transactionId: 'my-transaction-42' })
    expect(await client.fetch('*[_id in ["rev-a", "rev-b"]]._rev')).toEqual(['my-transaction-42', 'my-transaction-42'])
  })

  it('refuses a transaction id that was already used', async () => {
    const error = await refusal(client.mutate([{ create: { _type: 'note' } }], { transactionId: 'my-transaction-42' }))
    expect(error.statusCode).toBe(409)
    expect(error.message).toMatch(/Transaction ID "my-transaction-42" already exists/)
  })

  it('answers a dry run without writing', async () => {
    const result = await client.create({ _id: 'dry', _type: 'note' }, { dryRun: true })
    expect(result).toMatchObject({ _id: 'dry', _type: 'note' })
    expect(await client.getDocument('dry')).toBeUndefined()
  })

  it('returns ids without documents when asked to', async () => {
    const result = await client.mutate([{ create: { _id: 'ids-only', _type: 'note' } }], { returnDocuments: false })
    expect(result).toMatchObject({ documentIds: ['ids-only'], results: [{ id: 'ids-only', operation: 'create' }] })
  })
})
