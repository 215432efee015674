/**
 * Content source maps (`resultSourceMap`): for each value in a query result that is exactly a value
 * of a document, the document and the path inside it. @sanity/client's stega and Sanity's visual
 * editing turn them into "click to edit" links.
 *
 * groq-js cannot say where a value came from, so a second, tracing evaluation walks the query's
 * syntax tree beside it. Only the nodes that move values around are traced here: `*`, `@`, `^`,
 * attribute and element access, slices, `->`, filters, projections, `[]` maps, object and array
 * literals, `select()`, `coalesce()` and `order()`. Every other node (comparisons, arithmetic, other
 * functions) computes a new value, which has no source; it is handed to groq-js itself, in a scope
 * rebuilt to match (see `delegate`). Filters and `order()` keep the elements they receive, so the
 * traces of the elements they return are found by identity.
 *
 * Soundness over coverage: the traced value must equal the real result, compared in full; if it
 * does not (a GROQ feature traced wrongly), the map is left empty rather than pointing at the
 * wrong field. A value with no source gets no mapping, as Sanity leaves computed values unmapped.
 */
import { evaluateSync, toJS, type DereferenceFunction, type ExprNode } from 'groq-js'
import type { SanityDocument } from '../store/types.ts'

/** `resultSourceMap=true` names array items by index; `withKeyArraySelector` by `_key` where they have one. */
export type SourceMapFormat = 'indexes' | 'keys'

export interface ContentSourceMap {
  documents: { _id: string; _type: string }[]
  paths: string[]
  mappings: Record<string, { type: 'value'; source: { type: 'documentValue'; document: number; path: number } }>
}

/** What both evaluations share, so that they see the same data, parameters and clock. */
export interface EvaluationContext {
  dataset: SanityDocument[]
  params: Record<string, unknown>
  identity: string
  timestamp: Date
  sanity: { projectId: string; dataset: string }
  dereference: DereferenceFunction
  /** True for the documents of the view (a dereference may also return something else). */
  isDocument(value: unknown): value is SanityDocument
}

export type SourceMapOutcome = { map: ContentSourceMap } | { problem: string }

/** One step of a path inside a document; array items remember their `_key` when they have one. */
type Segment = string | number | { key: string; index: number }

type Trace =
  | undefined
  /** The value is exactly `document` at `path`; so is everything inside it. */
  | { kind: 'origin'; document: SanityDocument; path: Segment[] }
  /** An object the query built: each field has its own trace. */
  | { kind: 'object'; fields: Map<string, Trace> }
  /** An array the query built. */
  | { kind: 'array'; items: Trace[] }

interface Traced {
  value: unknown
  trace: Trace
}

/** A scope as groq-js keeps it: `^` walks `parent`; a hidden scope (of `[]`) is skipped by scopes nested in it. */
interface Scope {
  value: Traced
  parent: Scope | null
  hidden: boolean
}

const NULL: Traced = { value: null, trace: undefined }
/** Parameter names the rewritten trees use; `@` cannot start a GROQ parameter, so they never clash. */
const SCOPE_PARAM = '@scope'
const HIDDEN_PARAM = '@hidden'
const ITEMS_PARAM = '@items'

export function buildSourceMap(
  tree: ExprNode,
  context: EvaluationContext,
  result: unknown,
  format: SourceMapFormat,
): SourceMapOutcome {
  let traced: Traced
  try {
    traced = new Tracer(context).evaluate(tree, { value: NULL, parent: null, hidden: false })
  } catch (error) {
    return { problem: `tracing failed: ${error instanceof Error ? error.message : String(error)}` }
  }
  if (!sameJson(traced.value, result)) return { problem: 'the traced value differs from the result' }
  return { map: encode(traced, format) }
}

export const EMPTY_SOURCE_MAP: ContentSourceMap = { documents: [], paths: [], mappings: {} }

class Tracer {
  private readonly context: EvaluationContext
  private everything: Traced | undefined

  constructor(context: EvaluationContext) {
    this.context = context
  }

