/**
 * `GET /data/doc/:dataset/:ids`: documents by id (comma-separated), as stored. Ids the caller may
 * not see (drafts for anonymous callers, everything in a private dataset) are listed as omitted for
 * `permission`, missing ones for `existence`, as Sanity does.
 * `excludeContent=true` (the Studio checking existence) keeps only the system fields.
 */
import { mayReadDataset } from '../auth/users.ts'
import type { LakeModule } from '../context.ts'
import { json, type LakeRequest } from '../http/router.ts'
import { isPublicId } from '../store/ids.ts'
import type { SanityDocument } from '../store/types.ts'

function handleDoc(request: LakeRequest) {
  const ids = request.params.ids
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean)
  const excludeContent = request.query.get('excludeContent') === 'true'
  const documents: Array<Partial<SanityDocument>> = []
  const omitted: Array<{ id: string; reason: 'existence' | 'permission' }> = []
  const readable = mayReadDataset(request.identity, request.lake.store.dataset(request.params.dataset)!)
  for (const id of ids) {
    if (!readable || (!request.identity.canReadPrivate && !isPublicId(id))) {
      omitted.push({ id, reason: 'permission' })
      continue
    }
    const document = request.lake.store.getDocument(request.params.dataset, id)
    if (document) documents.push(excludeContent ? systemFields(document) : document)
    else omitted.push({ id, reason: 'existence' })
  }
  return json({ documents, omitted })
}

function systemFields({ _id, _type, _rev, _createdAt, _updatedAt }: SanityDocument): Partial<SanityDocument> {
  return { _id, _type, _rev, _createdAt, _updatedAt }
}

export const docModule: LakeModule = {
  name: 'doc',
  routes: [{ method: 'GET', path: '/data/doc/:dataset/:ids', handler: handleDoc }],
}
