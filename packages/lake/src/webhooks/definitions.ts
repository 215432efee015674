/**
 * Webhook definitions: a JSON array of GROQ-powered webhooks in the shape of Sanity's Webhooks API
 * (`POST /hooks/projects/:projectId`), so one entry can be created on a hosted project as it is.
 *
 *   [{ "name": "…", "type": "document", "dataset": "production", "url": "${NEXT_PUBLIC_SITE_URL}/api/revalidate",
 *      "httpMethod": "POST", "apiVersion": "v2025-02-19", "includeDrafts": false, "headers": {},
 *      "secret": "${SANITY_REVALIDATE_SECRET}",
 *      "rule": { "on": ["create", "update", "delete"], "filter": "…", "projection": "{…}" } }]
 *
 * `${NAME}` and `${NAME:-default}` in any string are replaced from the environment; a webhook that
 * names an unset variable without a default is disabled with a warning. Filters and projections
 * are delta-GROQ (`before()`, `after()`, `delta::changedAny()`, `delta::operation()`).
 */
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { GroqSyntaxError, parse, type ExprNode } from 'groq-js'

export type Operation = 'create' | 'update' | 'delete'

const OPERATIONS: readonly Operation[] = ['create', 'update', 'delete']
const METHODS = ['POST', 'PUT', 'PATCH', 'DELETE', 'GET'] as const

export interface Webhook {
  /** Also the `sanity-webhook-id` header. */
  name: string
  dataset: string
  url: URL
  httpMethod: (typeof METHODS)[number]
  on: ReadonlySet<Operation>
  /** Undefined: every document. */
  filter?: ExprNode
  /** Undefined: the whole document is the body. */
  projection?: ExprNode
  includeDrafts: boolean
  includeAllVersions: boolean
  headers: Record<string, string>
  secret?: string
}

export interface LoadedWebhooks {
  /** Where the definitions came from, or why there are none, for the log. */
  source: string
  webhooks: Webhook[]
  /** Definitions that are switched off, and why. */
  disabled: string[]
}

/**
 * Reads the definitions named by `LAKE_WEBHOOKS_FILE` (relative to the working directory). Unset
 * or empty means no webhooks, and so does a missing file; a malformed one throws.
 */
export function loadWebhooks(env: NodeJS.ProcessEnv): LoadedWebhooks {
  const setting = env.LAKE_WEBHOOKS_FILE
  if (!setting) return { source: 'LAKE_WEBHOOKS_FILE is not set', webhooks: [], disabled: [] }
  const file = resolve(setting)
  if (!existsSync(file)) return { source: `no ${file}`, webhooks: [], disabled: [] }
  let definitions: unknown
  try {
    definitions = JSON.parse(readFileSync(file, 'utf8'))
  } catch (error) {
    throw new Error(`${file} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`)
  }
  if (!Array.isArray(definitions)) throw new Error(`${file} must hold a JSON array of webhook definitions`)
  const webhooks: Webhook[] = []
  const disabled: string[] = []
  const names = new Set<string>()
  for (const [index, definition] of definitions.entries()) {
    const where = `${file}, webhook ${index + 1}`
    const { value, missing } = substitute(definition, env)
    const label = `webhook ${String((value as { name?: unknown } | null)?.name ?? index + 1)}`
    if (missing.size > 0) {
      disabled.push(`${label} is switched off: ${[...missing].join(' and ')} not set`)
      continue
    }
    const webhook = compile(value, where)
    if (names.has(webhook.name)) throw new Error(`${where}: the name "${webhook.name}" is used twice`)
    names.add(webhook.name)
    if ((value as { isDisabled?: unknown }).isDisabled === true) disabled.push(`${label} is switched off: isDisabled`)
    else webhooks.push(webhook)
  }
  return { source: file, webhooks, disabled }
}

/** Replaces `${NAME}` and `${NAME:-default}` in every string, noting variables that are unset. */
function substitute(value: unknown, env: NodeJS.ProcessEnv): { value: unknown; missing: Set<string> } {
  const missing = new Set<string>()
  const visit = (item: unknown): unknown => {
    if (typeof item === 'string') {
      return item.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}/g, (_, name: string, fallback?: string) => {
        const found = env[name]
        if (found) return found
        if (fallback !== undefined) return fallback
        missing.add(name)
        return ''
      })
    }
    if (Array.isArray(item)) return item.map(visit)
    if (item && typeof item === 'object') return Object.fromEntries(Object.entries(item).map(([k, v]) => [k, visit(v)]))
    return item
  }
  return { value: visit(value), missing }
}

function compile(definition: unknown, where: string): Webhook {
  if (!definition || typeof definition !== 'object' || Array.isArray(definition)) {
    throw new Error(`${where}: must be an object`)
  }
  const d = definition as Record<string, unknown>
  const fail = (message: string): never => {
    throw new Error(`${where}${typeof d.name === 'string' ? ` ("${d.name}")` : ''}: ${message}`)
  }
  const text = (name: string, value: unknown) =>
    typeof value === 'string' && value.trim() ? value : fail(`"${name}" must be a non-empty string`)
  const flag = (name: string, value: unknown) =>
    value === undefined ? false : typeof value === 'boolean' ? value : fail(`"${name}" must be true or false`)

  const name = text('name', d.name)
  if (d.type !== undefined && d.type !== 'document')
    fail('"type" must be "document" (transaction webhooks are not supported)')
  const rule = (d.rule ?? {}) as Record<string, unknown>
  const on = Array.isArray(rule.on) ? rule.on : fail('"rule.on" must list create, update and/or delete')
  if (on.length === 0 || !on.every((operation) => OPERATIONS.includes(operation as Operation))) {
    fail('"rule.on" must list create, update and/or delete')
  }
  let url: URL
  try {
    url = new URL(text('url', d.url))
  } catch {
    return fail(`"url" must be an absolute http(s) URL, not "${String(d.url)}"`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') fail(`"url" must be an http(s) URL, not "${url.href}"`)
  const httpMethod = d.httpMethod ?? 'POST'
  if (!METHODS.includes(httpMethod as (typeof METHODS)[number]))
    fail(`"httpMethod" must be one of ${METHODS.join(', ')}`)
  const headers = d.headers ?? {}
  if (
    typeof headers !== 'object' ||
    Array.isArray(headers) ||
    !Object.values(headers).every((v) => typeof v === 'string')
  ) {
    fail('"headers" must be an object of strings')
  }
  const groq = (field: 'filter' | 'projection') => {
    const source = rule[field]
    if (source === undefined || source === null || source === '') return undefined
    if (typeof source !== 'string') return fail(`"rule.${field}" must be a GROQ string`)
    try {
      return parse(source, { mode: 'delta' })
    } catch (error) {
      const reason = error instanceof GroqSyntaxError ? `syntax error at position ${error.position}` : String(error)
      return fail(`"rule.${field}" is not valid GROQ (${reason}): ${source}`)
    }
  }
  return {
    name,
    dataset: text('dataset', d.dataset),
    url,
    httpMethod: httpMethod as Webhook['httpMethod'],
    on: new Set(on as Operation[]),
    filter: groq('filter'),
    projection: groq('projection'),
    includeDrafts: flag('includeDrafts', d.includeDrafts),
    includeAllVersions: flag('includeAllVersions', d.includeAllVersions),
    headers: headers as Record<string, string>,
    secret: typeof d.secret === 'string' && d.secret ? d.secret : undefined,
  }
}