  evaluate(node: ExprNode, scope: Scope): Traced {
    switch (node.type) {
      case 'This':
        return scope.value
      case 'Parent': {
        let current: Scope | null = scope
        for (let i = 0; i < node.n && current; i++) current = current.parent
        return current?.value ?? NULL
      }
      case 'Everything':
        this.everything ??= {
          value: this.context.dataset,
          trace: { kind: 'array', items: this.context.dataset.map((document) => originOf(document)) },
        }
        return this.everything
      case 'Group':
        return this.evaluate(node.base, scope)
      case 'AccessAttribute': {
        const base = node.base ? this.evaluate(node.base, scope) : scope.value
        if (!isObject(base.value) || !Object.hasOwn(base.value, node.name)) return NULL
        return { value: base.value[node.name], trace: childTrace(base, node.name) }
      }
      case 'AccessElement': {
        const base = this.evaluate(node.base, scope)
        if (!Array.isArray(base.value)) return NULL
        const index = node.index < 0 ? node.index + base.value.length : node.index
        return index >= 0 && index < base.value.length
          ? { value: base.value[index], trace: childTrace(base, index) }
          : NULL
      }
      case 'Slice': {
        const base = this.evaluate(node.base, scope)
        if (!Array.isArray(base.value)) return NULL
        const [from, to] = sliceBounds(base.value.length, node.left, node.right, node.isInclusive)
        return tracedArray(
          base.value.slice(from, to).map((value, offset) => ({ value, trace: childTrace(base, from + offset) })),
        )
      }
      case 'ArrayCoerce': {
        const base = this.evaluate(node.base, scope)
        return Array.isArray(base.value) ? base : NULL
      }
      case 'Deref': {
        const base = this.evaluate(node.base, scope)
        const ref = isObject(base.value) ? base.value._ref : undefined
        if (typeof ref !== 'string') return NULL
        const target = this.context.dereference({ _ref: ref })
        if (target instanceof Promise) throw new Error('asynchronous dereference')
        if (target === null || target === undefined) return NULL
        return { value: target, trace: this.context.isDocument(target) ? originOf(target) : undefined }
      }
      case 'Filter': {
        const base = this.evaluate(node.base, scope)
        if (!Array.isArray(base.value)) return NULL
        return tracedArray(items(base).filter((item) => this.delegate(node.expr, nested(scope, item)) === true))
      }
      case 'Projection': {
        const base = this.evaluate(node.base, scope)
        return isObject(base.value) ? this.evaluate(node.expr, nested(scope, base)) : NULL
      }
      case 'Map':
      case 'FlatMap': {
        const base = this.evaluate(node.base, scope)
        if (!Array.isArray(base.value)) return NULL
        const mapped = items(base).map((item) => this.evaluate(node.expr, hidden(scope, item)))
        return tracedArray(
          node.type === 'Map'
            ? mapped
            : mapped.flatMap((inner) => (Array.isArray(inner.value) ? items(inner) : [inner])),
        )
      }
      case 'Object':
        return this.object(node, scope)
      case 'Array': {
        const elements: Traced[] = []
        for (const element of node.elements) {
          const value = this.evaluate(element.value, scope)
          if (!element.isSplat) elements.push(value)
          else if (Array.isArray(value.value)) elements.push(...items(value))
        }
        return tracedArray(elements)
      }
      case 'Select': {
        for (const alternative of node.alternatives) {
          if (this.delegate(alternative.condition, scope) === true) return this.evaluate(alternative.value, scope)
        }
        return node.fallback ? this.evaluate(node.fallback, scope) : NULL
      }
      case 'FuncCall':
        if (node.namespace === 'global' && node.name === 'coalesce') {
          for (const argument of node.args) {
            const value = this.evaluate(argument, scope)
            if (value.value !== null && value.value !== undefined) return value
          }
          return NULL
        }
        return { value: this.delegate(node, scope), trace: undefined }
      case 'PipeFuncCall':
        if (node.name === 'order') return this.order(node, scope)
        return { value: this.delegate(node, scope), trace: undefined }
      default:
        return { value: this.delegate(node, scope), trace: undefined }
    }
  }

  /** `{…}`, with groq-js's rules: later attributes overwrite earlier ones; splats take objects only. */
  private object(node: Extract<ExprNode, { type: 'Object' }>, scope: Scope): Traced {
    const value: Record<string, unknown> = {}
    const fields = new Map<string, Trace>()
    const splat = (source: Traced) => {
      if (!isObject(source.value)) return
      for (const key of Object.keys(source.value)) {
        value[key] = source.value[key]
        fields.set(key, childTrace(source, key))
      }
    }
    for (const attribute of node.attributes) {
      if (attribute.type === 'ObjectAttributeValue') {
        const field = this.evaluate(attribute.value, scope)
        value[attribute.name] = field.value ?? null
        fields.set(attribute.name, field.trace)
      } else if (attribute.type === 'ObjectSplat') {
        splat(this.evaluate(attribute.value, scope))
      } else if (this.delegate(attribute.condition, scope) === true) {
        splat(this.evaluate(attribute.value, scope))
      }
    }
    return { value, trace: { kind: 'object', fields } }
  }

