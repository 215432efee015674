/**
 * `GET /data/export/:dataset`: the dataset as an NDJSON stream, what `@sanity/export` and
 * `sanity dataset export` read. `types=a,b` limits it to some document types. Anonymous callers
 * get the published documents only.
 */
import { once } from 'node:events'
import type { LakeModule } from '../context.ts'
import { handled, type LakeRequest } from '../http/router.ts'
import { exportLines } from '../io/ndjson.ts'

async function handleExport(request: LakeRequest) {
  const types = request.query.get('types')?.split(',').filter(Boolean)
  const lines = exportLines(request.lake.store.documents(request.params.dataset), {
    includePrivate: request.identity.canReadPrivate,
    types,
  })
  const { res } = request.raw
  res.writeHead(200, { 'content-type': 'application/x-ndjson; charset=utf-8' })
  for (const line of lines) {
    if (res.destroyed) break
    if (!res.write(line)) await once(res, 'drain')
  }
  res.end()
  return handled()
}

export const exportModule: LakeModule = {
  name: 'export',
  routes: [{ method: 'GET', path: '/data/export/:dataset', handler: handleExport }],
}
