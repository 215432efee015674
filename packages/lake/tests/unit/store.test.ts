/** @jest-environment node */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Store, TransactionIdConflictError } from '../../src/store/store.ts'
import type { CommittedTransaction, SanityDocument } from '../../src/store/types.ts'

const doc = (_id: string, _rev: string, fields: Record<string, unknown> = {}) =>
  ({
    _id,
    _type: 'note',
    _rev,
    _createdAt: '2026-01-01T00:00:00Z',
    _updatedAt: '2026-01-01T00:00:00Z',
    ...fields,
  }) as SanityDocument

let dir: string
let store: Store

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lake-store-'))
  store = Store.open(dir)
})

afterEach(() => {
  store.close()
  rmSync(dir, { recursive: true, force: true })
})

const commit = (transactionId: string, changes: Array<{ id: string; after: SanityDocument | null }>) =>
  store.commit({
    dataset: 'production',
    transactionId,
    timestamp: new Date().toISOString(),
    identity: 'editor',
    mutations: [],
    changes,
  })

it('starts with an empty production dataset', () => {
  expect(store.datasets().map((dataset) => dataset.name)).toEqual(['production'])
  expect(store.documents('production').size).toBe(0)
})

it('tells commit listeners each document’s state before and after, after it is stored', () => {
  const seen: CommittedTransaction[] = []
  store.onCommit((tx) => seen.push(tx))
  commit('t1', [{ id: 'a', after: doc('a', 't1', { n: 1 }) }])
  commit('t2', [
    { id: 'a', after: doc('a', 't2', { n: 2 }) },
    { id: 'b', after: doc('b', 't2') },
  ])
  commit('t3', [{ id: 'a', after: null }])
  expect(seen.map((tx) => tx.transactionId)).toEqual(['t1', 't2', 't3'])
  expect(seen[1]).toMatchObject({
    dataset: 'production',
    identity: 'editor',
    documents: [
      { id: 'a', before: { n: 1 }, after: { n: 2 } },
      { id: 'b', before: null, after: { _id: 'b' } },
    ],
  })
  expect(seen[2].documents).toEqual([{ id: 'a', before: expect.objectContaining({ n: 2 }), after: null }])
  expect(seen[2].seq).toBeGreaterThan(seen[1].seq)
})

it('reads the log back as it was committed, per dataset or per document', () => {
  commit('t1', [{ id: 'a', after: doc('a', 't1', { n: 1 }) }])
  commit('t2', [{ id: 'b', after: doc('b', 't2') }])
  commit('t3', [{ id: 'a', after: doc('a', 't3', { n: 3 }) }])
  expect(store.transactions('production').map((tx) => tx.transactionId)).toEqual(['t1', 't2', 't3'])
  const ofA = store.transactions('production', { documentId: 'a' })
  expect(ofA.map((tx) => tx.transactionId)).toEqual(['t1', 't3'])
  expect(ofA[1].documents).toEqual([
    { id: 'a', before: expect.objectContaining({ n: 1 }), after: expect.objectContaining({ n: 3 }) },
  ])
  expect(store.revisionBefore('production', 'a', ofA[1].seq)).toMatchObject({ _rev: 't1' })
})

it('keeps everything across a reopen', () => {
  commit('t1', [{ id: 'a', after: doc('a', 't1') }])
  store.createDataset('staging')
  store.close()
  store = Store.open(dir)
  expect(store.getDocument('production', 'a')).toMatchObject({ _rev: 't1' })
  expect(store.hasDataset('staging')).toBe(true)
  expect(store.transactions('production')).toHaveLength(1)
})

it('refuses a transaction id used before in the dataset, and writes nothing of it', () => {
  commit('t1', [{ id: 'a', after: doc('a', 't1') }])
  expect(() => commit('t1', [{ id: 'b', after: doc('b', 't1') }])).toThrow(TransactionIdConflictError)
  expect(store.getDocument('production', 'b')).toBeUndefined()
  store.close()
  store = Store.open(dir)
  expect(store.getDocument('production', 'b')).toBeUndefined()
})

it('deletes a dataset with its documents and log', () => {
  store.createDataset('scratch')
  store.commit({
    dataset: 'scratch',
    transactionId: 't',
    timestamp: '',
    identity: '',
    mutations: [],
    changes: [{ id: 'x', after: doc('x', 't') }],
  })
  expect(store.deleteDataset('scratch')).toBe(true)
  expect(store.hasDataset('scratch')).toBe(false)
  store.createDataset('scratch')
  expect(store.documents('scratch').size).toBe(0)
  expect(store.transactions('scratch')).toEqual([])
})
