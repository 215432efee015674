/**
 * Queries: perspectives (raw, published, drafts, release stacks), the default perspective of each
 * API version, long queries by POST, references, and text::query().
 */
import { startTestLake, type TestLake } from '../../src/testing/index.ts'

let lake: TestLake

beforeAll(async () => {
  lake = await startTestLake()
  await lake
    .client()
    .transaction()
    .create({ _id: 'author', _type: 'author', name: 'Publicerad författare' })
    .create({ _id: 'drafts.author', _type: 'author', name: 'Utkast till författare' })
    .create({ _id: 'book', _type: 'book', title: 'Boken om hjälp', author: { _ref: 'author', _type: 'reference' } })
    .create({
      _id: 'drafts.book',
      _type: 'book',
      title: 'Boken om stöd',
      author: { _ref: 'author', _type: 'reference' },
    })
    .create({ _id: 'versions.rSpring.book', _type: 'book', title: 'Vårens bok' })
    .create({ _id: 'drafts.only-draft', _type: 'book', title: 'Aldrig publicerad' })
    .create({ _id: 'leaflet', _type: 'leaflet', title: 'Stöd och hjälp för anhöriga', body: 'Ring oss dygnet runt.' })
    .create({ _id: 'poster', _type: 'leaflet', title: 'Affisch', body: 'Köp inte sex. Hjälp finns.' })
    .commit()
})

afterAll(async () => {
  await lake.stop()
})

const titles = (perspective: 'raw' | 'published' | 'drafts' | string[]) =>
  lake.client({ token: 'read' }).fetch('*[_type == "book"] | order(_id) { _id, title }', {}, { perspective })

describe('perspectives', () => {
  it('raw shows every document as stored', async () => {
    expect((await titles('raw')).map((doc: { _id: string }) => doc._id)).toEqual([
      'book',
      'drafts.book',
      'drafts.only-draft',
      'versions.rSpring.book',
    ])
  })

  it('published hides drafts and versions', async () => {
    expect(await titles('published')).toEqual([{ _id: 'book', title: 'Boken om hjälp' }])
  })

  it('drafts shows drafts in place of published documents, with the published id', async () => {
    expect(await titles('drafts')).toEqual([
      { _id: 'book', title: 'Boken om stöd' },
      { _id: 'only-draft', title: 'Aldrig publicerad' },
    ])
    const [book] = await lake.client({ token: 'read' }).fetch('*[_id == "book"]', {}, { perspective: 'drafts' })
    expect(book._originalId).toBe('drafts.book')
  })

  it('a release stack puts release versions over drafts over published documents', async () => {
    expect(await titles(['rSpring', 'drafts'])).toEqual([
      { _id: 'book', title: 'Vårens bok' },
      { _id: 'only-draft', title: 'Aldrig publicerad' },
    ])
    expect(await titles(['rSpring'])).toEqual([{ _id: 'book', title: 'Vårens bok' }])
  })

  it('dereferences within the perspective', async () => {
    const client = lake.client({ token: 'read' })
    const query = '*[_id == "book"][0].author->name'
    expect(await client.fetch(query, {}, { perspective: 'published' })).toBe('Publicerad författare')
    expect(await client.fetch(query, {}, { perspective: 'drafts' })).toBe('Utkast till författare')
  })

  it('defaults to raw before API version 2025-02-19 and to published from it', async () => {
    const old = lake.client({ token: 'read', apiVersion: '2024-01-01' })
    const current = lake.client({ token: 'read', apiVersion: '2025-02-19' })
    expect(await old.fetch('count(*[_type == "book"])')).toBe(4)
    expect(await current.fetch('count(*[_type == "book"])')).toBe(1)
  })

  it('refuses an unknown perspective with 400', async () => {
    const response = await fetch(`${lake.httpUrl}/v2025-02-19/data/query/production?query=*&perspective=raw,drafts`)
    expect(response.status).toBe(400)
    expect((await response.json()).error.description).toMatch(/Invalid perspective/)
  })
})

describe('query requests', () => {
  it('runs long queries sent by POST', async () => {
    const ids = Array.from({ length: 900 }, (_, index) => `missing-${index}`)
    const query = `*[_id in ${JSON.stringify([...ids, 'leaflet'])}].title`
    expect(query.length).toBeGreaterThan(11264)
    expect(await lake.client().fetch(query)).toEqual(['Stöd och hjälp för anhöriga'])
  })

  it('leaves the query out of the response when returnQuery is false', async () => {
    const url = `${lake.httpUrl}/v2025-02-19/data/query/production?query=${encodeURIComponent('count(*)')}&returnQuery=false`
    const body = await (await fetch(url)).json()
    expect(body).not.toHaveProperty('query')
    expect(body.result).toBeGreaterThan(0)
  })

  it('takes slice bounds from parameters, as the Studio document lists do', async () => {
    const query = '*[_type == $type] | order(_id) [$offset...$limit]._id'
    const client = lake.client({ token: 'read' })
    expect(await client.fetch(query, { type: 'leaflet', offset: 0, limit: 1 })).toEqual(['leaflet'])
    expect(await client.fetch(query, { type: 'leaflet', offset: 1, limit: 2 })).toEqual(['poster'])
  })

  it('tags responses with a stable sync tag per document', async () => {
    const client = lake.client()
    const first = await client.fetch('*[_id == "leaflet"]', {}, { filterResponse: false })
    const again = await client.fetch('*[_id in ["leaflet", "poster"]]', {}, { filterResponse: false })
    expect(first.syncTags).toHaveLength(2)
    expect(again.syncTags).toEqual(expect.arrayContaining(first.syncTags ?? ['missing']))
    expect(again.syncTags).toHaveLength(3)
  })
})

describe('text::query()', () => {
  const search = (query: string, perspective: 'published' | 'drafts' = 'published') =>
    lake.client({ token: 'read' }).fetch('*[text::query($q)] | order(_id)._id', { q: query }, { perspective })

  it('matches words case-insensitively as prefixes, all words required', async () => {
    expect(await search('hjälp')).toEqual(['book', 'leaflet', 'poster'])
    expect(await search('HJÄLP anhör')).toEqual(['leaflet'])
    expect(await search('stöd')).toEqual(['leaflet'])
  })

  it('supports exclusion, phrases and wildcards', async () => {
    expect(await search('hjälp -boken')).toEqual(['leaflet', 'poster'])
    expect(await search('"köp inte"')).toEqual(['poster'])
    expect(await search('"inte köp"')).toEqual([])
    expect(await search('d*gnet')).toEqual(['leaflet'])
  })

  it('searches what the perspective shows', async () => {
    expect(await search('stöd', 'drafts')).toEqual(['book', 'leaflet'])
  })

  it('works as the Studio uses it, on the right of match, and scores in score()', async () => {
    const client = lake.client({ token: 'read' })
    expect(await client.fetch('*[[@, _id] match text::query("postr*")]._id')).toEqual([])
    expect(await client.fetch('*[[@, _id] match text::query("post*")]._id')).toEqual(['poster'])
    expect(await client.fetch('*[title match text::query("hjälp")] | order(_id)._id')).toEqual(['book', 'leaflet'])
    const ranked = await client.fetch(
      '*[_type == "leaflet"] | score(text::query("hjälp"), boost(title match text::query("affisch"), 5)) | order(_score desc) { _id, _score }',
    )
    expect(ranked[0]._id).toBe('poster')
    expect(ranked[0]._score).toBeGreaterThan(ranked[1]._score)
    expect(ranked[1]._score).toBeGreaterThan(0)
  })
})
