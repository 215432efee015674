/**
 * The history API as Studio 6 calls it, through the real @sanity/client against a real lake: the
 * transaction log (NDJSON) with its options, documents at a revision or a time, the document
 * events of the history panel, restoring an earlier revision, and the refusals.
 */
import type { SanityClient, SanityDocument } from '@sanity/client'
import { applyPatch } from 'mendoza'
import { startTestLake, type TestLake, refusal } from '../../src/testing/index.ts'

let lake: TestLake
let editor: SanityClient

interface LogEntry {
  id: string
  timestamp: string
  author: string
  documentIDs: string[]
  mutations?: unknown[]
  effects?: Record<string, { apply: unknown[]; revert: unknown[] }>
}

interface DocumentEvent {
  type: string
  documentId: string
  timestamp: string
  author: string
  [field: string]: unknown
}

const action = (transactionId: string, body: Record<string, unknown>) => editor.action(body as never, { transactionId })

/** A page's life as the Studio's document actions make it, each step with a known transaction id. */
beforeAll(async () => {
  lake = await startTestLake()
  editor = lake.client()
  await action('tx-create', {
    actionType: 'sanity.action.document.create',
    publishedId: 'page',
    attributes: { _id: 'drafts.page', _type: 'campaignPage', title: 'Ett' },
    ifExists: 'fail',
  })
  const edit = (transactionId: string, title: string) =>
    action(transactionId, {
      actionType: 'sanity.action.document.edit',
      draftId: 'drafts.page',
      publishedId: 'page',
      patch: { set: { title } },
    })
  await edit('tx-edit-1', 'Två')
  await edit('tx-edit-2', 'Tre')
  await action('tx-publish', {
    actionType: 'sanity.action.document.publish',
    draftId: 'drafts.page',
    publishedId: 'page',
  })
  await edit('tx-edit-3', 'Fyra')
  await action('tx-discard', { actionType: 'sanity.action.document.discard', draftId: 'drafts.page' })
  await editor.mutate([{ create: { _id: 'unrelated', _type: 'note' } }], { transactionId: 'tx-unrelated' })
})

afterAll(async () => {
  await lake.stop()
})

async function log(ids: string, query: Record<string, string> = {}, client = editor): Promise<LogEntry[]> {
  // An empty log is an empty body, which the client answers as undefined.
  const body = await client.request<string | Buffer | undefined>({
    url: `/data/history/production/transactions/${ids}`,
    query,
  })
  return (body ?? '')
    .toString()
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line))
}

const history = <T>(url: string, client = editor) => client.request<T>({ url: `/data/history/production/${url}` })

describe('the transaction log', () => {
  it('lists the transactions of the documents, oldest first, with author and mutations', async () => {
    const entries = await log('page,drafts.page')
    expect(entries.map((entry) => entry.id)).toEqual([
      'tx-create',
      'tx-edit-1',
      'tx-edit-2',
      'tx-publish',
      'tx-edit-3',
      'tx-discard',
    ])
    expect(entries[3]).toMatchObject({ author: 'robot-write', documentIDs: ['page', 'drafts.page'] })
    expect(entries[1].mutations).toEqual([{ patch: { id: 'drafts.page', set: { title: 'Två' } } }])
    expect(Date.parse(entries[0].timestamp)).not.toBeNaN()
  })

  it('reads backwards from a transaction, as the Studio pages through the log', async () => {
    const entries = await log('page,drafts.page', { reverse: 'true', toTransaction: 'tx-publish', limit: '2' })
    expect(entries.map((entry) => entry.id)).toEqual(['tx-publish', 'tx-edit-2'])
  })

  it('reads a range between two transactions, both included', async () => {
    const entries = await log('drafts.page', { fromTransaction: 'tx-edit-1', toTransaction: 'tx-publish' })
    expect(entries.map((entry) => entry.id)).toEqual(['tx-edit-1', 'tx-edit-2', 'tx-publish'])
  })

  it('gives mendoza effects that replay the document, and leaves out content when asked', async () => {
    const entries = await log('drafts.page', {
      effectFormat: 'mendoza',
      excludeContent: 'true',
      includeIdentifiedDocumentsOnly: 'true',
    })
    expect(entries.every((entry) => entry.mutations === undefined)).toBe(true)
    expect(entries[3].documentIDs).toEqual(['drafts.page'])
    let draft: unknown = null
    const titles = entries.map((entry) => {
      draft = applyPatch(draft, entry.effects!['drafts.page'].apply as never)
      return (draft as { title?: string } | null)?.title ?? null
    })
    expect(titles).toEqual(['Ett', 'Två', 'Tre', null, 'Fyra', null])
  })

  it('filters by author', async () => {
    expect(await log('page', { authors: 'robot-write' })).toHaveLength(1)
    expect(await log('page', { authors: 'editor' })).toEqual([])
  })

  it('refuses an unknown transaction as a bound, and a limit that is not a number', async () => {
    expect((await refusal(log('page', { fromTransaction: 'tx-nowhere' }))).statusCode).toBe(404)
    expect((await refusal(log('page', { limit: 'many' }))).statusCode).toBe(400)
  })
})

