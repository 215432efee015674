/**
 * Document actions, the Studio's way of editing: each action is checked against the current
 * documents and becomes the mutations that carry it out, which then go through the one write path
 * as a single transaction. So the transaction log and the commit hook see plain mutations.
 *
 * Supported: sanity.action.document.create / edit / publish / discard / unpublish / delete /
 * replaceDraft, and sanity.action.document.version.create / discard / replace.
 */
import type { LakeContext } from '../context.ts'
import { actionError, badRequest, LakeError, type ItemError } from '../errors.ts'
import { executeTransaction, type TransactionOutcome } from '../mutations/transaction.ts'
import { draftIdOf, isDraftId, isVersionId, publishedIdOf } from '../store/ids.ts'
import type { SanityDocument } from '../store/types.ts'

type Action = Record<string, unknown> & { actionType: string }
type Mutation = Record<string, unknown>
type Documents = ReadonlyMap<string, SanityDocument>

/** A precondition an action states does not hold: Sanity's actionError, 409 unless said otherwise. */
class ActionFailure extends Error {
  readonly status: number
  readonly type: string

  constructor(description: string, type = 'conflictError', status = 409) {
    super(description)
    this.type = type
    this.status = status
  }
}

const ACTIONS: Record<string, (action: Action, documents: Documents) => Mutation[]> = {
  'sanity.action.document.create': create,
  'sanity.action.document.edit': edit,
  'sanity.action.document.publish': publish,
  'sanity.action.document.discard': discard,
  'sanity.action.document.unpublish': unpublish,
  'sanity.action.document.delete': deleteDocument,
  'sanity.action.document.replaceDraft': replaceDraft,
  'sanity.action.document.version.create': createVersion,
  'sanity.action.document.version.discard': discardVersion,
  'sanity.action.document.version.replace': replaceVersion,
}

/** The permission each action needs, for the 403 a viewer gets. */
export function requiredPermission(action: unknown): string {
  const type = (action as { actionType?: unknown } | null)?.actionType
  return typeof type === 'string' && type.endsWith('.create') ? 'create' : 'update'
}

export interface ActionsRequest {
  dataset: string
  actions: unknown
  transactionId?: unknown
  identity: string
  dryRun?: boolean
}

export function executeActions(
  lake: Pick<LakeContext, 'store' | 'queries'>,
  request: ActionsRequest,
): TransactionOutcome {
  const list = Array.isArray(request.actions) ? request.actions : [request.actions]
  if (list.length === 0 || list.some((action) => !action || typeof action !== 'object')) {
    throw badRequest('The request body must have "actions": an action object or a non-empty array of them')
  }
  // Actions see the effects of the actions before them, as the mutations they become do.
  const documents = new Map(lake.store.documents(request.dataset))
  const mutations: Mutation[] = []
  const actionOfMutation: number[] = []
  list.forEach((action: Action, index) => {
    const toMutations = ACTIONS[action.actionType]
    if (!toMutations) {
      throw actionError(400, [
        { index, type: 'invalidActionError', description: `Unknown action type ${JSON.stringify(action.actionType)}` },
      ])
    }
    let produced: Mutation[]
    try {
      produced = toMutations(action, documents)
    } catch (error) {
      if (!(error instanceof ActionFailure)) throw error
      throw actionError(error.status, [{ index, type: error.type, description: error.message }])
    }
    for (const mutation of produced) {
      simulate(documents, mutation)
      mutations.push(mutation)
      actionOfMutation.push(index)
    }
  })
  try {
    return executeTransaction(lake, { ...request, mutations })
  } catch (error) {
    throw asActionError(error, actionOfMutation)
  }
}

/** Keeps the working copy in step for the next action's checks (the engine recomputes it all). */
function simulate(documents: Map<string, SanityDocument>, mutation: Mutation): void {
  const [kind, body] = Object.entries(mutation)[0] as [string, Record<string, unknown>]
  const id = String(body._id ?? body.id)
  if (kind === 'delete') documents.delete(id)
  else if (kind === 'createOrReplace' || (kind === 'createIfNotExists' && !documents.has(id)) || kind === 'create') {
    documents.set(id, body as SanityDocument)
  }
}

