/**
 * Errors with the status codes and JSON bodies Sanity's API uses, so that `@sanity/client` and the
 * Studio read them as they read the hosted API's. Two shapes exist there:
 * - HTTP-level refusals: `{statusCode, error: <reason phrase>, message}`;
 * - API errors: `{error: {type, description, ...details}}`, with `items` for mutations and actions.
 */
import { STATUS_CODES } from 'node:http'

export class LakeError extends Error {
  readonly status: number
  readonly body: Record<string, unknown>

  constructor(status: number, message: string, body: Record<string, unknown>) {
    super(message)
    this.status = status
    this.body = body
  }
}

/** `{statusCode, error, message}`: what Sanity answers for 401, 404 of unknown routes, 413 and the like. */
export function httpError(status: number, message: string): LakeError {
  return new LakeError(status, message, { statusCode: status, error: STATUS_CODES[status] ?? 'Error', message })
}

/** `{error: {type, description, ...}}`. */
export function apiError(
  status: number,
  type: string,
  description: string,
  details: Record<string, unknown> = {},
): LakeError {
  return new LakeError(status, description, { error: { description, type, ...details } })
}

export function badRequest(description: string): LakeError {
  return apiError(400, 'httpBadRequest', description)
}

export function datasetNotFound(dataset: string, projectId: string): LakeError {
  return apiError(404, 'httpNotFound', `Dataset "${dataset}" not found for project ID "${projectId}"`)
}

/** One failed item of a mutation or action request. */
export interface ItemError {
  index: number
  type: string
  description: string
  details?: Record<string, unknown>
}

/**
 * A failed mutation request. Sanity reports every failed mutation as an item and repeats the first
 * one in the description; the status tells the kind (400 invalid, 403 refused, 404 missing, 409 conflict).
 */
export function mutationError(status: number, items: ItemError[]): LakeError {
  return itemsError(status, 'mutationError', 'The mutation(s) failed', items)
}

export function actionError(status: number, items: ItemError[]): LakeError {
  return itemsError(status, 'actionError', 'The action(s) failed', items)
}

function itemsError(status: number, type: string, summary: string, items: ItemError[]): LakeError {
  const description = items.length > 0 ? `${summary}: ${items[0].description}` : summary
  return apiError(status, type, description, {
    items: items.map((item) => ({
      error: { description: item.description, type: item.type, ...item.details },
      index: item.index,
    })),
  })
}

/** The 403 body for writes the identity may not make: one item per write, naming the permission. */
export function insufficientPermissions(kind: 'mutation' | 'action', permissions: string[]): LakeError {
  const items = permissions.map((permission, index) => ({
    index,
    type: 'insufficientPermissionsError',
    description: `Insufficient permissions; permission "${permission}" required`,
    details: { permission },
  }))
  return kind === 'mutation' ? mutationError(403, items) : actionError(403, items)
}
