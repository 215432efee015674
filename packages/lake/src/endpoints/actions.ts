/**
 * `POST /data/actions/:dataset`: `{actions, transactionId?, dryRun?}` → `{transactionId}`.
 * The Studio edits, publishes, unpublishes and discards through here.
 */
import type { LakeModule } from '../context.ts'
import { executeActions, requiredPermission } from '../actions/actions.ts'
import { badRequest, insufficientPermissions } from '../errors.ts'
import { json, type LakeRequest } from '../http/router.ts'

async function handleActions(request: LakeRequest) {
  const body = await request.json()
  if (!body || typeof body !== 'object' || Array.isArray(body)) {
    throw badRequest('The request body must be {"actions": [...]}')
  }
  const { actions, transactionId, dryRun } = body as { actions?: unknown; transactionId?: unknown; dryRun?: unknown }
  if (!request.identity.canWrite) {
    throw insufficientPermissions('action', (Array.isArray(actions) ? actions : [actions]).map(requiredPermission))
  }
  const outcome = executeActions(request.lake, {
    dataset: request.params.dataset,
    actions,
    transactionId,
    identity: request.identity.user?.id ?? '',
    dryRun: dryRun === true,
  })
  return json({ transactionId: outcome.transactionId })
}

export const actionsModule: LakeModule = {
  name: 'actions',
  routes: [{ method: 'POST', path: '/data/actions/:dataset', handler: handleActions }],
}
