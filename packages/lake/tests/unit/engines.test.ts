/** @jest-environment node */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { planMutations } from '../../src/mutations/engine.ts'
import { executeTransaction } from '../../src/mutations/transaction.ts'
import { QueryEngine } from '../../src/query/engine.ts'
import { parseTextQuery } from '../../src/query/text-search.ts'
import { Store } from '../../src/store/store.ts'

let dir: string
let store: Store
let queries: QueryEngine

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lake-engines-'))
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
            body: [{ _type: 'block', children: [{ _type: 'span', text: 'Hjälp finns dygnet runt' }] }],
          },
        },
        { create: { _id: 'p2', _type: 'page', title: 'Om kampanjen', _secret: 'hjälp' } },
      ],
    },
  )
})

afterAll(() => {
  store.close()
  rmSync(dir, { recursive: true, force: true })
})

const run = (query: string, params: Record<string, unknown> = {}) =>
  queries.run({
    dataset: 'production',
    query,
    params,
    perspective: { kind: 'raw' },
    includePrivate: true,
    identity: 'editor',
  }).result

describe('text::query()', () => {
  it('parses words, exclusions, phrases and wildcards', () => {
    expect(parseTextQuery('Hjälp -sex "dygnet runt" ka*pan *').map((term) => term.kind)).toEqual([
      'word',
      'word',
      'phrase',
      'word',
      'any',
    ])
  })

  it('searches nested strings but not system fields', () => {
    expect(run('*[text::query("dygnet")]._id')).toEqual(['p1'])
    expect(run('*[text::query("hjälp")]._id')).toEqual(['p1'])
    expect(run('*[text::query($q)]._id', { q: '-sex' })).toEqual(['p2'])
    expect(run('*[text::query("*")]._id')).toEqual(['p1', 'p2'])
  })

  it('evaluates the value left of match in the document', () => {
    expect(run('*[pt::text(body) match text::query("runt")]._id')).toEqual(['p1'])
    expect(run('*[title match text::query("runt")]._id')).toEqual([])
  })
})

describe('queries', () => {
  it('answers GROQ functions that need the dataset and project', () => {
    expect(run('[sanity::projectId(), sanity::dataset(), identity()]')).toEqual(['local', 'production', 'editor'])
  })
})

describe('planMutations', () => {
  const plan = (mutations: unknown[]) =>
    planMutations(store.documents('production'), mutations, {
      transactionId: 'tx',
      timestamp: '2026-05-01T10:00:00.123Z',
      selectIds: (query, params, documents) => queries.selectIds(query, params, documents),
    })

  it('forgets a document created and deleted in the same transaction', () => {
    expect(plan([{ create: { _id: 'tmp', _type: 'x' } }, { delete: { id: 'tmp' } }]).changes).toEqual([])
  })

  it('stamps documents with the transaction id and the time to the second', () => {
    const [change] = plan([{ patch: { id: 'p2', set: { title: 'Ny' } } }]).changes
    expect(change.after).toMatchObject({ _rev: 'tx', _updatedAt: '2026-05-01T10:00:00Z', title: 'Ny' })
  })

  it('selects documents by query against the transaction’s own earlier writes', () => {
    const { results } = plan([
      { create: { _id: 'p3', _type: 'page' } },
      { patch: { query: '*[_type == "page"]', set: { seen: true } } },
    ])
    expect(results.filter((result) => result.operation === 'update').map((result) => result.id)).toEqual([
      'p1',
      'p2',
      'p3',
    ])
  })

  it('refuses to patch _id', () => {
    expect(() => plan([{ patch: { id: 'p1', set: { _id: 'other' } } }])).toThrow(/cannot change the _id/)
  })
})
