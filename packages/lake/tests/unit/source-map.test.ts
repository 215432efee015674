/** @jest-environment node */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'groq-js'
import { executeTransaction } from '../../src/mutations/transaction.ts'
import { QueryEngine } from '../../src/query/engine.ts'
import type { Perspective } from '../../src/query/perspective.ts'
import { buildSourceMap, type ContentSourceMap, type SourceMapFormat } from '../../src/query/source-map.ts'
import { Store } from '../../src/store/store.ts'
import type { SanityDocument } from '../../src/store/types.ts'

let dir: string
let store: Store
let queries: QueryEngine

const span = (key: string, text: string) => ({ _key: key, _type: 'span', text, marks: [] })

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lake-source-map-'))
  store = Store.open(dir)
  queries = new QueryEngine(store, 'local')
  executeTransaction(
    { store, queries },
    {
      dataset: 'production',
      identity: '',
      mutations: [
        {
          create: {
            _id: 'p1',
            _type: 'page',
            title: 'Köp inte sex',
            slug: { current: 'kop-inte-sex' },
            hero: { heading: 'Det är ett brott' },
            author: { _ref: 'a1' },
            sections: [
              {
                _key: 'help',
                _type: 'helpLinksSection',
                heading: 'Här får du hjälp',
                mode: 'audience',
                audience: 'buyers',
              },
              {
                _key: 'picked',
                _type: 'helpLinksSection',
                heading: 'Utvalda',
                mode: 'manual',
                links: [{ _key: 'r1', _ref: 'h2' }],
              },
              {
                _key: 'text',
                _type: 'textSection',
                body: [
                  {
                    _key: 'b1',
                    _type: 'block',
                    markDefs: [{ _key: 'm1', _type: 'internalLink', reference: { _ref: 'p2' } }],
                    children: [span('c1', 'Läs mer')],
                  },
                ],
              },
            ],
            tags: ['ett', 'två'],
          },
        },
        { create: { _id: 'p2', _type: 'page', title: 'Om kampanjen', subtitle: 'Vilka vi är' } },
        { create: { _id: 'drafts.p2', _type: 'page', title: 'Om kampanjen (utkast)' } },
        { create: { _id: 'a1', _type: 'author', name: 'Anna' } },
        { create: { _id: 'h1', _type: 'helpLink', name: 'Köpstopp', audiences: ['buyers'], sortOrder: 2 } },
        { create: { _id: 'h2', _type: 'helpLink', name: 'Anhöriglinjen', audiences: ['relatives'], sortOrder: 1 } },
        { create: { _id: 'h3', _type: 'helpLink', name: 'Alla', audiences: ['everyone'] } },
      ],
    },
  )
})

afterAll(() => {
  store.close()
  rmSync(dir, { recursive: true, force: true })
})

function run(query: string, format: SourceMapFormat = 'keys', perspective: Perspective = { kind: 'published' }) {
  const response = queries.run({
    dataset: 'production',
    query,
    params: {},
    perspective,
    includePrivate: true,
    identity: '',
    sourceMap: format,
  })
  expect(response.sourceMapProblem).toBeUndefined()
  return { result: response.result, map: response.resultSourceMap as ContentSourceMap }
}

/** Where each mapped result path points: `document id → source path`. */
function sources(map: ContentSourceMap): Record<string, string> {
  return Object.fromEntries(
    Object.entries(map.mappings).map(([resultPath, { source }]) => [
      resultPath,
      `${map.documents[source.document]._id} ${map.paths[source.path]}`,
    ]),
  )
}

/** Follows a JSONPath of the kind source maps use through a value (keys, indexes, `_key` selectors). */
function follow(value: unknown, path: string): unknown {
  const steps = path.matchAll(/\['((?:[^'\\]|\\.)*)'\]|\[(\d+)\]|\[\?\(@\._key=='((?:[^'\\]|\\.)*)'\)\]/g)
  let current = value
  for (const [, name, index, key] of steps) {
    if (name !== undefined) current = (current as Record<string, unknown>)[name.replace(/\\(.)/g, '$1')]
    else if (index !== undefined) current = (current as unknown[])[Number(index)]
    else current = (current as { _key: string }[]).find((item) => item._key === key)
  }
  return current
}

/** Every mapping must name a value equal to the result's value at that path. */
function expectMappingsTrue(result: unknown, map: ContentSourceMap, perspective: 'published' | 'raw' = 'raw') {
  for (const [resultPath, { source }] of Object.entries(map.mappings)) {
    const { _id } = map.documents[source.document]
    const document = queries.run({
      dataset: 'production',
      query: '*[_id == $id][0]',
      params: { id: _id },
      perspective: { kind: perspective },
      includePrivate: true,
      identity: '',
    }).result
    expect({ resultPath, value: follow(document, map.paths[source.path]) }).toEqual({
      resultPath,
      value: follow(result, resultPath),
    })
  }
}

it('maps projected and renamed fields, and leaves computed values unmapped', () => {
  const { result, map } = run(
    '*[_id == "p1"][0]{title, "slug": slug.current, "heading": hero.heading, "shout": title + "!", "count": count(sections)}',
  )
  expect(sources(map)).toEqual({
    "$['title']": "p1 $['title']",
    "$['slug']": "p1 $['slug']['current']",
    "$['heading']": "p1 $['hero']['heading']",
  })
  expect(map.documents).toEqual([{ _id: 'p1', _type: 'page' }])
  expectMappingsTrue(result, map)
})

