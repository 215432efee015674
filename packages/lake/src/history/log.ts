/**
 * Reading a set of documents' history from the store's transaction log: every transaction that
 * touched any of them, oldest first, and their states at a point in that history.
 */
import type { Store } from '../store/store.ts'
import type { CommittedTransaction, SanityDocument } from '../store/types.ts'

const PAGE = 1000

/** Every transaction that touched one of `ids`, oldest first, each once. */
export function transactionsOf(store: Store, dataset: string, ids: string[]): CommittedTransaction[] {
  const bySeq = new Map<number, CommittedTransaction>()
  for (const documentId of new Set(ids)) {
    let afterSeq = 0
    for (;;) {
      const page = store.transactions(dataset, { documentId, afterSeq, limit: PAGE })
      for (const tx of page) bySeq.set(tx.seq, tx)
      if (page.length < PAGE) break
      afterSeq = page[page.length - 1].seq
    }
  }
  return [...bySeq.values()].sort((a, b) => a.seq - b.seq)
}

/**
 * The document as it was at a point in its history: after the last transaction (of
 * `transactions`, oldest first) that `upTo` accepts; `upTo` accepts a prefix of the log, e.g. a
 * position or a time. Null when the document did not exist then.
 */
export function stateAt(
  id: string,
  transactions: CommittedTransaction[],
  upTo: (tx: CommittedTransaction) => boolean,
): SanityDocument | null {
  let state: SanityDocument | null = null
  for (const tx of transactions) {
    if (!upTo(tx)) break
    const change = tx.documents.find((document) => document.id === id)
    if (change) state = change.after
  }
  return state
}

/** The document's last existing state: as it is, or as it was right before it was deleted. */
export function lastExistingState(id: string, transactions: CommittedTransaction[]): SanityDocument | null {
  let state: SanityDocument | null = null
  for (const tx of transactions) {
    const change = tx.documents.find((document) => document.id === id)
    if (change?.after) state = change.after
  }
  return state
}