  /** `| order(…)`: groq-js sorts (stably) what the tracer produced; traces follow their elements. */
  private order(node: Extract<ExprNode, { type: 'PipeFuncCall' }>, scope: Scope): Traced {
    const base = this.evaluate(node.base, scope)
    if (!Array.isArray(base.value)) return NULL
    const sorted = this.delegate({ ...node, base: { type: 'Parameter', name: ITEMS_PARAM } }, scope, {
      [ITEMS_PARAM]: base.value,
    })
    if (!Array.isArray(sorted)) return { value: sorted, trace: undefined }
    // Equal elements keep their order, so the n-th copy of a value out is the n-th copy in.
    const queues = new Map<unknown, Trace[]>()
    for (const item of items(base)) {
      const queue = queues.get(item.value) ?? []
      queue.push(item.trace)
      queues.set(item.value, queue)
    }
    return tracedArray(sorted.map((value) => ({ value, trace: queues.get(value)?.shift() })))
  }

  /**
   * Evaluates a node with groq-js in the scope the tracer is in. groq-js starts from a root scope
   * without parents, so `^` that would climb above the node becomes a parameter holding that
   * ancestor's value, and a hidden scope is rebuilt with a one-element `[]` map.
   */
  private delegate(node: ExprNode, scope: Scope, extraParams: Record<string, unknown> = {}): unknown {
    const base = scope.hidden ? scope.parent : scope
    const tree: ExprNode = scope.hidden
      ? {
          type: 'AccessElement',
          index: 0,
          base: { type: 'Map', base: { type: 'Parameter', name: HIDDEN_PARAM }, expr: node },
        }
      : node
    const ancestors = new Set<number>()
    const rewritten = rewriteParents(tree, 0, false, ancestors)
    const params: Record<string, unknown> = { ...this.context.params, ...extraParams }
    if (scope.hidden) params[HIDDEN_PARAM] = [scope.value.value]
    for (const n of ancestors) {
      let ancestor: Scope | null = base
      for (let i = 0; i < n && ancestor; i++) ancestor = ancestor.parent
      params[`${SCOPE_PARAM}${n}`] = ancestor?.value.value ?? null
    }
    const { context } = this
    const value = evaluateSync(rewritten, {
      root: base?.value.value ?? null,
      dataset: context.dataset,
      params,
      identity: context.identity,
      timestamp: context.timestamp,
      sanity: context.sanity,
      dereference: context.dereference,
    })
    return toJS(value)
  }
}

/**
 * Copies `node`, replacing each `^` that climbs above the root of `node` by a parameter. `depth` is
 * how many parent links lead from the current scope back to that root, `hidden` whether the current
 * scope is hidden; nested scopes follow groq-js (filters, projections and `order()` arguments nest,
 * `[]` maps nest hidden, and a scope nested in a hidden one takes the hidden one's parent).
 */
function rewriteParents(node: ExprNode, depth: number, hidden: boolean, ancestors: Set<number>): ExprNode {
  const inner = hidden ? depth : depth + 1
  const visit = (child: ExprNode, childDepth = depth, childHidden = hidden) =>
    rewriteParents(child, childDepth, childHidden, ancestors)
  switch (node.type) {
    case 'Parent':
      if (node.n <= depth) return node
      ancestors.add(node.n - depth)
      return { type: 'Parameter', name: `${SCOPE_PARAM}${node.n - depth}` }
    case 'Value':
    case 'Parameter':
      return node
    case 'Filter':
    case 'Projection':
      return { ...node, base: visit(node.base), expr: visit(node.expr, inner, false) }
    case 'Map':
    case 'FlatMap':
      return { ...node, base: visit(node.base), expr: visit(node.expr, inner, true) }
    case 'PipeFuncCall':
      return { ...node, base: visit(node.base), args: node.args.map((arg) => visit(arg, inner, false)) }
    default: {
      const copy: Record<string, unknown> = {}
      for (const [key, value] of Object.entries(node)) copy[key] = rewriteChild(value, (child) => visit(child))
      return copy as unknown as ExprNode
    }
  }
}

/** Rewrites the syntax nodes inside a property of a node (a node, a list, or a node-like record). */
function rewriteChild(value: unknown, visit: (node: ExprNode) => ExprNode): unknown {
  if (Array.isArray(value)) return value.map((item) => rewriteChild(item, visit))
  if (!isObject(value) || typeof value.type !== 'string') return value
  // Attribute and alternative records hold nodes but are not expressions themselves.
  if (
    value.type === 'ObjectAttributeValue' ||
    value.type === 'ObjectSplat' ||
    value.type === 'ObjectConditionalSplat' ||
    value.type === 'SelectAlternative' ||
    value.type === 'ArrayElement'
  ) {
    const copy: Record<string, unknown> = {}
    for (const [key, child] of Object.entries(value)) copy[key] = rewriteChild(child, visit)
    return copy
  }
  return visit(value as unknown as ExprNode)
}