/** A mutation that failed inside an action is reported as that action's failure. */
function asActionError(error: unknown, actionOfMutation: number[]): unknown {
  if (!(error instanceof LakeError)) return error
  const body = error.body.error as { type?: string; items?: Array<{ index: number; error: Record<string, unknown> }> }
  if (body?.type !== 'mutationError' || !body.items) return error
  const items: ItemError[] = body.items.map(({ index, error: item }) => ({
    index: actionOfMutation[index] ?? index,
    type: String(item.type),
    description: String(item.description),
  }))
  return actionError(error.status, items)
}

// --- the actions ----------------------------------------------------------------------------

function create(action: Action, documents: Documents): Mutation[] {
  const publishedId = requireString(action, 'publishedId')
  const attributes = requireObject(action, 'attributes')
  const id = typeof attributes._id === 'string' ? attributes._id : draftIdOf(publishedId)
  checkBelongs(id, publishedId)
  if (documents.has(id)) {
    if (action.ifExists === 'ignore') return []
    throw new ActionFailure(`A document with ID "${id}" already exists`, 'documentAlreadyExistsError')
  }
  return [{ create: { ...attributes, _id: id } }]
}

function edit(action: Action, documents: Documents): Mutation[] {
  const publishedId = requireString(action, 'publishedId')
  const draftId = typeof action.draftId === 'string' ? action.draftId : draftIdOf(publishedId)
  checkBelongs(draftId, publishedId)
  const patch = requireObject(action, 'patch')
  const mutations: Mutation[] = []
  if (!documents.has(draftId)) {
    // Editing a published document starts its draft from it.
    const base = documents.get(publishedId)
    if (!base || isVersionId(draftId)) {
      throw new ActionFailure(`Cannot edit "${draftId}": the document does not exist`, 'documentNotFoundError', 404)
    }
    mutations.push({ createIfNotExists: copyAs(base, draftId) })
  }
  mutations.push({ patch: { ...patch, id: draftId } })
  return mutations
}

function publish(action: Action, documents: Documents): Mutation[] {
  const publishedId = requireString(action, 'publishedId')
  const draftId = typeof action.draftId === 'string' ? action.draftId : draftIdOf(publishedId)
  checkBelongs(draftId, publishedId)
  const draft = documents.get(draftId)
  const published = documents.get(publishedId)
  if (!draft)
    throw new ActionFailure(`Cannot publish "${publishedId}": there is no draft "${draftId}"`, 'documentNotFoundError')
  checkRevision('draft', draftId, draft, action.ifDraftRevisionId)
  checkRevision('published document', publishedId, published ?? null, action.ifPublishedRevisionId)
  return [{ createOrReplace: copyAs(draft, publishedId) }, { delete: { id: draftId } }]
}

function discard(action: Action, documents: Documents): Mutation[] {
  const draftId = requireString(action, 'draftId')
  if (!isDraftId(draftId) && !isVersionId(draftId)) throw invalid(`"${draftId}" is not a draft ID`)
  if (!documents.has(draftId))
    throw new ActionFailure(`Cannot discard "${draftId}": it does not exist`, 'documentNotFoundError')
  return [{ delete: { id: draftId } }]
}

function unpublish(action: Action, documents: Documents): Mutation[] {
  const publishedId = requireString(action, 'publishedId')
  const draftId = typeof action.draftId === 'string' ? action.draftId : draftIdOf(publishedId)
  checkBelongs(draftId, publishedId)
  const published = documents.get(publishedId)
  if (!published)
    throw new ActionFailure(`Cannot unpublish "${publishedId}": it is not published`, 'documentNotFoundError')
  // The content survives as a draft, unless a draft already holds newer work.
  return [{ createIfNotExists: copyAs(published, draftId) }, { delete: { id: publishedId } }]
}

