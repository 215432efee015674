/**
 * The query engine: GROQ through groq-js over an in-memory view of a dataset, with Sanity's
 * perspectives, `text::query()`, fast dereferencing by id, and Sanity's error shapes.
 */
import { evaluateSync, GroqSyntaxError, parse, toJS, type DereferenceFunction, type ExprNode } from 'groq-js'
import { apiError } from '../errors.ts'
import type { SanityDocument } from '../store/types.ts'
import { buildView, perspectiveKey, type Perspective, type View } from './perspective.ts'
import {
  buildSourceMap,
  EMPTY_SOURCE_MAP,
  type ContentSourceMap,
  type EvaluationContext,
  type SourceMapFormat,
} from './source-map.ts'
import { syncTagsForResult } from './sync-tags.ts'
import { prepareTextSearch, rewriteTextQueries, type RewrittenQuery } from './text-search.ts'

export interface QueryRequest {
  dataset: string
  query: string
  params: Record<string, unknown>
  perspective: Perspective
  /** False for anonymous requests: documents on sub-paths (drafts, versions) are invisible. */
  includePrivate: boolean
  /** True when the caller may read none of the dataset (anonymous, private dataset): it has no documents. */
  noDocuments?: boolean
  /** The user id that GROQ's `identity()` returns. */
  identity: string
  /** Also compute a content source map (`resultSourceMap`), in this format. */
  sourceMap?: SourceMapFormat
}

export interface QueryResponse {
  result: unknown
  syncTags: string[]
  ms: number
  resultSourceMap?: ContentSourceMap
  /** Why `resultSourceMap` is empty although the result has content from documents. */
  sourceMapProblem?: string
}

const PARSE_CACHE_SIZE = 500
const NO_DOCUMENTS: View = { documents: [], byId: new Map() }

/** Where the engine reads documents: the store, or a query worker's copy of it (`replica.ts`). */
export interface DocumentSource {
  documents(dataset: string): ReadonlyMap<string, SanityDocument>
  /** Changes whenever the dataset's documents do. */
  generation(dataset: string): number
}

interface CompiledQuery extends RewrittenQuery {
  parameters: string[]
}

export class QueryEngine {
  private readonly store: DocumentSource
  private readonly projectId: string
  private readonly parsed = new Map<string, CompiledQuery>()
  private readonly views = new Map<string, { generation: number; view: View }>()

  constructor(store: DocumentSource, projectId: string) {
    this.store = store
    this.projectId = projectId
  }

  run(request: QueryRequest): QueryResponse {
    const started = performance.now()
    const compiled = this.compile(request.query, request.params)
    const view = request.noDocuments
      ? NO_DOCUMENTS
      : this.view(request.dataset, request.perspective, request.includePrivate)
    const context = this.context(compiled, request, view)
    const result = this.evaluate(compiled, request, context)
    const response: QueryResponse = { result, syncTags: syncTagsForResult(request.dataset, result), ms: 0 }
    if (request.sourceMap) {
      const outcome = buildSourceMap(compiled.tree, context, result, request.sourceMap)
      response.resultSourceMap = 'map' in outcome ? outcome.map : EMPTY_SOURCE_MAP
      if ('problem' in outcome) response.sourceMapProblem = outcome.problem
    }
    response.ms = Math.round((performance.now() - started) * 100) / 100
    return response
  }

  /** Parses a query and checks its parameters, evaluating nothing: throws the 400 a run would. */
  validate(query: string, params: Record<string, unknown>): void {
    this.compile(query, params)
  }

  /**
   * The ids of the documents a query returns, evaluated over `documents` as they are (raw): used by
   * patch and delete mutations that select their documents with a query.
   */
  selectIds(query: string, params: Record<string, unknown>, documents: ReadonlyMap<string, SanityDocument>): string[] {
    const compiled = this.compile(query, params)
    const view: View = { documents: [...documents.values()], byId: new Map(documents) }
    const request: QueryRequest = {
      dataset: '',
      query,
      params,
      perspective: { kind: 'raw' },
      includePrivate: true,
      identity: '',
    }
    const result = this.evaluate(compiled, request, this.context(compiled, request, view))
    const items = Array.isArray(result) ? result : [result]
    return items.flatMap((item) => {
      if (typeof item === 'string') return [item]
      const id = (item as { _id?: unknown } | null)?._id
      return typeof id === 'string' ? [id] : []
    })
  }