describe('documents at a point in history', () => {
  it('returns the documents as they were after a revision', async () => {
    const { documents } = await history<{ documents: SanityDocument[] }>(
      'documents/page,drafts.page?revision=tx-edit-1',
    )
    expect(documents).toEqual([expect.objectContaining({ _id: 'drafts.page', _rev: 'tx-edit-1', title: 'Två' })])
    const published = await history<{ documents: SanityDocument[] }>('documents/page?revision=tx-publish')
    expect(published.documents).toEqual([expect.objectContaining({ _id: 'page', _rev: 'tx-publish', title: 'Tre' })])
  })

  it('returns the documents as they were at a time', async () => {
    // The clock moves on between the two writes, so that the time falls between them.
    const moveOn = () => new Promise((resolve) => setTimeout(resolve, 5))
    await editor.create({ _id: 'timed', _type: 'note', title: 'Tidigare' })
    await moveOn()
    const between = new Date().toISOString()
    await moveOn()
    await editor.patch('timed').set({ title: 'Senare' }).commit()
    const { documents } = await history<{ documents: SanityDocument[] }>(`documents/timed?time=${between}`)
    expect(documents).toEqual([expect.objectContaining({ _id: 'timed', title: 'Tidigare' })])
  })

  it('returns a deleted document as it was last', async () => {
    const { documents } = await history<{ documents: SanityDocument[] }>('documents/drafts.page?lastRevision=true')
    expect(documents[0]).toMatchObject({ _id: 'drafts.page', _rev: 'tx-edit-3', title: 'Fyra' })
  })

  it('returns nothing for a revision the documents never had, and refuses two points at once', async () => {
    expect(await history('documents/page?revision=tx-unrelated')).toEqual({ documents: [] })
    expect((await refusal(history('documents/page?revision=tx-publish&time=2020-01-01T00:00:00Z'))).statusCode).toBe(
      400,
    )
  })
})

describe('document events', () => {
  type EventsAnswer = { events: Record<string, DocumentEvent[]>; nextCursor: string }

  it('tells the draft what happened to it, newest first', async () => {
    const { events, nextCursor } = await history<EventsAnswer>('events/documents/drafts.page?limit=100')
    expect(events['drafts.page']).toEqual([
      expect.objectContaining({
        type: 'deleteDocumentVersion',
        versionId: 'drafts.page',
        versionRevisionId: 'tx-edit-3',
      }),
      expect.objectContaining({
        type: 'createDocumentVersion',
        versionId: 'drafts.page',
        versionRevisionId: 'tx-edit-3',
      }),
      expect.objectContaining({
        type: 'publishDocumentVersion',
        documentId: 'page',
        revisionId: 'tx-publish',
        versionId: 'drafts.page',
        versionRevisionId: 'tx-edit-2',
        publishCause: 'document.publish',
        author: 'robot-write',
      }),
      expect.objectContaining({ type: 'createDocumentVersion', versionRevisionId: 'tx-create' }),
    ])
    expect(nextCursor).toBe('')
  })

  it('tells the published document only what changed it, and pages with a cursor', async () => {
    const first = await history<EventsAnswer>('events/documents/page?limit=1')
    expect(first.events.page.map((event) => event.type)).toEqual(['publishDocumentVersion'])
    expect(first.nextCursor).toBe('')

    await action('tx-unpublish', {
      actionType: 'sanity.action.document.unpublish',
      draftId: 'drafts.page',
      publishedId: 'page',
    })
    const latest = await history<EventsAnswer>('events/documents/page?limit=1')
    expect(latest.events.page).toEqual([
      expect.objectContaining({
        type: 'unpublishDocument',
        versionId: 'drafts.page',
        versionRevisionId: 'tx-unpublish',
      }),
    ])
    const older = await history<EventsAnswer>(`events/documents/page?limit=1&nextCursor=${latest.nextCursor}`)
    expect(older.events.page.map((event) => event.type)).toEqual(['publishDocumentVersion'])
  })
})

describe('restoring an earlier revision', () => {
  it('puts the revision back as the draft, as the Studio does', async () => {
    const { documents } = await history<{ documents: SanityDocument[] }>(
      'documents/page,drafts.page?revision=tx-edit-1',
    )
    const { _updatedAt, ...revision } = documents[0]
    void _updatedAt
    await editor.action({
      actionType: 'sanity.action.document.replaceDraft',
      publishedId: 'page',
      attributes: { ...revision, _id: 'drafts.page' },
    })
    expect(await editor.getDocument('drafts.page')).toMatchObject({ title: 'Två' })
  })
})

describe('who may read history', () => {
  it('refuses anonymous requests and lets the viewer read', async () => {
    const anonymous = lake.client({ token: null })
    expect((await refusal(log('page', {}, anonymous))).statusCode).toBe(401)
    expect((await refusal(history('documents/page?lastRevision=true', anonymous))).statusCode).toBe(401)
    expect((await refusal(history('events/documents/page', anonymous))).statusCode).toBe(401)
    expect(await log('page', {}, lake.client({ token: 'read' }))).not.toEqual([])
  })
})