function deleteDocument(action: Action, documents: Documents): Mutation[] {
  const publishedId = requireString(action, 'publishedId')
  const extra = Array.isArray(action.includeDrafts) ? action.includeDrafts.filter((id) => typeof id === 'string') : []
  for (const id of extra) checkBelongs(id, publishedId)
  const ids = [...new Set([publishedId, draftIdOf(publishedId), ...extra])].filter((id) => documents.has(id))
  if (ids.length === 0)
    throw new ActionFailure(`Cannot delete "${publishedId}": it does not exist`, 'documentNotFoundError')
  return ids.map((id) => ({ delete: { id } }))
}

function replaceDraft(action: Action): Mutation[] {
  const publishedId = requireString(action, 'publishedId')
  const attributes = requireObject(action, 'attributes')
  const id = typeof attributes._id === 'string' ? attributes._id : draftIdOf(publishedId)
  checkBelongs(id, publishedId)
  return [{ createOrReplace: { ...attributes, _id: id } }]
}

function createVersion(action: Action, documents: Documents): Mutation[] {
  const publishedId = requireString(action, 'publishedId')
  if (action.document !== undefined) {
    const document = requireObject(action, 'document')
    const id = String(document._id)
    checkBelongs(id, publishedId)
    if (documents.has(id))
      throw new ActionFailure(`A document with ID "${id}" already exists`, 'documentAlreadyExistsError')
    return [{ create: document }]
  }
  const versionId = requireString(action, 'versionId')
  const baseId = requireString(action, 'baseId')
  checkBelongs(versionId, publishedId)
  const base = documents.get(baseId)
  if (!base)
    throw new ActionFailure(
      `Cannot create "${versionId}": its base "${baseId}" does not exist`,
      'documentNotFoundError',
    )
  checkRevision('base document', baseId, base, action.ifBaseRevisionId)
  if (documents.has(versionId)) {
    throw new ActionFailure(`A document with ID "${versionId}" already exists`, 'documentAlreadyExistsError')
  }
  return [{ create: copyAs(base, versionId) }]
}

function discardVersion(action: Action, documents: Documents): Mutation[] {
  const versionId = requireString(action, 'versionId')
  if (!documents.has(versionId)) {
    throw new ActionFailure(`Cannot discard "${versionId}": it does not exist`, 'documentNotFoundError')
  }
  return [{ delete: { id: versionId } }]
}

function replaceVersion(action: Action): Mutation[] {
  const document = requireObject(action, 'document')
  if (typeof document._id !== 'string' || (!isVersionId(document._id) && !isDraftId(document._id))) {
    throw invalid('"document._id" must be a version or draft ID')
  }
  return [{ createOrReplace: document }]
}

// --- checks ---------------------------------------------------------------------------------

/** A copy of a document under another id, without the fields the new revision will set. */
function copyAs(document: SanityDocument, id: string): Record<string, unknown> {
  const { _rev: _ignoredRev, _updatedAt: _ignoredUpdatedAt, _originalId: _ignoredOriginalId, ...rest } = document
  return { ...rest, _id: id }
}

function checkRevision(what: string, id: string, document: SanityDocument | null, expected: unknown): void {
  if (expected === undefined || expected === null) return
  if (!document || document._rev !== expected) {
    const actual = document ? `"${document._rev}"` : 'none, it does not exist'
    throw new ActionFailure(`The ${what} "${id}" has revision ${actual}, expected "${String(expected)}"`)
  }
}

/** A draft or version must belong to the published id the action names. */
function checkBelongs(id: string, publishedId: string): void {
  if (publishedIdOf(id) !== publishedId || id === publishedId) {
    throw invalid(`"${id}" is not a draft or version of "${publishedId}"`)
  }
}

function requireString(action: Action, key: string): string {
  const value = action[key]
  if (typeof value !== 'string' || !value) throw invalid(`${action.actionType} needs "${key}"`)
  return value
}

function requireObject(action: Action, key: string): Record<string, unknown> {
  const value = action[key]
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw invalid(`${action.actionType} needs "${key}"`)
  return value as Record<string, unknown>
}

function invalid(description: string): ActionFailure {
  return new ActionFailure(description, 'invalidActionError', 400)
}
