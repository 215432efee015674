/**
 * The document events API (`/data/history/:dataset/events/documents/:id`), which Studio 6 uses for
 * its history panel: what happened to a document group (a published document, its draft and its
 * release versions), derived from the transaction log. Edits are not events: the Studio builds
 * them itself from the transactions between two events.
 *
 * Per transaction, by what it did to the group:
 * - published document written and a draft or version deleted: `publishDocumentVersion`;
 * - published document written directly: `createLiveDocument` / `updateLiveDocument`;
 * - published document deleted: `deleteDocumentGroup` when nothing of the group is left, else
 *   `unpublishDocument`;
 * - a draft or version created or deleted otherwise: `createDocumentVersion` /
 *   `deleteDocumentVersion`.
 * The published document's history shows the events that changed it; a draft's or version's shows
 * publishing, unpublishing and deleting, and its own creations and deletions.
 */
import { draftIdOf, isDraftId, isVersionId, publishedIdOf, releaseOf } from '../store/ids.ts'
import type { CommittedTransaction, DocumentChange } from '../store/types.ts'

export interface DocumentEvent {
  type: string
  timestamp: string
  author: string
  documentId: string
  [field: string]: unknown
}

/** The events of the group `documentId` belongs to, as seen from `documentId`, oldest first. */
export function documentEvents(
  documentId: string,
  transactions: CommittedTransaction[],
): Array<{ seq: number; event: DocumentEvent }> {
  const publishedId = publishedIdOf(documentId)
  const draftId = draftIdOf(documentId)
  // The variant whose own creations and deletions are shown (none for the published document).
  const variantId = isDraftId(documentId) || isVersionId(documentId) ? documentId : undefined
  let draftRev: string | undefined
  const events: Array<{ seq: number; event: DocumentEvent }> = []
  for (const tx of transactions) {
    const group = tx.documents.filter((change) => publishedIdOf(change.id) === publishedId)
    const draft = group.find((change) => change.id === draftId)
    if (draft) draftRev = draft.after?._rev
    const base = { timestamp: tx.timestamp, author: tx.identity, documentId: publishedId }
    const add = (event: DocumentEvent) => events.push({ seq: tx.seq, event })
    const published = group.find((change) => change.id === publishedId)
    const variants = group.filter((change) => change !== published)
    const deletedVariant = variants.find((change) => change.before && !change.after)
    let groupDeleted = false
    if (published?.after && deletedVariant) {
      add({
        ...base,
        type: 'publishDocumentVersion',
        revisionId: tx.transactionId,
        ...variantFields(deletedVariant, deletedVariant.before!._rev),
        publishCause: isVersionId(deletedVariant.id) ? 'release.publish' : 'document.publish',
      })
    } else if (published?.after) {
      // Written in place, not from a draft: history of the published document only.
      if (!variantId) {
        add({
          ...base,
          type: published.before ? 'updateLiveDocument' : 'createLiveDocument',
          revisionId: tx.transactionId,
        })
      }
    } else if (published?.before) {
      groupDeleted = draftRev === undefined && variants.every((change) => !change.after)
      add(
        groupDeleted
          ? { ...base, type: 'deleteDocumentGroup' }
          : {
              ...base,
              type: 'unpublishDocument',
              versionId: draftId,
              versionRevisionId: draftRev ?? '',
              releaseId: '',
            },
      )
    }
    const own = variants.find((change) => change.id === variantId)
    if (!own || published || groupDeleted) continue
    if (!own.before) add({ ...base, type: 'createDocumentVersion', ...variantFields(own, tx.transactionId) })
    else if (!own.after) add({ ...base, type: 'deleteDocumentVersion', ...variantFields(own, own.before._rev) })
  }
  return events
}

function variantFields(change: DocumentChange, versionRevisionId: string) {
  return { versionId: change.id, versionRevisionId, releaseId: releaseOf(change.id) ?? '' }
}