function originOf(document: SanityDocument): Trace {
  return { kind: 'origin', document, path: [] }
}

/** The trace of `parent[key]`. */
function childTrace(parent: Traced, key: string | number): Trace {
  const { trace } = parent
  if (!trace) return undefined
  if (trace.kind === 'object') return typeof key === 'string' ? trace.fields.get(key) : undefined
  if (trace.kind === 'array') return typeof key === 'number' ? trace.items[key] : undefined
  return { kind: 'origin', document: trace.document, path: [...trace.path, segment(parent.value, key)] }
}

function segment(container: unknown, key: string | number): Segment {
  if (typeof key === 'string' || !Array.isArray(container)) return key
  const item: unknown = container[key]
  return isObject(item) && typeof item._key === 'string' ? { key: item._key, index: key } : key
}

function items(array: Traced): Traced[] {
  return (array.value as unknown[]).map((value, index) => ({ value, trace: childTrace(array, index) }))
}

function tracedArray(elements: Traced[]): Traced {
  return {
    value: elements.map((element) => element.value),
    trace: { kind: 'array', items: elements.map((element) => element.trace) },
  }
}

function nested(scope: Scope, value: Traced): Scope {
  return { value, parent: scope.hidden ? scope.parent : scope, hidden: false }
}

function hidden(scope: Scope, value: Traced): Scope {
  return { ...nested(scope, value), hidden: true }
}

/** groq-js's slice: negative bounds count from the end, then clamp at 0. */
function sliceBounds(length: number, left: number, right: number, inclusive: boolean): [number, number] {
  let from = left < 0 ? length + left : left
  let to = right < 0 ? length + right : right
  if (inclusive) to++
  from = Math.max(from, 0)
  to = Math.max(to, 0)
  return [from, to]
}

/** The map for a traced result: one mapping per string, number or boolean that has a source. */
function encode(root: Traced, format: SourceMapFormat): ContentSourceMap {
  const map: ContentSourceMap = { documents: [], paths: [], mappings: {} }
  const documentIndex = new Map<string, number>()
  const pathIndex = new Map<string, number>()
  const indexOf = (table: Map<string, number>, list: unknown[], key: string, entry: unknown) => {
    let index = table.get(key)
    if (index === undefined) {
      index = list.push(entry) - 1
      table.set(key, index)
    }
    return index
  }
  const walk = (node: Traced, resultPath: string) => {
    const { value, trace } = node
    if (!trace) return
    if (Array.isArray(value)) {
      value.forEach((item, index) => walk({ value: item, trace: childTrace(node, index) }, `${resultPath}[${index}]`))
    } else if (isObject(value)) {
      for (const [key, item] of Object.entries(value))
        walk({ value: item, trace: childTrace(node, key) }, `${resultPath}${member(key)}`)
    } else if (
      trace.kind === 'origin' &&
      (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    ) {
      const id = typeof trace.document._originalId === 'string' ? trace.document._originalId : trace.document._id
      const document = indexOf(documentIndex, map.documents, id, { _id: id, _type: trace.document._type })
      const sourcePath = '$' + trace.path.map((step) => pathSegment(step, format)).join('')
      const path = indexOf(pathIndex, map.paths, sourcePath, sourcePath)
      map.mappings[resultPath] = { type: 'value', source: { type: 'documentValue', document, path } }
    }
  }
  walk(root, '$')
  return map
}

function pathSegment(step: Segment, format: SourceMapFormat): string {
  if (typeof step === 'string') return member(step)
  if (typeof step === 'number') return `[${step}]`
  return format === 'keys' ? `[?(@._key=='${step.key.replace(/['\\]/g, (char) => `\\${char}`)}')]` : `[${step.index}]`
}

/** `['name']`, escaped as normalised JSONPath member names are. */
function member(name: string): string {
  const escaped = name.replace(
    /[\\'\f\n\r\t]/g,
    (char) => ({ '\\': '\\\\', "'": "\\'", '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t' })[char] ?? char,
  )
  return `['${escaped}']`
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Structural equality of JSON values; object key order does not matter. */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (Array.isArray(a))
    return Array.isArray(b) && a.length === b.length && a.every((item, index) => sameJson(item, b[index]))
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a)
    return (
      keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && sameJson(a[key], b[key]))
    )
  }
  // undefined and null are both GROQ's null.
  return (a === null || a === undefined) && (b === null || b === undefined)
}
