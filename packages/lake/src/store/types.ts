/** Shapes shared by the store, the engines and the modules that subscribe to commits. */

export interface SanityDocument {
  _id: string
  _type: string
  _rev: string
  _createdAt: string
  _updatedAt: string
  [attribute: string]: unknown
}

/** One document touched by a transaction: `before` is null for a creation, `after` for a deletion. */
export interface DocumentChange {
  id: string
  before: SanityDocument | null
  after: SanityDocument | null
}

/** A transaction as it was committed to disk; what `store.onCommit` listeners receive. */
export interface CommittedTransaction {
  /** Position in the lake-wide log; strictly increasing, survives restarts. */
  seq: number
  dataset: string
  /** The client's `transactionId` when it sent one; it is also the `_rev` of every touched document. */
  transactionId: string
  /** ISO 8601 with milliseconds. */
  timestamp: string
  /** The user id that sent the transaction (`lake-import` for imports and `--seed`). */
  identity: string
  /** The mutations as the engine applied them (actions are stored as the mutations they became). */
  mutations: unknown[]
  /** Every document the transaction changed, in the order first touched. */
  documents: DocumentChange[]
}

export interface DatasetInfo {
  name: string
  aclMode: 'public' | 'private'
  createdAt: string
  createdByUserId: string
}
