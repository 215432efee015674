/**
 * `GET|POST /data/query/:dataset`: GROQ queries. GET carries `query` and `$name=<JSON>` parameters
 * in the URL; POST (long queries) carries `{query, params}`. Both take `perspective`,
 * `returnQuery`, `resultSourceMap` and `tag` in the URL. Answers `{query?, result, ms, syncTags}`,
 * plus `resultSourceMap` when asked (`true`, or `withKeyArraySelector`, which stega sends).
 */
import { mayReadDataset } from '../auth/users.ts'
import type { LakeContext, LakeModule } from '../context.ts'
import { badRequest } from '../errors.ts'
import { json, type LakeRequest } from '../http/router.ts'
import { parsePerspective } from '../query/perspective.ts'
import type { SourceMapFormat } from '../query/source-map.ts'
import { QueryWorkers } from '../query/workers.ts'

/** Queries run on worker threads, within the time limit (`query/workers.ts`). */
const workers = new WeakMap<LakeContext, QueryWorkers>()

async function handleQuery(request: LakeRequest) {
  const { query, params } = request.method === 'GET' ? queryFromUrl(request.query) : await fromBody(request)
  const perspective = parsePerspective(request.query.get('perspective'), request.apiVersion)
  const sourceMap = sourceMapFormat(request.query.get('resultSourceMap'))
  const { result, syncTags, ms, resultSourceMap, sourceMapProblem } = await workers.get(request.lake)!.run({
    dataset: request.params.dataset,
    query,
    params,
    perspective,
    includePrivate: request.identity.canReadPrivate,
    noDocuments: !mayReadDataset(request.identity, request.lake.store.dataset(request.params.dataset)!),
    identity: request.identity.user?.id ?? '',
    sourceMap,
  })
  if (sourceMapProblem)
    request.lake.log.warn(`no content source map for ${JSON.stringify(query.slice(0, 200))}: ${sourceMapProblem}`)
  const returnQuery = request.query.get('returnQuery') !== 'false'
  return json({
    ...(returnQuery ? { query } : {}),
    result,
    syncTags,
    ms,
    ...(resultSourceMap ? { resultSourceMap } : {}),
  })
}

function sourceMapFormat(value: string | null): SourceMapFormat | undefined {
  if (value === 'withKeyArraySelector') return 'keys'
  return value === 'true' ? 'indexes' : undefined
}

/** `query` and `$name=<JSON>` parameters from a URL (also used by the listen endpoint). */
export function queryFromUrl(search: URLSearchParams): { query: string; params: Record<string, unknown> } {
  const query = search.get('query')
  if (query === null) throw badRequest('Missing the "query" parameter')
  const params: Record<string, unknown> = {}
  for (const [key, value] of search) {
    if (!key.startsWith('$')) continue
    try {
      params[key.slice(1)] = JSON.parse(value)
    } catch {
      throw badRequest(`Unable to parse value of "${key}=${value}". Please quote string values.`)
    }
  }
  return { query, params }
}

async function fromBody(request: LakeRequest): Promise<{ query: string; params: Record<string, unknown> }> {
  const body = await request.json()
  if (!body || typeof body !== 'object' || typeof (body as { query?: unknown }).query !== 'string') {
    throw badRequest('The request body must be {"query": "<GROQ>", "params": {...}}')
  }
  const { query, params = {} } = body as { query: string; params?: unknown }
  if (!params || typeof params !== 'object' || Array.isArray(params)) throw badRequest('"params" must be an object')
  return { query, params: params as Record<string, unknown> }
}

export const queryModule: LakeModule = {
  name: 'query',
  routes: [{ method: ['GET', 'POST'], path: '/data/query/:dataset', handler: handleQuery }],
  start(lake) {
    const pool = new QueryWorkers({
      store: lake.store,
      projectId: lake.config.projectId,
      size: lake.config.queryWorkers,
      timeoutMs: lake.config.queryTimeoutMs,
      log: lake.log,
      replicate: true,
    })
    workers.set(lake, pool)
    return () => pool.close()
  },
}
