/**
 * The project API as far as the Studio, `sanity dataset` and `@sanity/client` use it: the project,
 * its datasets (list, create with `PUT`, change the ACL mode with `PATCH`, delete), the dataset ACL
 * the Studio evaluates to decide what the user may do, the project grants and the roles.
 *
 * `client.datasets` calls `/datasets/:name` without the project (the project hostname or header
 * names it, checked before routing) and lists `/projects/:id/datasets`, or `/datasets` on the
 * project hostname; both forms are served.
 */
import type { LakeModule } from '../context.ts'
import { grantsFor, LOCAL_USERS, mayReadDataset, ROLES } from '../auth/users.ts'
import { apiError, badRequest, datasetNotFound, httpError } from '../errors.ts'
import { parseJson } from '../http/request.ts'
import { json, type LakeRequest } from '../http/router.ts'
import { isValidDatasetName } from '../store/store.ts'
import type { DatasetInfo } from '../store/types.ts'
import { currentUserBody } from './users.ts'

/** This lake serves one project; any other id is unknown, and management needs a signed-in editor. */
function checkProject(request: LakeRequest, options: { write?: boolean } = {}): void {
  const { projectId } = request.params
  if (projectId !== undefined && projectId !== request.lake.config.projectId) {
    throw httpError(404, `Project "${request.params.projectId}" not found`)
  }
  if (!options.write) return
  if (!request.identity.user) throw httpError(401, 'You must be signed in to manage datasets')
  if (!request.identity.canWrite) throw httpError(403, 'Insufficient permissions; the editor role is required')
}

function handleProject(request: LakeRequest) {
  checkProject(request)
  const me = request.identity.user
  const createdAt = request.lake.store.dataset('production')?.createdAt ?? new Date(0).toISOString()
  return json({
    id: request.lake.config.projectId,
    displayName: 'Somliga tror (lokal)',
    studioHost: null,
    isBlocked: false,
    isDisabled: false,
    isDisabledByUser: false,
    metadata: { color: '#1f5c4a', externalStudioHost: null },
    maxRetentionDays: 36500,
    activityFeedEnabled: false,
    organizationId: null,
    members: LOCAL_USERS.map((user) => ({
      id: user.id,
      isCurrentUser: user.id === me?.id,
      isRobot: false,
      role: user.role,
      roles: [{ name: user.role, title: ROLES[user.role].title }],
    })),
    features: [],
    pendingInvites: 0,
    createdAt,
    updatedAt: createdAt,
  })
}

function handleDatasets(request: LakeRequest) {
  checkProject(request)
  return json(
    request.lake.store.datasets().map((dataset) => ({
      name: dataset.name,
      aclMode: dataset.aclMode,
      createdAt: dataset.createdAt,
      createdByUserId: dataset.createdByUserId,
      addonFor: null,
      datasetProfile: 'content',
      features: [],
      tags: [],
    })),
  )
}

const ACL_MODES = ['public', 'private'] as const

/** The body of a create or edit: `{aclMode?}`, or nothing. Options the lake does not have are refused. */
async function datasetOptions(request: LakeRequest): Promise<{ aclMode?: DatasetInfo['aclMode'] }> {
  const raw = await request.body()
  const body = raw.length > 0 ? parseJson(raw) : {}
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw badRequest('The body must be a JSON object')
  const { aclMode, ...others } = body as Record<string, unknown>
  const unknown = Object.keys(others)
  if (unknown.length > 0) {
    throw badRequest(`The lake has no dataset option "${unknown[0]}"; only "aclMode" can be set`)
  }
  if (aclMode !== undefined && !ACL_MODES.includes(aclMode as DatasetInfo['aclMode'])) {
    throw badRequest(`Invalid aclMode ${JSON.stringify(aclMode)}: use "public" or "private"`)
  }
  return { aclMode: aclMode as DatasetInfo['aclMode'] | undefined }
}

const datasetBody = (dataset: DatasetInfo) => ({ datasetName: dataset.name, aclMode: dataset.aclMode })

