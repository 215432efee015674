/**
 * The one write path: plan mutations against a dataset and commit them as one transaction.
 * The mutate endpoint, the actions endpoint and imports all go through here.
 */
import type { LakeContext } from '../context.ts'
import { apiError, badRequest } from '../errors.ts'
import { randomId } from '../store/ids.ts'
import { TransactionIdConflictError } from '../store/store.ts'
import type { CommittedTransaction } from '../store/types.ts'
import { planMutations, type TransactionPlan } from './engine.ts'

export interface TransactionRequest {
  dataset: string
  mutations: unknown
  /** The client's id for the transaction; becomes the `_rev` of every touched document. */
  transactionId?: unknown
  /** The user id recorded with the transaction. */
  identity: string
  /** Plan and answer, but write nothing. */
  dryRun?: boolean
}

export interface TransactionOutcome {
  transactionId: string
  plan: TransactionPlan
  /** Undefined for a dry run and for a transaction that changed nothing. */
  committed?: CommittedTransaction
}

const TRANSACTION_ID = /^[a-zA-Z0-9._-]{1,128}$/

export function executeTransaction(
  lake: Pick<LakeContext, 'store' | 'queries'>,
  request: TransactionRequest,
): TransactionOutcome {
  const transactionId = request.transactionId === undefined ? randomId() : request.transactionId
  if (typeof transactionId !== 'string' || !TRANSACTION_ID.test(transactionId)) {
    throw badRequest('"transactionId" must be 1-128 characters of a-z, A-Z, 0-9, ".", "_" and "-"')
  }
  const timestamp = new Date().toISOString()
  const plan = planMutations(lake.store.documents(request.dataset), request.mutations, {
    transactionId,
    timestamp,
    selectIds: (query, params, documents) => lake.queries.selectIds(query, params, documents),
  })
  if (request.dryRun || plan.changes.length === 0) return { transactionId, plan }
  try {
    const committed = lake.store.commit({
      dataset: request.dataset,
      transactionId,
      timestamp,
      identity: request.identity,
      mutations: request.mutations as unknown[],
      changes: plan.changes,
    })
    return { transactionId, plan, committed }
  } catch (error) {
    if (error instanceof TransactionIdConflictError) throw apiError(409, 'transactionIdConflictError', error.message)
    throw error
  }
}
