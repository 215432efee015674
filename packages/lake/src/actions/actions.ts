/**
 * Document actions, the Studio's way of editing: each action is checked against the current
 * documents and becomes the mutations that carry it out, which then go through the one write path
 * as a single transaction. So the transaction log and the commit hook see plain mutations.
 *
 * Supported: sanity.action.document.create / edit / publish / discard / unpublish / delete /
 * replaceDraft, sanity.action.document.version.create / discard / replace / unpublish, and the
 * release actions of `releases.ts`.
 */
import type { LakeContext } from '../context.ts'
import { actionError, badRequest, LakeError, type ItemError } from '../errors.ts'
import { executeTransaction, type TransactionOutcome } from '../mutations/transaction.ts'
import { draftIdOf, isDraftId, isVersionId } from '../store/ids.ts'
import type { SanityDocument } from '../store/types.ts'
import {
  ActionFailure,
  checkBelongs,
  checkReleaseOpen,
  checkRevision,
  copyAs,
  invalid,
  requireObject,
  requireString,
  type Action,
  type ActionContext,
  type Documents,
  type Mutation,
} from './checks.ts'
import { RELEASE_ACTIONS } from '../releases/actions.ts'

type ActionHandler = (action: Action, documents: Documents, context: ActionContext) => Mutation[]

const ACTIONS: Record<string, ActionHandler> = {
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
  'sanity.action.document.version.unpublish': unpublishVersion,
  ...RELEASE_ACTIONS,
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
  /** The time release actions record and compare with (ISO 8601); now when not given. */
  now?: string
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
  const context: ActionContext = {
    store: lake.store,
    dataset: request.dataset,
    now: request.now ?? new Date().toISOString(),
  }
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
      produced = toMutations(action, documents, context)
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
  checkReleaseOpen(draftId, documents)
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
    checkReleaseOpen(id, documents)
    if (documents.has(id))
      throw new ActionFailure(`A document with ID "${id}" already exists`, 'documentAlreadyExistsError')
    return [{ create: document }]
  }
  const versionId = requireString(action, 'versionId')
  const baseId = requireString(action, 'baseId')
  checkBelongs(versionId, publishedId)
  checkReleaseOpen(versionId, documents)
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
  checkReleaseOpen(versionId, documents)
  if (!documents.has(versionId)) {
    throw new ActionFailure(`Cannot discard "${versionId}": it does not exist`, 'documentNotFoundError')
  }
  return [{ delete: { id: versionId } }]
}

/**
 * Marks a release version to unpublish its document when the release is published (the Studio's
 * "unpublish when releasing"); the version starts from the published document if it has none yet.
 */
function unpublishVersion(action: Action, documents: Documents): Mutation[] {
  const versionId = requireString(action, 'versionId')
  const publishedId = requireString(action, 'publishedId')
  checkBelongs(versionId, publishedId)
  if (!isVersionId(versionId)) throw invalid(`"${versionId}" is not a release version ID`)
  checkReleaseOpen(versionId, documents)
  const published = documents.get(publishedId)
  if (!published) {
    throw new ActionFailure(
      `Cannot unpublish "${publishedId}" in a release: it is not published`,
      'documentNotFoundError',
    )
  }
  const version = documents.get(versionId)
  const base = version ? copyAs(version, versionId) : copyAs(published, versionId)
  const system = (base._system as Record<string, unknown> | undefined) ?? {}
  return [{ createOrReplace: { ...base, _system: { ...system, delete: true } } }]
}

function replaceVersion(action: Action, documents: Documents): Mutation[] {
  const document = requireObject(action, 'document')
  if (typeof document._id !== 'string' || (!isVersionId(document._id) && !isDraftId(document._id))) {
    throw invalid('"document._id" must be a version or draft ID')
  }
  checkReleaseOpen(document._id, documents)
  return [{ createOrReplace: document }]
}