async function handleCreateDataset(request: LakeRequest) {
  checkProject(request, { write: true })
  const { name } = request.params
  if (!isValidDatasetName(name)) {
    throw badRequest(
      `Invalid dataset name "${name}": use 1-64 of a-z, 0-9, "_" and "-", starting and ending with a letter or digit`,
    )
  }
  if (request.lake.store.hasDataset(name))
    throw apiError(409, 'datasetAlreadyExistsError', `Dataset "${name}" already exists`)
  const { aclMode } = await datasetOptions(request)
  const dataset = request.lake.store.createDataset(name, { aclMode, createdBy: request.identity.user?.id })
  request.lake.log.info(`dataset ${name} created by ${request.identity.user?.id}`)
  return json(datasetBody(dataset))
}

async function handleEditDataset(request: LakeRequest) {
  checkProject(request, { write: true })
  const { name } = request.params
  const current = request.lake.store.dataset(name)
  if (!current) throw datasetNotFound(name, request.lake.config.projectId)
  const { aclMode } = await datasetOptions(request)
  const dataset = aclMode ? request.lake.store.setAclMode(name, aclMode) : current
  if (aclMode) request.lake.log.info(`dataset ${name} made ${aclMode} by ${request.identity.user?.id}`)
  return json(datasetBody(dataset as DatasetInfo))
}

function handleDeleteDataset(request: LakeRequest) {
  checkProject(request, { write: true })
  const { name } = request.params
  if (!request.lake.store.deleteDataset(name)) throw datasetNotFound(name, request.lake.config.projectId)
  request.lake.queries.forgetDataset(name)
  request.lake.log.info(`dataset ${name} deleted by ${request.identity.user?.id}`)
  return json({ deleted: true })
}

function handleAcl(request: LakeRequest) {
  checkProject(request)
  const readable = mayReadDataset(request.identity, request.lake.store.dataset(request.params.dataset)!)
  return json(readable ? grantsFor(request.identity.user) : [])
}

/** Project-level grants: what the Studio checks for things like deploying schemas. */
function handleGrants(request: LakeRequest) {
  checkProject(request)
  const user = request.identity.user
  const names = !user ? [] : user.role === 'editor' ? ['read', 'update', 'create'] : ['read']
  const grants = names.map((name) => ({ name, params: {} }))
  return json({
    'sanity.project': [{ grants, config: {} }],
    'sanity.project.datasets': [{ grants, config: {} }],
    'sanity.document.filter.mode': grantsFor(user).map((grant) => ({
      grants: grant.permissions.map((name) => ({ name, params: {} })),
      config: { filter: grant.filter },
    })),
  })
}

function handleRoles(request: LakeRequest) {
  checkProject(request)
  return json(
    Object.entries(ROLES).map(([name, role]) => ({
      name,
      title: role.title,
      description: role.description,
      isCustom: false,
      projectId: request.lake.config.projectId,
      appliesToUsers: true,
      appliesToRobots: true,
      grants: {},
    })),
  )
}

function handleMember(request: LakeRequest) {
  checkProject(request)
  const user = request.lake.auth.user(request.params.userId)
  if (!user) throw httpError(404, `User "${request.params.userId}" not found`)
  return json(currentUserBody(user))
}

export const projectsModule: LakeModule = {
  name: 'projects',
  routes: [
    { method: 'GET', path: '/projects/:projectId', handler: handleProject },
    ...['/projects/:projectId/datasets', '/datasets'].flatMap((base) => [
      { method: 'GET' as const, path: base, handler: handleDatasets },
      { method: 'PUT' as const, path: `${base}/:name`, handler: handleCreateDataset },
      { method: 'PATCH' as const, path: `${base}/:name`, handler: handleEditDataset },
      { method: 'DELETE' as const, path: `${base}/:name`, handler: handleDeleteDataset },
    ]),
    { method: 'GET', path: '/projects/:projectId/datasets/:dataset/acl', handler: handleAcl },
    { method: 'GET', path: '/projects/:projectId/grants', handler: handleGrants },
    { method: 'GET', path: '/projects/:projectId/roles', handler: handleRoles },
    { method: 'GET', path: '/projects/:projectId/users/:userId', handler: handleMember },
  ],
}
