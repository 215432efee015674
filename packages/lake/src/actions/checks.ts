/**
 * What every action shares: its shapes, the failure it reports, and the checks of its fields.
 */
import type { Store } from '../store/store.ts'
import { publishedIdOf, releaseOf } from '../store/ids.ts'
import type { SanityDocument } from '../store/types.ts'

export type Action = Record<string, unknown> & { actionType: string }
export type Mutation = Record<string, unknown>
export type Documents = ReadonlyMap<string, SanityDocument>

/** What an action may read beyond the documents: the log (to restore archived versions) and the time. */
export interface ActionContext {
  store: Pick<Store, 'transactions'>
  dataset: string
  /** ISO 8601; release actions record it. */
  now: string
}

/** A precondition an action states does not hold: Sanity's actionError, 409 unless said otherwise. */
export class ActionFailure extends Error {
  readonly status: number
  readonly type: string

  constructor(description: string, type = 'conflictError', status = 409) {
    super(description)
    this.type = type
    this.status = status
  }
}

/** A copy of a document under another id, without the fields the new revision will set. */
export function copyAs(document: SanityDocument, id: string): Record<string, unknown> {
  const { _rev: _ignoredRev, _updatedAt: _ignoredUpdatedAt, _originalId: _ignoredOriginalId, ...rest } = document
  return { ...rest, _id: id }
}

export function checkRevision(what: string, id: string, document: SanityDocument | null, expected: unknown): void {
  if (expected === undefined || expected === null) return
  if (!document || document._rev !== expected) {
    const actual = document ? `"${document._rev}"` : 'none, it does not exist'
    throw new ActionFailure(`The ${what} "${id}" has revision ${actual}, expected "${String(expected)}"`)
  }
}

/** A draft or version must belong to the published id the action names. */
export function checkBelongs(id: string, publishedId: string): void {
  if (publishedIdOf(id) !== publishedId || id === publishedId) {
    throw invalid(`"${id}" is not a draft or version of "${publishedId}"`)
  }
}

export function requireString(action: Action, key: string): string {
  const value = action[key]
  if (typeof value !== 'string' || !value) throw invalid(`${action.actionType} needs "${key}"`)
  return value
}

export function requireObject(action: Action, key: string): Record<string, unknown> {
  const value = action[key]
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw invalid(`${action.actionType} needs "${key}"`)
  return value as Record<string, unknown>
}

export function invalid(description: string): ActionFailure {
  return new ActionFailure(description, 'invalidActionError', 400)
}

/**
 * A scheduled, published or archived release is closed: its versions change only through the
 * release's own actions (unschedule it first), as the Studio shows them read-only.
 */
export function checkReleaseOpen(id: string, documents: Documents): void {
  const release = releaseOf(id)
  if (!release) return
  const state = documents.get(`_.releases.${release}`)?.state
  if (state !== undefined && state !== 'active') {
    throw new ActionFailure(`Cannot change "${id}": its release "${release}" is ${String(state)}`)
  }
}
