/**
 * Who can use the lake: two local people to sign in as from the Studio, and two robots behind the
 * environment's API tokens. Roles follow Sanity's: an editor reads and writes everything, a viewer
 * reads everything (drafts and versions included) and writes nothing.
 */
import type { DatasetInfo } from '../store/types.ts'

export type Role = 'editor' | 'viewer'

export interface LakeUser {
  id: string
  name: string
  email: string
  role: Role
  robot: boolean
}

export const LOCAL_USERS: readonly LakeUser[] = [
  { id: 'editor', name: 'Redaktör', email: 'redaktor@lake.localhost', role: 'editor', robot: false },
  { id: 'viewer', name: 'Läsare', email: 'lasare@lake.localhost', role: 'viewer', robot: false },
]

export const TOKEN_ROBOTS: Readonly<Record<'write' | 'read', LakeUser>> = {
  write: { id: 'robot-write', name: 'SANITY_API_WRITE_TOKEN', email: '', role: 'editor', robot: true },
  read: { id: 'robot-read', name: 'SANITY_API_READ_TOKEN', email: '', role: 'viewer', robot: true },
}

/**
 * The lake itself, as the author of what it writes on its own (`import`, `--seed`), so that the
 * Studio's history names it. No token signs in as it.
 */
export const IMPORT_ROBOT: LakeUser = {
  id: 'lake-import',
  name: 'Lokal sjö (import)',
  email: '',
  role: 'editor',
  robot: true,
}

/** Titles and descriptions as the Studio shows them (e.g. "Din roll Läsare har inte behörighet …"). */
export const ROLES: Readonly<Record<Role, { title: string; description: string }>> = {
  editor: { title: 'Redaktör', description: 'Kan läsa och ändra allt innehåll i alla dataset.' },
  viewer: { title: 'Läsare', description: 'Kan läsa allt innehåll i alla dataset, även utkast, men inte ändra något.' },
}

/** Document permissions in the form of Sanity's dataset ACL, which the Studio evaluates itself. */
export type Permission = 'read' | 'create' | 'update' | 'history' | 'editHistory'

export interface Grant {
  filter: string
  permissions: Permission[]
}

const EVERY_DOCUMENT = '_id in path("**")'
/** `*` matches ids without a dot: the published documents anonymous readers may see. */
const PUBLIC_DOCUMENTS = '_id in path("*")'

export function grantsFor(user: LakeUser | null): Grant[] {
  if (!user) return [{ filter: PUBLIC_DOCUMENTS, permissions: ['read'] }]
  if (user.role === 'editor') {
    return [{ filter: EVERY_DOCUMENT, permissions: ['read', 'create', 'update', 'history', 'editHistory'] }]
  }
  return [{ filter: EVERY_DOCUMENT, permissions: ['read', 'history'] }]
}

/** What a request may do, derived from who sent it. */
export interface Identity {
  /** Null for anonymous requests. */
  user: LakeUser | null
  /** Drafts, release versions and other documents on sub-paths. */
  canReadPrivate: boolean
  canWrite: boolean
}

export function identityOf(user: LakeUser | null): Identity {
  return { user, canReadPrivate: user !== null, canWrite: user?.role === 'editor' }
}

export const ANONYMOUS: Identity = identityOf(null)

/**
 * Whether the identity may read a dataset's documents at all: a private dataset (`aclMode:
 * "private"`) grants anonymous callers nothing, so they see none of its documents, events or assets.
 */
export function mayReadDataset(identity: Identity, dataset: Pick<DatasetInfo, 'aclMode'>): boolean {
  return dataset.aclMode === 'public' || identity.user !== null
}
