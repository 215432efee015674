/**
 * `POST /data/mutate/:dataset`: `{mutations, transactionId?}` applied as one atomic transaction.
 * URL options: `returnIds`, `returnDocuments`, `dryRun`, `visibility` (every write is visible
 * to the next read here, so `sync`, `async` and `deferred` behave alike).
 */
import type { LakeModule } from '../context.ts'
import { badRequest, insufficientPermissions } from '../errors.ts'
import { json, type LakeRequest } from '../http/router.ts'
import { executeTransaction } from '../mutations/transaction.ts'

async function handleMutate(request: LakeRequest) {
  const body = await request.json()
  if (!body || typeof body !== 'object' || Array.isArray(body)) {
    throw badRequest('The request body must be {"mutations": [...]}')
  }
  const { mutations, transactionId } = body as { mutations?: unknown; transactionId?: unknown }
  if (!request.identity.canWrite) throw insufficientPermissions('mutation', requiredPermissions(mutations))
  const flag = (name: string) => request.query.get(name) === 'true'
  const outcome = executeTransaction(request.lake, {
    dataset: request.params.dataset,
    mutations,
    transactionId,
    identity: request.identity.user?.id ?? '',
    dryRun: flag('dryRun'),
  })
  const returnDocuments = flag('returnDocuments')
  const results = outcome.plan.results.map(({ id, operation, document }) =>
    returnDocuments ? { id, operation, document } : { id, operation },
  )
  return json({
    transactionId: outcome.transactionId,
    results,
    ...(flag('returnIds') ? { documentIds: [...new Set(results.map((result) => result.id))] } : {}),
  })
}

/** Creating needs `create`; patching and deleting need `update`. */
function requiredPermissions(mutations: unknown): string[] {
  const list = Array.isArray(mutations) && mutations.length > 0 ? mutations : [{}]
  return list.map((mutation) => {
    const kind = mutation && typeof mutation === 'object' ? Object.keys(mutation)[0] : undefined
    return kind?.startsWith('create') ? 'create' : 'update'
  })
}

export const mutateModule: LakeModule = {
  name: 'mutate',
  routes: [{ method: 'POST', path: '/data/mutate/:dataset', handler: handleMutate }],
}
