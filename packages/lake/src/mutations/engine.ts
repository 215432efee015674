/**
 * The mutation engine: turns a list of Sanity mutations into the new state of every document they
 * touch, against the dataset's current documents, without writing anything. The caller commits the
 * plan as one transaction, or throws it away (dry run, or any mutation failed: all or nothing).
 *
 * Patches are applied by `@sanity/mutator`, the library the Studio uses to apply the same patches
 * optimistically, so the lake and the Studio agree on their meaning.
 *
 * `_rev` is always the transaction's id. `_createdAt` and `_updatedAt` are the transaction's time,
 * except that `create`, `createIfNotExists` and `createOrReplace` keep valid ones the document
 * brings along, as Sanity does (imports rely on it; the Studio drops `_updatedAt` before it restores
 * an old revision for that reason). A replaced document without `_createdAt` keeps its own.
 */
import { Mutation } from '@sanity/mutator'
import { badRequest, mutationError, type ItemError } from '../errors.ts'
import { isValidDocumentId, randomId } from '../store/ids.ts'
import type { SanityDocument } from '../store/types.ts'

export type Operation = 'create' | 'update' | 'delete' | 'none'

export interface MutationResult {
  id: string
  operation: Operation
  /** The document after the mutation (before it, for a deletion). */
  document: SanityDocument | null
}

export interface TransactionPlan {
  /** Final state of each touched document, in the order first touched; `null` deletes. */
  changes: Array<{ id: string; after: SanityDocument | null }>
  results: MutationResult[]
}

export interface MutationOptions {
  transactionId: string
  /** ISO 8601 with milliseconds; documents get it to the second, as Sanity writes `_updatedAt`. */
  timestamp: string
  /** Evaluates a GROQ query over documents (for patch and delete by query). */
  selectIds: (
    query: string,
    params: Record<string, unknown>,
    documents: ReadonlyMap<string, SanityDocument>,
  ) => string[]
}

const MUTATION_KINDS = ['create', 'createIfNotExists', 'createOrReplace', 'delete', 'patch'] as const
const PATCH_OPERATIONS = new Set(['set', 'setIfMissing', 'unset', 'inc', 'dec', 'insert', 'diffMatchPatch'])
const PATCH_KEYS = new Set([...PATCH_OPERATIONS, 'id', 'query', 'params', 'ifRevisionID'])

/** Documents as they stand during the transaction: the committed ones overlaid with its changes. */
class WorkingSet {
  private readonly base: ReadonlyMap<string, SanityDocument>
  private readonly pending = new Map<string, SanityDocument | null>()

  constructor(base: ReadonlyMap<string, SanityDocument>) {
    this.base = base
  }

  get(id: string): SanityDocument | null {
    return this.pending.has(id) ? (this.pending.get(id) ?? null) : (this.base.get(id) ?? null)
  }

  put(id: string, document: SanityDocument | null): void {
    this.pending.set(id, document)
  }

  snapshot(): Map<string, SanityDocument> {
    const documents = new Map(this.base)
    for (const [id, document] of this.pending) {
      if (document) documents.set(id, document)
      else documents.delete(id)
    }
    return documents
  }

  changes(): TransactionPlan['changes'] {
    // A document created and deleted again within the transaction never existed for anyone else.
    return [...this.pending]
      .filter(([id, after]) => after !== null || this.base.has(id))
      .map(([id, after]) => ({ id, after }))
  }
}

/** Raised for one mutation; the engine turns it into Sanity's mutationError with the item's index. */
class MutationFailure extends Error {
  readonly status: number
  readonly type: string
  readonly details: Record<string, unknown>

  constructor(status: number, type: string, description: string, details: Record<string, unknown> = {}) {
    super(description)
    this.status = status
    this.type = type
    this.details = details
  }
}

/** Validates the request body's `mutations` and plans them. Throws LakeError on any failure. */
export function planMutations(
  documents: ReadonlyMap<string, SanityDocument>,
  mutations: unknown,
  options: MutationOptions,
): TransactionPlan {
  if (!Array.isArray(mutations) || mutations.length === 0) {
    throw badRequest('The request body must have a non-empty "mutations" array')
  }
  const working = new WorkingSet(documents)
  const results: MutationResult[] = []
  mutations.forEach((mutation, index) => {
    try {
      results.push(...applyOne(working, mutation, options))
    } catch (error) {
      if (!(error instanceof MutationFailure)) throw error
      const item: ItemError = { index, type: error.type, description: error.message, details: error.details }
      throw mutationError(error.status, [item])
    }
  })
  return { changes: working.changes(), results }
}

function applyOne(working: WorkingSet, mutation: unknown, options: MutationOptions): MutationResult[] {
  if (!isRecord(mutation)) throw invalid('A mutation must be an object such as {"create": {...}}')
  const kinds = Object.keys(mutation)
  const kind = kinds[0] as (typeof MUTATION_KINDS)[number]
  if (kinds.length !== 1 || !MUTATION_KINDS.includes(kind)) {
    throw invalid(
      `Unknown mutation ${JSON.stringify(kinds.join(', '))}: expected exactly one of ${MUTATION_KINDS.join(', ')}`,
    )
  }
  const body = mutation[kind]
  if (!isRecord(body)) throw invalid(`The body of a ${kind} mutation must be an object`)
  switch (kind) {
    case 'create':
      return [create(working, body, options)]
    case 'createIfNotExists': {
      const id = requireId(body, kind)
      const existing = working.get(id)
      return existing ? [{ id, operation: 'none', document: existing }] : [create(working, body, options)]
    }
    case 'createOrReplace': {
      const id = requireId(body, kind)
      const existing = working.get(id)
      if (!existing) return [create(working, body, options)]
      const document = finish({ ...body, _id: id }, givenTimestamps(body, existing._createdAt), options)
      working.put(id, document)
      return [{ id, operation: 'update', document }]
    }
    case 'delete':
      return targets(working, body, options, kind).flatMap((id) => {
        const existing = working.get(id)
        if (!existing) return []
        working.put(id, null)
        return [{ id, operation: 'delete' as const, document: existing }]
      })
    case 'patch':
      return patch(working, body, options)
  }
}

