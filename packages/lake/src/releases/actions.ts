/**
 * Content releases: a release is a system document `_.releases.<name>` (type `system.release`)
 * whose versions are the documents `versions.<name>.<id>`. Its actions move it through its states
 * (active → scheduled → published, or active → archived → active) and, on publish, turn every
 * version into its published document in the same transaction, so readers see all of a release or
 * none of it. A version marked `_system.delete` unpublishes its document instead.
 */
import { publishedIdOf, releaseOf } from '../store/ids.ts'
import type { SanityDocument } from '../store/types.ts'
import {
  ActionFailure,
  copyAs,
  invalid,
  requireObject,
  requireString,
  type Action,
  type ActionContext,
  type Documents,
  type Mutation,
} from '../actions/checks.ts'

export const RELEASE_TYPE = 'system.release'
const RELEASE_PREFIX = '_.releases.'
const RELEASE_NAME = /^[a-zA-Z0-9_-]{1,64}$/
const RELEASE_TYPES = new Set(['asap', 'scheduled', 'undecided'])

export function releaseDocumentId(name: string): string {
  return RELEASE_PREFIX + name
}

/** The version documents of a release, as they are now. */
export function versionsOf(name: string, documents: Documents): SanityDocument[] {
  return [...documents.values()].filter((doc) => releaseOf(doc._id) === name)
}

function releaseName(action: Action): string {
  const name = requireString(action, 'releaseId')
  if (!RELEASE_NAME.test(name)) throw invalid(`"${name}" is not a valid release ID (1-64 of a-z, A-Z, 0-9, _ and -)`)
  return name
}

function existingRelease(name: string, documents: Documents, doing: string): SanityDocument {
  const release = documents.get(releaseDocumentId(name))
  if (!release)
    throw new ActionFailure(`Cannot ${doing} release "${name}": it does not exist`, 'releaseNotFoundError', 404)
  return release
}

function requireState(release: SanityDocument, states: string[], doing: string): void {
  if (!states.includes(String(release.state))) {
    throw new ActionFailure(
      `Cannot ${doing} release "${String(release.name)}": it is ${String(release.state)}, and only ${states.join(' or ')} releases can be`,
      'releaseStateError',
    )
  }
}

function checkMetadata(metadata: Record<string, unknown>): void {
  if (metadata.releaseType !== undefined && !RELEASE_TYPES.has(String(metadata.releaseType))) {
    throw invalid('"metadata.releaseType" must be "asap", "scheduled" or "undecided"')
  }
  if (metadata.intendedPublishAt !== undefined && Number.isNaN(Date.parse(String(metadata.intendedPublishAt)))) {
    throw invalid('"metadata.intendedPublishAt" must be an ISO 8601 date-time')
  }
}

/** The release document with new fields, written whole so that later actions in the request see it. */
function updated(release: SanityDocument, set: Record<string, unknown>, unset: string[] = []): Mutation {
  const { _rev: _ignoredRev, _updatedAt: _ignoredUpdatedAt, ...rest } = release
  const next: Record<string, unknown> = { ...rest, ...set }
  for (const key of unset) delete next[key]
  return { createOrReplace: next }
}

function createRelease(action: Action, documents: Documents): Mutation[] {
  const name = releaseName(action)
  const metadata = action.metadata === undefined ? {} : requireObject(action, 'metadata')
  checkMetadata(metadata)
  const id = releaseDocumentId(name)
  if (documents.has(id))
    throw new ActionFailure(`A release with ID "${name}" already exists`, 'releaseAlreadyExistsError')
  return [
    {
      create: {
        _id: id,
        _type: RELEASE_TYPE,
        name,
        state: 'active',
        metadata: { ...metadata, releaseType: metadata.releaseType ?? 'undecided' },
      },
    },
  ]
}

function editRelease(action: Action, documents: Documents): Mutation[] {
  const name = releaseName(action)
  const release = existingRelease(name, documents, 'edit')
  requireState(release, ['active', 'scheduled'], 'edit')
  const patch = requireObject(action, 'patch')
  // Only the metadata is the editor's; state and times belong to the actions.
  const paths = [
    ...Object.keys((patch.set as object) ?? {}),
    ...Object.keys((patch.setIfMissing as object) ?? {}),
    ...(Array.isArray(patch.unset) ? patch.unset.map(String) : []),
  ]
  const outside = paths.find((path) => path !== 'metadata' && !path.startsWith('metadata.'))
  if (outside) throw invalid(`A release edit may change only its metadata, not "${outside}"`)
  const metadata = (patch.set as { metadata?: unknown } | undefined)?.metadata
  if (metadata && typeof metadata === 'object') checkMetadata(metadata as Record<string, unknown>)
  return [{ patch: { ...patch, id: release._id } }]
}

