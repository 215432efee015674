/**
 * The `mutation` events one listener receives for one committed transaction, in the shape of
 * Sanity's listen API: one event per touched document that matched the listener's filter before
 * or after the transaction (`appear`, `update`, `disappear`), numbered within the transaction.
 */
import { isDraftId, isPublicId, isVersionId } from '../store/ids.ts'
import type { CommittedTransaction, DocumentChange, SanityDocument } from '../store/types.ts'
import { mendozaEffects, type MendozaEffects } from './mendoza.ts'

export interface ListenOptions {
  includeResult: boolean
  includePreviousRevision: boolean
  includeMutations: boolean
  /** Drafts and release versions too; otherwise published documents only. */
  includeAllVersions: boolean
  effectFormat?: 'mendoza'
}

export interface ListenerFilter {
  options: ListenOptions
  /**
   * False for anonymous listeners: documents on sub-paths (drafts, versions) stay invisible, and
   * so does who wrote the transaction (`identity`).
   */
  includePrivate: boolean
  /** Whether a document matches the listener's GROQ filter. */
  matches(document: SanityDocument): boolean
}

type Transition = 'appear' | 'update' | 'disappear'

/**
 * What every listener shares about one transaction: computed at most once per document, however
 * many listeners ask (effects are the costly part).
 */
export class TransactionView {
  readonly tx: CommittedTransaction
  private readonly effectsById = new Map<string, MendozaEffects>()
  private mutationsById?: Map<string, unknown[]>

  constructor(tx: CommittedTransaction) {
    this.tx = tx
  }

  effects(change: DocumentChange): MendozaEffects {
    let effects = this.effectsById.get(change.id)
    if (!effects) {
      effects = mendozaEffects(change.before, change.after)
      this.effectsById.set(change.id, effects)
    }
    return effects
  }

  /**
   * The mutations that made this document's change. Clients apply them to their copy of the
   * document (the Studio does), so they must be this document's only: the transaction's own
   * mutations when each names its document, otherwise one mutation that states the result.
   */
  mutations(change: DocumentChange): unknown[] {
    this.mutationsById ??= splitMutations(this.tx)
    return this.mutationsById.get(change.id) ?? [resultMutation(change)]
  }
}

export function mutationEvents(
  listener: ListenerFilter,
  view: TransactionView,
): Array<{ change: DocumentChange; data: Record<string, unknown> }> {
  const { tx } = view
  const matched: Array<{ change: DocumentChange; transition: Transition }> = []
  for (const change of tx.documents) {
    if (!canSee(listener, change.id)) continue
    const before = change.before !== null && listener.matches(change.before)
    const after = change.after !== null && listener.matches(change.after)
    if (before || after)
      matched.push({ change, transition: before && after ? 'update' : after ? 'appear' : 'disappear' })
  }
  const { options } = listener
  return matched.map(({ change, transition }, index) => {
    const data: Record<string, unknown> = {
      eventId: `${tx.transactionId}#${change.id}`,
      documentId: change.id,
      transactionId: tx.transactionId,
      transition,
      ...(listener.includePrivate ? { identity: tx.identity } : {}),
      ...(options.includeMutations ? { mutations: view.mutations(change) } : {}),
      ...(change.before ? { previousRev: change.before._rev } : {}),
      resultRev: tx.transactionId,
      timestamp: tx.timestamp,
      // A commit is visible to queries the moment it is acknowledged.
      visibility: 'query',
      ...(options.effectFormat === 'mendoza' ? { effects: view.effects(change) } : {}),
      transactionTotalEvents: matched.length,
      transactionCurrentEvent: index,
      ...(options.includeResult && change.after ? { result: change.after } : {}),
      ...(options.includePreviousRevision ? { previous: change.before } : {}),
    }
    return { change, data }
  })
}

function canSee(listener: ListenerFilter, id: string): boolean {
  if (!listener.includePrivate && !isPublicId(id)) return false
  return listener.options.includeAllVersions || !(isDraftId(id) || isVersionId(id))
}

/** Mutations grouped by the document they name; empty when any of them names none (a query). */
function splitMutations(tx: CommittedTransaction): Map<string, unknown[]> {
  const byId = new Map<string, unknown[]>()
  for (const mutation of tx.mutations) {
    const target = targetOf(mutation)
    if (target === undefined) return new Map()
    byId.set(target, [...(byId.get(target) ?? []), mutation])
  }
  return byId
}

function targetOf(mutation: unknown): string | undefined {
  if (!mutation || typeof mutation !== 'object') return undefined
  const entries = Object.entries(mutation)
  if (entries.length !== 1) return undefined
  const [kind, body] = entries[0] as [string, Record<string, unknown> | null]
  const id = kind === 'create' || kind === 'createIfNotExists' || kind === 'createOrReplace' ? body?._id : body?.id
  return typeof id === 'string' ? id : undefined
}

function resultMutation(change: DocumentChange): unknown {
  return change.after ? { createOrReplace: change.after } : { delete: { id: change.id } }
}
