/**
 * Content source maps from a real lake, read by the real @sanity/client with stega: every query the
 * site runs, on the seed, in the drafts perspective the preview uses. Each string the client encodes
 * must point at a field of a document whose value is that string, and `stegaClean` must give back
 * exactly the result without stega.
 */
import type { ContentSourceMapParsedPath, SanityClient } from '@sanity/client'
import { stegaClean } from '@sanity/client/stega'

import { contentQueries } from '@/lib/content/registry'
import { startTestLake, type TestLake } from '@somliga-tror/lake/testing'

let lake: TestLake
let viewer: SanityClient

type Encoded = { documentId: string; sourcePath: ContentSourceMapParsedPath; value: string }

beforeAll(async () => {
  lake = await startTestLake({ seed: 'sanity/seed/production.ndjson' })
  viewer = lake.client({ token: 'read', perspective: 'drafts' })
})

afterAll(async () => {
  await lake?.stop()
})

/** Runs a query with stega, recording what the client encodes and where it says each string came from. */
async function fetchWithStega(query: string, params: Record<string, unknown>) {
  const encoded: Encoded[] = []
  const stegaClient = viewer.withConfig({
    stega: {
      enabled: true,
      studioUrl: '/studio',
      filter: ({ sourceDocument, sourcePath, value, filterDefault, ...rest }) => {
        const encode = filterDefault({ sourceDocument, sourcePath, value, filterDefault, ...rest })
        if (encode) encoded.push({ documentId: sourceDocument._id, sourcePath, value })
        return encode
      },
    },
  })
  const withStega = await stegaClient.fetch<unknown>(query, params)
  const plain = await viewer.fetch<unknown>(query, params)
  return { withStega, plain, encoded }
}

function follow(value: unknown, path: ContentSourceMapParsedPath): unknown {
  return path.reduce<unknown>((current, step) => {
    if (typeof step === 'object') return (current as { _key?: string }[]).find((item) => item._key === step._key)
    return (current as Record<string | number, unknown>)[step]
  }, value)
}

async function expectEncodedStringsTrue(encoded: Encoded[]) {
  const raw = lake.client({ token: 'read', perspective: 'raw' })
  for (const { documentId, sourcePath, value } of encoded) {
    const document = await raw.getDocument(documentId)
    expect({ documentId, sourcePath, value: follow(document, sourcePath) }).toEqual({ documentId, sourcePath, value })
  }
}

async function siteQueries(): Promise<{ name: string; query: string; params: Record<string, unknown> }[]> {
  const routes = await viewer.fetch<{ pages: { slug: string; language: string }[] }>(contentQueries.routes.query)
  return [
    { name: 'settings', query: contentQueries.settings.query, params: {} },
    { name: 'startPage', query: contentQueries.startPage.query, params: { language: 'sv' } },
    ...routes.pages.map(({ slug, language }) => ({
      name: `page ${language}/${slug}`,
      query: contentQueries.page.query,
      params: { slug, language },
    })),
    { name: 'addresses', query: contentQueries.addresses.query, params: {} },
    { name: 'routes', query: contentQueries.routes.query, params: {} },
    { name: 'helpLinks', query: contentQueries.helpLinks.query, params: { language: 'en' } },
    { name: 'accessibilityStatement', query: contentQueries.accessibilityStatement.query, params: {} },
  ]
}

it('maps every string the site shows back to its field, and stegaClean recovers each result exactly', async () => {
  const queries = await siteQueries()
  expect(queries.length).toBeGreaterThan(8)
  let total = 0
  for (const { name, query, params } of queries) {
    const { withStega, plain, encoded } = await fetchWithStega(query, params)
    expect({ name, result: stegaClean(withStega) }).toEqual({ name, result: plain })
    await expectEncodedStringsTrue(encoded)
    total += encoded.length
  }
  // The seed's pages, help links and settings are mostly text: hundreds of strings get markers.
  expect(total).toBeGreaterThan(200)
})

it('encodes a draft as the source of what the drafts perspective shows', async () => {
  const editor = lake.client()
  const { _id, title } = await editor.fetch<{ _id: string; title: string }>(
    '*[_type == "page" && defined(slug.current)][0]{_id, title}',
  )
  await editor.createOrReplace({
    ...(await editor.getDocument(_id))!,
    _id: `drafts.${_id}`,
    title: `${title} (utkast)`,
  })
  try {
    const slug = await editor.fetch<string>('*[_id == $id][0].slug.current', { id: _id })
    const { withStega, encoded } = await fetchWithStega(contentQueries.page.query, { slug, language: 'sv' })
    const shownTitle = (withStega as { title: string }).title
    expect(shownTitle).not.toBe(`${title} (utkast)`)
    expect(stegaClean(shownTitle)).toBe(`${title} (utkast)`)
    expect(encoded).toContainEqual({ documentId: `drafts.${_id}`, sourcePath: ['title'], value: `${title} (utkast)` })
  } finally {
    await editor.delete(`drafts.${_id}`)
  }
})

it("answers resultSourceMap=true with Sanity's shape, and leaves it out when not asked", async () => {
  const query = '*[_id == "settings"][0]{siteName, "start": startPage->title}'
  const withMap = await viewer.fetch(query, {}, { filterResponse: false, resultSourceMap: true })
  expect(withMap.resultSourceMap).toEqual({
    documents: expect.arrayContaining([{ _id: 'settings', _type: 'settings' }]),
    paths: expect.arrayContaining(["$['siteName']", "$['title']"]),
    mappings: {
      "$['siteName']": {
        type: 'value',
        source: { type: 'documentValue', document: expect.any(Number), path: expect.any(Number) },
      },
      "$['start']": {
        type: 'value',
        source: { type: 'documentValue', document: expect.any(Number), path: expect.any(Number) },
      },
    },
  })
  const withoutMap = await viewer.fetch(query, {}, { filterResponse: false })
  expect(withoutMap).not.toHaveProperty('resultSourceMap')
})
