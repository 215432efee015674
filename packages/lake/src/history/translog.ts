/**
 * The transaction log as Sanity's history API returns it (`/data/history/:dataset/transactions/:ids`,
 * one JSON object per line): `{id, timestamp, author, documentIDs, mutations?, effects?}` for each
 * transaction that touched one of the documents, narrowed and ordered by the request's options.
 */
import { apiError } from '../errors.ts'
import { mendozaEffects } from '../listen/mendoza.ts'
import type { CommittedTransaction } from '../store/types.ts'

export interface TranslogOptions {
  ids: string[]
  /** Leave out the mutations (they carry document content). */
  excludeContent: boolean
  excludeMutations: boolean
  /** Name (and give effects for) only the requested documents, not everything a transaction touched. */
  includeIdentifiedDocumentsOnly: boolean
  /** Newest first; `limit` then keeps the newest. */
  reverse: boolean
  limit?: number
  /** Inclusive bounds, as transaction ids of these documents' history. */
  fromTransaction?: string
  toTransaction?: string
  /** Inclusive bounds, ISO 8601. */
  fromTime?: string
  toTime?: string
  authors?: string[]
  effectFormat?: 'mendoza'
}

/** The log entries for `transactions` (every transaction of the documents, oldest first). */
export function translogEntries(transactions: CommittedTransaction[], options: TranslogOptions): unknown[] {
  const from = options.fromTransaction ? positionOf(transactions, options.fromTransaction, options.ids) : 0
  const to = options.toTransaction ? positionOf(transactions, options.toTransaction, options.ids) : Infinity
  let selected = transactions.filter(
    (tx, index) =>
      index >= from &&
      index <= to &&
      (!options.fromTime || tx.timestamp >= options.fromTime) &&
      (!options.toTime || tx.timestamp <= options.toTime) &&
      (!options.authors || options.authors.includes(tx.identity)),
  )
  if (options.reverse) selected = selected.reverse()
  if (options.limit !== undefined) selected = selected.slice(0, options.limit)
  const requested = new Set(options.ids)
  return selected.map((tx) => {
    const changes = options.includeIdentifiedDocumentsOnly
      ? tx.documents.filter((change) => requested.has(change.id))
      : tx.documents
    return {
      id: tx.transactionId,
      timestamp: tx.timestamp,
      author: tx.identity,
      documentIDs: changes.map((change) => change.id),
      ...(options.excludeContent || options.excludeMutations ? {} : { mutations: tx.mutations }),
      ...(options.effectFormat === 'mendoza'
        ? {
            effects: Object.fromEntries(
              changes.map((change) => [change.id, mendozaEffects(change.before, change.after)]),
            ),
          }
        : {}),
    }
  })
}

function positionOf(transactions: CommittedTransaction[], id: string, documentIds: string[]): number {
  const index = transactions.findIndex((tx) => tx.transactionId === id)
  if (index === -1) {
    throw apiError(404, 'transactionNotFoundError', `Transaction "${id}" did not touch ${documentIds.join(', ')}`)
  }
  return index
}