function scheduleRelease(action: Action, documents: Documents): Mutation[] {
  const name = releaseName(action)
  const release = existingRelease(name, documents, 'schedule')
  requireState(release, ['active'], 'schedule')
  const publishAt = requireString(action, 'publishAt')
  const time = Date.parse(publishAt)
  if (Number.isNaN(time)) throw invalid('"publishAt" must be an ISO 8601 date-time')
  // A time already past is accepted and published at the scheduler's next tick: the Studio checks
  // its permission to schedule with a dry run at "now", and refuses past times itself.
  return [updated(release, { state: 'scheduled', publishAt: new Date(time).toISOString() })]
}

function unscheduleRelease(action: Action, documents: Documents): Mutation[] {
  const name = releaseName(action)
  const release = existingRelease(name, documents, 'unschedule')
  requireState(release, ['scheduled'], 'unschedule')
  return [updated(release, { state: 'active' }, ['publishAt'])]
}

/**
 * Publishes every version of the release and marks it published. The scheduler calls this for a
 * scheduled release that is due; an editor publishes an active one.
 */
export function publishRelease(action: Action, documents: Documents, context: ActionContext): Mutation[] {
  const name = releaseName(action)
  const release = existingRelease(name, documents, 'publish')
  requireState(release, ['active', 'scheduled'], 'publish')
  const mutations: Mutation[] = []
  const versions = versionsOf(name, documents)
  for (const version of versions) {
    const publishedId = publishedIdOf(version._id)
    const system = version._system as { delete?: unknown } | undefined
    if (system?.delete === true) {
      if (documents.has(publishedId)) mutations.push({ delete: { id: publishedId } })
    } else {
      const { _system: _ignoredSystem, ...content } = copyAs(version, publishedId)
      mutations.push({ createOrReplace: content })
    }
    mutations.push({ delete: { id: version._id } })
  }
  mutations.push(
    updated(release, {
      state: 'published',
      publishedAt: context.now,
      finalDocumentStates: versions.map((version) => ({ id: version._id })),
    }),
  )
  return mutations
}

/** Archiving sets the versions aside (they stay in the log); unarchiving brings them back. */
function archiveRelease(action: Action, documents: Documents): Mutation[] {
  const name = releaseName(action)
  const release = existingRelease(name, documents, 'archive')
  requireState(release, ['active'], 'archive')
  const versions = versionsOf(name, documents)
  return [
    ...versions.map((version) => ({ delete: { id: version._id } })),
    updated(release, { state: 'archived', finalDocumentStates: versions.map((version) => ({ id: version._id })) }),
  ]
}

function unarchiveRelease(action: Action, documents: Documents, context: ActionContext): Mutation[] {
  const name = releaseName(action)
  const release = existingRelease(name, documents, 'unarchive')
  requireState(release, ['archived'], 'unarchive')
  const ids = Array.isArray(release.finalDocumentStates)
    ? release.finalDocumentStates.map((entry) => String((entry as { id?: unknown }).id))
    : []
  const restored: Mutation[] = []
  for (const id of ids) {
    if (documents.has(id)) continue
    // The version as it was when the archive deleted it: the last state the log holds before its deletion.
    const deletion = context.store
      .transactions(context.dataset, { documentId: id, limit: 100_000 })
      .flatMap((tx) => tx.documents.filter((change) => change.id === id && change.after === null))
      .at(-1)
    if (deletion?.before) restored.push({ create: copyAs(deletion.before, id) })
  }
  return [...restored, updated(release, { state: 'active' }, ['finalDocumentStates'])]
}

function deleteRelease(action: Action, documents: Documents): Mutation[] {
  const name = releaseName(action)
  const release = existingRelease(name, documents, 'delete')
  requireState(release, ['archived', 'published'], 'delete')
  return [{ delete: { id: release._id } }]
}

export const RELEASE_ACTIONS = {
  'sanity.action.release.create': createRelease,
  'sanity.action.release.edit': editRelease,
  'sanity.action.release.schedule': scheduleRelease,
  'sanity.action.release.unschedule': unscheduleRelease,
  'sanity.action.release.publish': publishRelease,
  'sanity.action.release.archive': archiveRelease,
  'sanity.action.release.unarchive': unarchiveRelease,
  'sanity.action.release.delete': deleteRelease,
}