  /** The documents a perspective sees; cached until the dataset's next commit. */
  view(dataset: string, perspective: Perspective, includePrivate: boolean): View {
    const key = `${dataset}\u0000${perspectiveKey(perspective)}\u0000${includePrivate}`
    const generation = this.store.generation(dataset)
    const cached = this.views.get(key)
    if (cached && cached.generation === generation) return cached.view
    const view = buildView(this.store.documents(dataset), perspective, includePrivate)
    this.views.set(key, { generation, view })
    return view
  }

  /** Forgets cached views of a dataset (after it was deleted). */
  forgetDataset(dataset: string): void {
    for (const key of this.views.keys()) if (key.startsWith(`${dataset}\u0000`)) this.views.delete(key)
  }

  private compile(query: string, params: Record<string, unknown>): CompiledQuery {
    let compiled = this.parsed.get(query)
    if (compiled) {
      // Refresh its place in the least-recently-used order.
      this.parsed.delete(query)
    } else {
      const { tree, paramsInlined } = parseQuery(query, params)
      compiled = { ...rewriteTextQueries(tree), parameters: parameterNames(tree) }
      // A tree with these parameters' values folded in fits only them: not cached.
      if (paramsInlined) return compiled
    }
    this.parsed.set(query, compiled)
    if (this.parsed.size > PARSE_CACHE_SIZE) this.parsed.delete(this.parsed.keys().next().value as string)
    checkParams(query, compiled, params)
    return compiled
  }

  /** Everything an evaluation needs; the source map's tracing evaluation shares it, clock included. */
  private context(compiled: CompiledQuery, request: QueryRequest, view: View): EvaluationContext {
    const base = {
      dataset: view.documents,
      params: request.params,
      identity: request.identity,
      timestamp: new Date(),
      sanity: { projectId: this.projectId, dataset: request.dataset },
    }
    const lookup = (id: string) => view.byId.get(id)
    let dereference: DereferenceFunction = ({ _ref }) => lookup(_ref) ?? null
    if (compiled.calls.length > 0) {
      const search = prepareTextSearch(
        compiled,
        request.params,
        lookup,
        (target, document) =>
          // Raw data, not toJS(): only strings matter to the search, and normalising costs a full walk.
          evaluateSync(target, { ...base, root: document, dereference }).data,
      )
      const plain = dereference
      dereference = ({ _ref }) => search.dereference(_ref) ?? plain({ _ref })
    }
    const isDocument = (value: unknown): value is SanityDocument =>
      typeof (value as { _id?: unknown } | null)?._id === 'string' &&
      view.byId.get((value as SanityDocument)._id) === value
    return { ...base, dereference, isDocument }
  }

  private evaluate(compiled: CompiledQuery, request: QueryRequest, context: EvaluationContext): unknown {
    const { isDocument: _isDocument, ...options } = context
    try {
      return toJS(evaluateSync(compiled.tree, options))
    } catch (error) {
      const description = error instanceof Error ? error.message : String(error)
      throw apiError(400, 'queryExecutionError', description, { query: request.query })
    }
  }
}

function parseQuery(query: string, params: Record<string, unknown>): { tree: ExprNode; paramsInlined: boolean } {
  if (!query.trim()) throw queryParseError(query, 'Query is empty', 0, 0)
  try {
    return { tree: parse(query), paramsInlined: false }
  } catch (error) {
    if (error instanceof GroqSyntaxError) {
      const description = error.message.replace(/^Syntax error in GROQ query at position \d+: /, '')
      throw queryParseError(query, description, error.position, Math.min(error.position + 1, query.length))
    }
  }
  // groq-js evaluates slice bounds while parsing, so `[0...$limit]` (the Studio's document lists)
  // parses only with the parameters' values.
  try {
    return { tree: parse(query, { params }), paramsInlined: true }
  } catch (error) {
    throw queryParseError(query, error instanceof Error ? error.message : String(error), 0, query.length)
  }
}

function queryParseError(query: string, description: string, start: number, end: number) {
  return apiError(400, 'queryParseError', description, { query, start, end })
}

function parameterNames(tree: ExprNode): string[] {
  const names = new Set<string>()
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit)
    if (!node || typeof node !== 'object') return
    const expr = node as { type?: string; name?: string }
    if (expr.type === 'Parameter' && expr.name) names.add(expr.name)
    for (const value of Object.values(node)) visit(value)
  }
  visit(tree)
  return [...names]
}

/** Sanity refuses a query that uses a parameter the request does not provide. */
function checkParams(query: string, compiled: CompiledQuery, params: Record<string, unknown>): void {
  for (const name of compiled.parameters) {
    if (name in params) continue
    const start = Math.max(query.indexOf(`$${name}`), 0)
    throw queryParseError(query, `param $${name} referenced, but not provided`, start, start + name.length + 1)
  }
}
