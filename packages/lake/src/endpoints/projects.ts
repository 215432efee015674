/**
 * The project API as far as the Studio and `sanity dataset` use it: the project, its datasets
 * (list, create with `PUT`, delete), the dataset ACL the Studio evaluates to decide what the user
 * may do, the project grants and the roles.
 */
import type { LakeModule } from '../context.ts'
import { grantsFor, LOCAL_USERS, mayReadDataset, ROLES } from '../auth/users.ts'
import { apiError, badRequest, httpError } from '../errors.ts'
import { parseJson } from '../http/request.ts'
import { json, type LakeRequest } from '../http/router.ts'
import { isValidDatasetName } from '../store/store.ts'
import { currentUserBody } from './users.ts'

/** This lake serves one project; any other id is unknown, and management needs a signed-in user. */
function checkProject(request: LakeRequest, options: { write?: boolean } = {}): void {
  if (request.params.projectId !== request.lake.config.projectId) {
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
      tags: [],
    })),
  )
}

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
  const raw = await request.body()
  const body = raw.length > 0 ? parseJson(raw) : {}
  const aclMode = (body as { aclMode?: unknown })?.aclMode === 'private' ? 'private' : 'public'
  const dataset = request.lake.store.createDataset(name, { aclMode, createdBy: request.identity.user?.id })
  request.lake.log.info(`dataset ${name} created by ${request.identity.user?.id}`)
  return json({ datasetName: dataset.name, aclMode: dataset.aclMode })
}

function handleDeleteDataset(request: LakeRequest) {
  checkProject(request, { write: true })
  const { name } = request.params
  if (!request.lake.store.deleteDataset(name)) {
    throw apiError(404, 'httpNotFound', `Dataset "${name}" not found for project ID "${request.lake.config.projectId}"`)
  }
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
    { method: 'GET', path: '/projects/:projectId/datasets', handler: handleDatasets },
    { method: 'PUT', path: '/projects/:projectId/datasets/:name', handler: handleCreateDataset },
    { method: 'DELETE', path: '/projects/:projectId/datasets/:name', handler: handleDeleteDataset },
    { method: 'GET', path: '/projects/:projectId/datasets/:dataset/acl', handler: handleAcl },
    { method: 'GET', path: '/projects/:projectId/grants', handler: handleGrants },
    { method: 'GET', path: '/projects/:projectId/roles', handler: handleRoles },
    { method: 'GET', path: '/projects/:projectId/users/:userId', handler: handleMember },
  ],
}
