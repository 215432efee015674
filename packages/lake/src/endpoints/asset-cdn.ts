/**
 * The lake's stand-in for Sanity's asset CDN, on both servers:
 *   GET /images/:projectId/:dataset/<sha1>-<w>x<h>.<ext>?<transformations>   (see assets/transform.ts)
 *   GET /files/:projectId/:dataset/<sha1>.<ext>
 * `dl` (or `dl=<name>`) makes either a download; so does every type a browser could run (HTML, SVG,
 * XML, scripts: anything but raster images, audio, video, plain text and PDF), with a sandboxing
 * CSP and `nosniff`, so that an uploaded page can never act on the lake's origin. Anyone may read the assets of a public dataset, as
 * on Sanity's CDN; those of a private dataset need a token or a session (401). A name is a content
 * hash, so responses are immutable; they carry an ETag too. Transformations run a few at a time and
 * their results are cached (`assets/renders.ts`); `x-cache` says whether this one was (HIT or MISS).
 */
import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { pipeline } from 'node:stream/promises'
import { BlobStore } from '../assets/blobs.ts'
import { mayReadDataset } from '../auth/users.ts'
import { ASSET_TYPES, parseAssetFileName, type AssetKind, type AssetName } from '../assets/names.ts'
import { ImageRenders } from '../assets/renders.ts'
import { MIME_TYPES, outputFormat, parseTransform, prepare, renderImage } from '../assets/transform.ts'
import type { LakeContext, LakeModule } from '../context.ts'
import { httpError } from '../errors.ts'
import { handled, type LakeRequest } from '../http/router.ts'
import type { SanityDocument } from '../store/types.ts'

const IMMUTABLE = 'public, max-age=31536000, immutable'
/** Types browsers show without running anything of theirs; all others are sent as downloads. */
const PASSIVE_TYPE =
  /^(image\/(png|jpeg|gif|webp|avif|tiff)|audio\/[\w.+-]+|video\/[\w.+-]+|text\/plain|application\/pdf)$/
/**
 * Should a browser render an asset as a page anyway, it may run no script, send no form and load
 * nothing. Not sent with PDFs, which Chromium's viewer cannot show in a sandboxed document (their
 * scripts run inside the viewer, not on the lake's origin).
 */
const SANDBOX = "sandbox; default-src 'none'"
/** Renders that may wait for a turn, per render that may run: more than a Studio page of thumbnails. */
const WAITING_PER_RENDER = 64

const renders = new WeakMap<LakeContext, ImageRenders>()

async function handleAsset(request: LakeRequest, kind: AssetKind) {
  const { name, document } = findAsset(request, kind)
  const blob = new BlobStore(request.lake.config.dir).path(name.sha1)
  const transform = kind === 'image' ? parseTransform(request.query) : undefined
  const headers: Record<string, string> = { 'cache-control': IMMUTABLE, 'x-content-type-options': 'nosniff' }
  const download = downloadName(request, document)
  if (download !== undefined) headers['content-disposition'] = contentDisposition(download)

  if (!transform) {
    const type = String(document.mimeType ?? '')
      .split(';')[0]
      .trim()
      .toLowerCase()
    if (!PASSIVE_TYPE.test(type)) headers['content-disposition'] ??= contentDisposition(fallbackName(request, document))
    if (type !== 'application/pdf') headers['content-security-policy'] = SANDBOX
    const size = await stat(blob).then(
      (stats) => stats.size,
      () => undefined,
    )
    if (size === undefined) {
      request.lake.log.warn(`asset ${name.id} in ${request.params.dataset} has no bytes at ${blob}`)
      throw notFound()
    }
    headers.etag = `"${name.sha1}"`
    if (notModified(request, headers)) return handled()
    const { res } = request.raw
    res.writeHead(200, { ...headers, 'content-type': String(document.mimeType), 'content-length': size })
    // A client that goes away mid-file only ends its own response.
    await pipeline(createReadStream(blob), res).catch(() => res.destroy())
    return handled()
  }

  const prepared = prepare({ width: name.width as number, height: name.height as number }, transform)
  const format = outputFormat(transform, name.extension, String(request.headers.accept ?? ''), prepared.output)
  if (transform.autoFormat) headers.vary = 'Accept'
  // The parsed transform is the normalized form of its parameters: their order and spelling do not matter.
  const variant = createHash('sha1')
    .update(JSON.stringify([name.sha1, transform, format]))
    .digest('base64url')
  headers.etag = `"${variant}"`
  headers['content-security-policy'] = SANDBOX
  if (notModified(request, headers)) return handled()
  const { data, cached } = await renders.get(request.lake)!.get(variant, () => renderImage(blob, prepared, format))
  headers['x-cache'] = cached ? 'HIT' : 'MISS'
  request.raw.res.writeHead(200, { ...headers, 'content-type': MIME_TYPES[format], 'content-length': data.length })
  request.raw.res.end(data)
  return handled()
}

function findAsset(request: LakeRequest, kind: AssetKind): { name: AssetName; document: SanityDocument } {
  const { projectId, dataset, name: fileName } = request.params
  if (!mayReadDataset(request.identity, request.lake.store.dataset(dataset)!)) {
    throw httpError(401, `Dataset "${dataset}" is private: its assets need a token`)
  }
  const name = parseAssetFileName(kind, fileName)
  const document = name && request.lake.store.getDocument(dataset, name.id)
  if (projectId !== request.lake.config.projectId || !name || document?._type !== ASSET_TYPES[kind]) throw notFound()
  return { name, document }
}

function notFound() {
  return httpError(404, 'Asset not found')
}

function notModified(request: LakeRequest, headers: Record<string, string>): boolean {
  if (request.headers['if-none-match'] !== headers.etag) return false
  request.raw.res.writeHead(304, headers)
  request.raw.res.end()
  return true
}

/** `dl=<name>` downloads under that name, a bare `dl` under the uploaded file's name. */
function downloadName(request: LakeRequest, document: SanityDocument): string | undefined {
  const asked = request.query.get('dl')
  if (asked === null) return undefined
  return asked || fallbackName(request, document)
}

/** The uploaded file's name, else the asset's. */
function fallbackName(request: LakeRequest, document: SanityDocument): string {
  return typeof document.originalFilename === 'string' && document.originalFilename
    ? document.originalFilename
    : request.params.name
}

/** RFC 6266: a plain ASCII fallback and the exact name in UTF-8. */
function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_')
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`
}

export const assetCdnModule: LakeModule = {
  name: 'asset-cdn',
  routes: [
    { method: 'GET', path: '/images/:projectId/:dataset/:name', handler: (request) => handleAsset(request, 'image') },
    { method: 'GET', path: '/files/:projectId/:dataset/:name', handler: (request) => handleAsset(request, 'file') },
  ],
  start(lake) {
    const { concurrency, cacheBytes } = lake.config.imageTransforms
    renders.set(lake, new ImageRenders({ concurrency, maxWaiting: concurrency * WAITING_PER_RENDER, cacheBytes }))
  },
}
