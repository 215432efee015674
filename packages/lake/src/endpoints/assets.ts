/**
 * `POST /assets/images/:dataset` and `POST /assets/files/:dataset`: what `client.assets.upload()`
 * and the Studio's image and file inputs send. The body is the raw bytes; the URL carries
 * `filename`, `meta` (optional image metadata: `lqip`, `palette`; `none` for neither), `label`,
 * `title`, `description`, `creditLine` and `sourceId`/`sourceName`/`sourceUrl`. Answers
 * `{document}`, the new asset or the one the same bytes already have. Needs an editor.
 */
import { BlobStore } from '../assets/blobs.ts'
import { MAX_ASSET_BYTES, uploadAsset, type AssetOptions } from '../assets/assets.ts'
import { DEFAULT_EXTRA_METADATA, type ExtraMetadata } from '../assets/metadata.ts'
import type { AssetKind } from '../assets/names.ts'
import type { LakeModule } from '../context.ts'
import { apiError } from '../errors.ts'
import { json, type LakeRequest } from '../http/router.ts'

const EXTRA_METADATA = new Set<string>(['lqip', 'palette'] satisfies ExtraMetadata[])

async function handleUpload(request: LakeRequest, kind: AssetKind) {
  if (!request.identity.canWrite) {
    request.raw.req.resume()
    throw apiError(403, 'insufficientPermissionsError', 'Insufficient permissions; permission "create" required', {
      permission: 'create',
    })
  }
  const blobs = new BlobStore(request.lake.config.dir)
  const staged = await blobs.stage(request.raw.req, MAX_ASSET_BYTES)
  const document = await uploadAsset(request.lake, blobs, {
    dataset: request.params.dataset,
    kind,
    staged,
    options: uploadOptions(request),
    identity: request.identity.user?.id ?? '',
  })
  return json({ document })
}

function uploadOptions(request: LakeRequest): AssetOptions {
  const get = (name: string) => request.query.get(name) || undefined
  const sourceName = get('sourceName')
  const sourceId = get('sourceId')
  return {
    filename: get('filename'),
    contentType: typeof request.headers['content-type'] === 'string' ? request.headers['content-type'] : undefined,
    extract: extraMetadata(request.query.getAll('meta')),
    label: get('label'),
    title: get('title'),
    description: get('description'),
    creditLine: get('creditLine'),
    source: sourceName && sourceId ? { id: sourceId, name: sourceName, url: get('sourceUrl') } : undefined,
  }
}

/** `meta=lqip&meta=palette` or `meta=lqip,palette`; kinds the lake does not compute (blurhash, exif) are skipped. */
function extraMetadata(values: string[]): ReadonlySet<ExtraMetadata> {
  if (values.length === 0) return new Set(DEFAULT_EXTRA_METADATA)
  const asked = values.flatMap((value) => value.split(',')).map((value) => value.trim())
  return new Set(asked.filter((value): value is ExtraMetadata => EXTRA_METADATA.has(value)))
}

export const assetsModule: LakeModule = {
  name: 'assets',
  routes: [
    { method: 'POST', path: '/assets/images/:dataset', handler: (request) => handleUpload(request, 'image') },
    { method: 'POST', path: '/assets/files/:dataset', handler: (request) => handleUpload(request, 'file') },
  ],
  start(lake) {
    new BlobStore(lake.config.dir).clearStaged()
  },
}
