/**
 * `GET /data/export/:dataset`: the dataset as an NDJSON stream, what `@sanity/export` and
 * `sanity dataset export` read. `types=a,b` limits it to some document types. Anonymous callers
 * get the published documents only, and 401 for a private dataset.
 */
import { once } from 'node:events'
import { mayReadDataset } from '../auth/users.ts'
import type { LakeModule } from '../context.ts'
import { httpError } from '../errors.ts'
import { handled, type LakeRequest } from '../http/router.ts'
import { exportLines } from '../io/ndjson.ts'

async function handleExport(request: LakeRequest) {
  const { dataset } = request.params
  if (!mayReadDataset(request.identity, request.lake.store.dataset(dataset)!)) {
    throw httpError(401, `Dataset "${dataset}" is private: exporting it needs a token`)
  }
  const types = request.query.get('types')?.split(',').filter(Boolean)
  const lines = exportLines(request.lake.store.documents(dataset), {
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
