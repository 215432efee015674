/**
 * `GET /users/me` (the Studio counts you as logged in when it returns a string `id`; anonymous
 * gets `{}`) and `GET /users/:ids` (avatars and names of the people in history and presence).
 */
import type { LakeModule } from '../context.ts'
import { json, type LakeRequest } from '../http/router.ts'
import { ROLES, type LakeUser } from '../auth/users.ts'

export function currentUserBody(user: LakeUser) {
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    profileImage: null,
    provider: 'local',
    role: user.role,
    roles: [{ name: user.role, title: ROLES[user.role].title }],
  }
}

function handleMe(request: LakeRequest) {
  const user = request.identity.user
  return json(user ? currentUserBody(user) : {})
}

function handleUsers(request: LakeRequest) {
  const users = request.params.ids
    .split(',')
    .map((id) => request.lake.auth.user(id.trim()))
    .filter((user) => user !== undefined)
    .map((user) => ({
      id: user.id,
      projectId: request.lake.config.projectId,
      displayName: user.name,
      imageUrl: null,
      isCurrentUser: user.id === request.identity.user?.id,
    }))
  return json(users)
}

export const usersModule: LakeModule = {
  name: 'users',
  routes: [
    { method: 'GET', path: '/users/me', handler: handleMe },
    { method: 'GET', path: '/users/:ids', handler: handleUsers },
  ],
}