it('names array items by _key with withKeyArraySelector, and by index with resultSourceMap=true', () => {
  const query = '*[_id == "p1"][0]{sections[]{heading}, tags}'
  expect(sources(run(query, 'keys').map)).toEqual({
    "$['sections'][0]['heading']": "p1 $['sections'][?(@._key=='help')]['heading']",
    "$['sections'][1]['heading']": "p1 $['sections'][?(@._key=='picked')]['heading']",
    "$['tags'][0]": "p1 $['tags'][0]",
    "$['tags'][1]": "p1 $['tags'][1]",
  })
  expect(sources(run(query, 'indexes').map)).toMatchObject({
    "$['sections'][1]['heading']": "p1 $['sections'][1]['heading']",
  })
})

it('follows dereferences to the referenced document', () => {
  const { result, map } = run(
    '*[_id == "p1"][0]{"author": author->name, "picked": sections[_key == "picked"][0].links[]->{name}}',
  )
  expect(sources(map)).toEqual({
    "$['author']": "a1 $['name']",
    "$['picked'][0]['name']": "h2 $['name']",
  })
  expectMappingsTrue(result, map)
})

it('traces conditional splats, select(), filters with ^ and order()', () => {
  const { result, map } = run(`*[_id == "p1"][0]{
    sections[]{
      _key,
      _type == "helpLinksSection" => {
        heading,
        "links": select(
          mode == "audience" => *[_type == "helpLink" && (^.audience in audiences || "everyone" in audiences)] | order(coalesce(sortOrder, 1000000) asc, name asc) {name},
          links[]->{name}
        )
      }
    }
  }`)
  expect(result).toMatchObject({
    sections: [
      { links: [{ name: 'Köpstopp' }, { name: 'Alla' }] },
      { links: [{ name: 'Anhöriglinjen' }] },
      { _key: 'text' },
    ],
  })
  expect(sources(map)).toMatchObject({
    "$['sections'][0]['heading']": "p1 $['sections'][?(@._key=='help')]['heading']",
    "$['sections'][0]['links'][0]['name']": "h1 $['name']",
    "$['sections'][0]['links'][1]['name']": "h3 $['name']",
    "$['sections'][1]['links'][0]['name']": "h2 $['name']",
  })
  expectMappingsTrue(result, map)
})

it('maps the first defined value of coalesce(), and slices by position', () => {
  const { result, map } = run('*[_type == "page"] | order(title asc)[0...2]{"label": coalesce(subtitle, title)}')
  expect(result).toEqual([{ label: 'Köp inte sex' }, { label: 'Vilka vi är' }])
  expect(sources(map)).toEqual({ "$[0]['label']": "p1 $['title']", "$[1]['label']": "p2 $['subtitle']" })
})

it('maps rich text kept whole with ..., through to the spans', () => {
  const { result, map } = run(`*[_id == "p1"][0].sections[_type == "textSection"][0]{
    "body": body[]{..., markDefs[]{..., _type == "internalLink" => {"page": reference->{_id, title}}}}
  }`)
  expect(sources(map)).toMatchObject({
    "$['body'][0]['children'][0]['text']":
      "p1 $['sections'][?(@._key=='text')]['body'][?(@._key=='b1')]['children'][?(@._key=='c1')]['text']",
    "$['body'][0]['markDefs'][0]['page']['title']": "p2 $['title']",
  })
  expectMappingsTrue(result, map)
})

it('names the draft as the source of values the drafts perspective shows', () => {
  const { result, map } = run('*[_id == "p2"][0]{title}', 'keys', { kind: 'stack', layers: ['drafts'] })
  expect(result).toEqual({ title: 'Om kampanjen (utkast)' })
  expect(map.documents).toEqual([{ _id: 'drafts.p2', _type: 'page' }])
  expect(sources(map)).toEqual({ "$['title']": "drafts.p2 $['title']" })
})

it('escapes field names and keys in paths', () => {
  executeTransaction(
    { store, queries },
    {
      dataset: 'production',
      identity: '',
      mutations: [{ create: { _id: 'odd', _type: 'odd', "it's": [{ _key: "k'1", v: 'x' }] } }],
    },
  )
  expect(sources(run('*[_id == "odd"][0]').map)).toMatchObject({
    "$['it\\'s'][0]['v']": "odd $['it\\'s'][?(@._key=='k\\'1')]['v']",
  })
})

it('returns no map when not asked', () => {
  const response = queries.run({
    dataset: 'production',
    query: '*[_id == "p1"][0]{title}',
    params: {},
    perspective: { kind: 'published' },
    includePrivate: true,
    identity: '',
  })
  expect(response.resultSourceMap).toBeUndefined()
})

it('gives no map rather than a wrong one when the traced value is not the result', () => {
  const view = queries.view('production', { kind: 'published' }, true)
  const context = {
    dataset: view.documents,
    params: {},
    identity: '',
    timestamp: new Date(),
    sanity: { projectId: 'local', dataset: 'production' },
    dereference: ({ _ref }: { _ref: string }) => view.byId.get(_ref) ?? null,
    isDocument: (value: unknown): value is SanityDocument => view.documents.includes(value as SanityDocument),
  }
  const tree = parse('*[_id == "p1"][0]{title}')
  expect(buildSourceMap(tree, context, { title: 'Köp inte sex' }, 'keys')).toHaveProperty('map')
  expect(buildSourceMap(tree, context, { title: 'Något annat' }, 'keys')).toEqual({
    problem: 'the traced value differs from the result',
  })
})