function create(working: WorkingSet, body: Record<string, unknown>, options: MutationOptions): MutationResult {
  let id = body._id === undefined ? randomId() : body._id
  // An id ending with a dot is a prefix: Sanity completes it, e.g. `drafts.` makes a new draft.
  if (typeof id === 'string' && id.endsWith('.')) id += randomId()
  if (!isValidDocumentId(id)) throw invalid(`Document ID ${JSON.stringify(id)} is not valid`, 'invalidDocumentIdError')
  if (working.get(id)) {
    throw new MutationFailure(409, 'documentAlreadyExistsError', `Document by ID "${id}" already exists`, { id })
  }
  const document = finish({ ...body, _id: id }, givenTimestamps({ ...body, _id: id }), options)
  working.put(id, document)
  return { id, operation: 'create', document }
}

function patch(working: WorkingSet, body: Record<string, unknown>, options: MutationOptions): MutationResult[] {
  for (const key of Object.keys(body)) {
    if (!PATCH_KEYS.has(key)) {
      throw invalid(`Unknown patch operation "${key}": expected ${[...PATCH_OPERATIONS].join(', ')}`)
    }
  }
  const byQuery = body.id === undefined
  const operations = Object.fromEntries(Object.entries(body).filter(([key]) => PATCH_OPERATIONS.has(key)))
  return targets(working, body, options, 'patch').flatMap((id) => {
    const existing = working.get(id)
    if (!existing) {
      if (byQuery) return []
      throw new MutationFailure(404, 'documentNotFoundError', `Cannot modify nonexistent document "${id}"`, { id })
    }
    if (body.ifRevisionID !== undefined && body.ifRevisionID !== existing._rev) {
      throw new MutationFailure(
        409,
        'conflictError',
        `Document "${id}" has unexpected revision ID ("${existing._rev}"), expected "${String(body.ifRevisionID)}"`,
        { id },
      )
    }
    let patched: Record<string, unknown> | null
    try {
      patched = new Mutation({ mutations: [{ patch: { ...operations, id } }] }).apply(existing)
    } catch (error) {
      throw invalid(`Patch on "${id}" failed: ${error instanceof Error ? error.message : String(error)}`)
    }
    if (!patched || patched._id !== id) throw invalid(`A patch cannot change the _id of "${id}"`)
    const document = finish(patched, { createdAt: existing._createdAt }, options)
    working.put(id, document)
    return [{ id, operation: 'update' as const, document }]
  })
}

/** The ids a delete or patch addresses: its `id`, or what its `query` selects. */
function targets(working: WorkingSet, body: Record<string, unknown>, options: MutationOptions, kind: string): string[] {
  if (typeof body.id === 'string') return [body.id]
  if (typeof body.query === 'string') {
    const params = isRecord(body.params) ? body.params : {}
    return options.selectIds(body.query, params, working.snapshot())
  }
  throw invalid(`A ${kind} mutation needs an "id" or a "query"`)
}

function requireId(body: Record<string, unknown>, kind: string): string {
  if (!isValidDocumentId(body._id)) throw invalid(`${kind} requires a valid _id`, 'invalidDocumentIdError')
  return body._id
}

/** ISO 8601 date and time with seconds and a zone, e.g. `2024-03-01T12:00:00Z` or `…00.123+01:00`. */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/

interface Timestamps {
  createdAt?: string
  updatedAt?: string
}

/** The `_createdAt` and `_updatedAt` a created or replacing document brings; refuses malformed ones. */
function givenTimestamps(body: Record<string, unknown>, existingCreatedAt?: string): Timestamps {
  const given = (field: '_createdAt' | '_updatedAt') => {
    const value = body[field]
    if (value === undefined) return undefined
    if (typeof value !== 'string' || !DATE_TIME.test(value) || Number.isNaN(Date.parse(value))) {
      throw invalid(
        `Document "${String(body._id)}" has ${field} ${JSON.stringify(value)}; expected an ISO 8601 date-time such as "2024-03-01T12:00:00Z"`,
      )
    }
    return value
  }
  return { createdAt: given('_createdAt') ?? existingCreatedAt, updatedAt: given('_updatedAt') }
}

/** Stamps the system fields every stored document has. */
function finish(body: Record<string, unknown>, times: Timestamps, options: MutationOptions): SanityDocument {
  if (typeof body._type !== 'string' || !body._type) {
    throw invalid(`Document "${String(body._id)}" must have a _type`, 'missingTypeError')
  }
  const second = options.timestamp.replace(/\.\d+Z$/, 'Z')
  return {
    ...body,
    _id: body._id as string,
    _type: body._type,
    _rev: options.transactionId,
    _createdAt: times.createdAt ?? second,
    _updatedAt: times.updatedAt ?? second,
  }
}

function invalid(description: string, type = 'invalidMutationError'): MutationFailure {
  return new MutationFailure(400, type, description)
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return !!value && typeof value === 'object' && !Array.isArray(value)
}
