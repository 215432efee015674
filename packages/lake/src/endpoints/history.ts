/**
 * The history API, as Studio 6 uses it for its history panel and for restoring a revision:
 * - `GET /data/history/:dataset/transactions/:ids`: the transaction log of the documents as NDJSON
 *   (`history/translog.ts` lists the options);
 * - `GET /data/history/:dataset/documents/:ids?revision=|time=|lastRevision=true`: the documents
 *   as they were after that transaction, at that time, or last before deletion;
 * - `GET /data/history/:dataset/events/documents/:id?limit=&nextCursor=`: what happened to the
 *   document group, newest first, in pages (`history/document-events.ts`).
 * History needs a token with history rights; both local roles have them.
 */
import type { LakeModule } from '../context.ts'
import { badRequest, httpError } from '../errors.ts'
import { json, text, type LakeRequest } from '../http/router.ts'
import { documentEvents } from '../history/document-events.ts'
import { lastExistingState, stateAt, transactionsOf } from '../history/log.ts'
import { translogEntries } from '../history/translog.ts'
import { draftIdOf, publishedIdOf } from '../store/ids.ts'
import type { CommittedTransaction } from '../store/types.ts'

const DEFAULT_EVENTS_LIMIT = 100

function requireHistoryRights(request: LakeRequest): void {
  if (!request.identity.user) throw httpError(401, 'Reading history needs a token with history rights')
}

function idsOf(request: LakeRequest): string[] {
  return request.params.ids
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean)
}

function flag(request: LakeRequest, name: string): boolean {
  return request.query.get(name) === 'true'
}

function positiveInteger(request: LakeRequest, name: string): number | undefined {
  const value = request.query.get(name)
  if (value === null) return undefined
  if (!/^[1-9]\d*$/.test(value)) throw badRequest(`"${name}" must be a positive integer`)
  return Number(value)
}

function isoTime(request: LakeRequest, name: string): string | undefined {
  const value = request.query.get(name)
  if (value === null) return undefined
  const time = Date.parse(value)
  if (Number.isNaN(time)) throw badRequest(`"${name}" must be a date and time in ISO 8601, e.g. 2025-01-31T12:00:00Z`)
  return new Date(time).toISOString()
}

function handleTransactions(request: LakeRequest) {
  requireHistoryRights(request)
  const ids = idsOf(request)
  const transactions = transactionsOf(request.lake.store, request.params.dataset, ids)
  const authors = request.query.get('authors')
  const entries = translogEntries(transactions, {
    ids,
    excludeContent: flag(request, 'excludeContent'),
    excludeMutations: flag(request, 'excludeMutations'),
    includeIdentifiedDocumentsOnly: flag(request, 'includeIdentifiedDocumentsOnly'),
    reverse: flag(request, 'reverse'),
    limit: positiveInteger(request, 'limit'),
    fromTransaction: request.query.get('fromTransaction') || undefined,
    toTransaction: request.query.get('toTransaction') || undefined,
    fromTime: isoTime(request, 'fromTime'),
    toTime: isoTime(request, 'toTime'),
    authors: authors ? authors.split(',') : undefined,
    ...(request.query.get('effectFormat') === 'mendoza' ? { effectFormat: 'mendoza' as const } : {}),
  })
  return text(entries.map((entry) => `${JSON.stringify(entry)}\n`).join(''), 'application/x-ndjson; charset=utf-8')
}

function handleDocuments(request: LakeRequest) {
  requireHistoryRights(request)
  const ids = idsOf(request)
  const revision = request.query.get('revision')
  const time = isoTime(request, 'time')
  const lastRevision = flag(request, 'lastRevision')
  if ([revision !== null, time !== undefined, lastRevision].filter(Boolean).length !== 1) {
    throw badRequest('Give exactly one of "revision", "time" and "lastRevision=true"')
  }
  const transactions = transactionsOf(request.lake.store, request.params.dataset, ids)
  let upTo: ((tx: CommittedTransaction) => boolean) | undefined
  if (revision !== null) {
    const target = transactions.find((tx) => tx.transactionId === revision)
    // A revision none of these documents had: nothing to show, as for an expired revision.
    if (!target) return json({ documents: [] })
    upTo = (tx) => tx.seq <= target.seq
  } else if (time !== undefined) {
    upTo = (tx) => tx.timestamp <= time
  }
  const documents = ids
    .map((id) => (upTo ? stateAt(id, transactions, upTo) : lastExistingState(id, transactions)))
    .filter((document) => document !== null)
  return json({ documents })
}

function handleEvents(request: LakeRequest) {
  requireHistoryRights(request)
  const { id } = request.params
  const limit = positiveInteger(request, 'limit') ?? DEFAULT_EVENTS_LIMIT
  const cursor = request.query.get('nextCursor')
  if (cursor && !/^\d+$/.test(cursor)) throw badRequest('"nextCursor" must be a cursor from an earlier answer')
  const before = cursor ? Number(cursor) : Infinity
  const ids = [publishedIdOf(id), draftIdOf(id), id]
  const newestFirst = documentEvents(id, transactionsOf(request.lake.store, request.params.dataset, ids))
    .reverse()
    .filter(({ seq }) => seq < before)
  // A page ends on a transaction boundary, so a cursor (a log position) never splits one.
  let end = Math.min(limit, newestFirst.length)
  while (end < newestFirst.length && newestFirst[end].seq === newestFirst[end - 1].seq) end++
  const page = newestFirst.slice(0, end)
  const nextCursor = end < newestFirst.length ? String(page[page.length - 1].seq) : ''
  return json({ events: { [id]: page.map(({ event }) => event) }, nextCursor })
}

export const historyModule: LakeModule = {
  name: 'history',
  routes: [
    { method: 'GET', path: '/data/history/:dataset/transactions/:ids', handler: handleTransactions },
    { method: 'GET', path: '/data/history/:dataset/documents/:ids', handler: handleDocuments },
    { method: 'GET', path: '/data/history/:dataset/events/documents/:id', handler: handleEvents },
  ],
}
