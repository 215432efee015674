/**
 * Sync tags: opaque, stable strings that a query response carries (`syncTags`) and that the live
 * events stream later names when something changes, so that next-sanity revalidates exactly the
 * cached queries a change can affect.
 *
 * A response is tagged with every document it contains (`s1:` + hash of dataset and published id)
 * plus one tag for the dataset. The dataset tag is what keeps this correct: a new or edited document
 * can enter a filtered result it was not in before, so every commit names the dataset tag too.
 * Per-document tags let a consumer that tracks membership itself be more precise later.
 */
import { createHash } from 'node:crypto'
import { publishedIdOf } from '../store/ids.ts'
import type { CommittedTransaction } from '../store/types.ts'

function tag(input: string): string {
  return `s1:${createHash('sha256').update(input).digest('base64url').slice(0, 8)}`
}

export function documentSyncTag(dataset: string, documentId: string): string {
  return tag(`${dataset}\u0000${publishedIdOf(documentId)}`)
}

export function datasetSyncTag(dataset: string): string {
  return tag(dataset)
}

/** The tags of a query result: the dataset's, then one per document found in it. */
export function syncTagsForResult(dataset: string, result: unknown): string[] {
  const tags = new Set([datasetSyncTag(dataset)])
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit)
    else if (value && typeof value === 'object') {
      const id = (value as { _id?: unknown })._id
      if (typeof id === 'string') tags.add(documentSyncTag(dataset, id))
      for (const child of Object.values(value)) if (child && typeof child === 'object') visit(child)
    }
  }
  visit(result)
  return [...tags]
}

/** The tags a committed transaction invalidates. */
export function syncTagsForTransaction(tx: CommittedTransaction): string[] {
  return [datasetSyncTag(tx.dataset), ...new Set(tx.documents.map((doc) => documentSyncTag(tx.dataset, doc.id)))]
}
