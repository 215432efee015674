/**
 * Assets in NDJSON the way `sanity dataset export` writes them and `sanity dataset import` reads
 * them: an image or file field carries `"_sanityAsset": "image@file://./assets/poster.png"` (or
 * `file@…`, or an absolute `file:///…` URL) in place of its `asset` reference, and the files lie
 * next to the NDJSON. Importing uploads each file as an asset and puts the reference back;
 * exporting does the reverse, naming files after their original file names.
 */
import { copyFileSync, createReadStream, existsSync, mkdirSync } from 'node:fs'
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { LakeError } from '../errors.ts'
import { ImportError } from '../io/ndjson.ts'
import type { SanityDocument } from '../store/types.ts'
import { describeAsset, MAX_ASSET_BYTES, type AssetDocument, type AssetLake } from './assets.ts'
import type { BlobStore } from './blobs.ts'
import { DEFAULT_EXTRA_METADATA } from './metadata.ts'
import { ASSET_TYPES, parseAssetId, type AssetKind } from './names.ts'

const SANITY_ASSET = /^(image|file)@(file:\/\/.+)$/

type Json = Record<string, unknown>

/**
 * Uploads the files that `_sanityAsset` fields point to (relative to `baseDir`, the NDJSON file's
 * directory) and returns the asset documents followed by the documents with `asset` references.
 * Every file is read and stored before anything is committed.
 */
export async function importAssetFields(
  lake: AssetLake,
  blobs: BlobStore,
  dataset: string,
  documents: Json[],
  baseDir: string,
): Promise<Json[]> {
  const wanted = new Map<string, { kind: AssetKind; path: string; documentId: string }>()
  for (const document of documents) {
    visit(document, (object) => {
      if (!('_sanityAsset' in object)) return object
      const { kind, path } = parseSanityAsset(object._sanityAsset, baseDir, String(document._id))
      wanted.set(`${kind}@${path}`, { kind, path, documentId: String(document._id) })
      return object
    })
  }
  const assets = new Map<string, AssetDocument>()
  for (const [key, { kind, path, documentId }] of wanted) {
    if (!existsSync(path))
      throw new ImportError(`Document "${documentId}" names the asset file ${path}, which does not exist`)
    const staged = await blobs.stage(createReadStream(path), MAX_ASSET_BYTES)
    try {
      const options = { filename: basename(path), extract: new Set(DEFAULT_EXTRA_METADATA) }
      assets.set(key, await describeAsset(lake, dataset, kind, staged, options))
    } catch (error) {
      await blobs.discard(staged)
      const reason = error instanceof LakeError ? error.message : String(error)
      throw new ImportError(`Document "${documentId}": the asset file ${path} cannot be imported: ${reason}`)
    }
    await blobs.keep(staged)
  }
  const rewritten = documents.map((document) =>
    visit(document, (object) => {
      if (!('_sanityAsset' in object)) return object
      if ('asset' in object) throw new ImportError(`Document "${document._id}" has both "asset" and "_sanityAsset"`)
      const { kind, path } = parseSanityAsset(object._sanityAsset, baseDir, String(document._id))
      const asset = assets.get(`${kind}@${path}`) as AssetDocument
      return renameKey(object, '_sanityAsset', 'asset', { _type: 'reference', _ref: asset._id })
    }),
  )
  const uniqueAssets = new Map([...assets.values()].map((asset) => [asset._id, asset]))
  return [...uniqueAssets.values(), ...rewritten]
}

function parseSanityAsset(value: unknown, baseDir: string, documentId: string): { kind: AssetKind; path: string } {
  const match = typeof value === 'string' ? SANITY_ASSET.exec(value) : null
  if (!match) {
    throw new ImportError(
      `Document "${documentId}" has "_sanityAsset": ${JSON.stringify(value)}; expected "image@file://./<path>" or "file@file://./<path>" (the lake cannot download assets)`,
    )
  }
  const [, kind, url] = match
  const path = url.startsWith('file://./') ? resolve(baseDir, url.slice('file://'.length)) : fileURLToPath(url)
  return { kind: kind as AssetKind, path }
}

/**
 * Copies the dataset's asset files into `assetsDir` and returns the documents to export: asset
 * documents left out (an import recreates them from the files), asset references turned into
 * `_sanityAsset` fields, relative to the NDJSON file when the directory lies beside or below it.
 */
export function exportAssetFiles(
  documents: ReadonlyMap<string, SanityDocument>,
  blobs: BlobStore,
  ndjsonFile: string,
  assetsDir: string,
): Map<string, SanityDocument> {
  const references = new Map<string, string>()
  const fileOwners = new Map<string, string>()
  mkdirSync(assetsDir, { recursive: true })
  for (const id of [...documents.keys()].sort()) {
    const document = documents.get(id) as SanityDocument
    const name = parseAssetId(id)
    if (!name || document._type !== ASSET_TYPES[name.kind]) continue
    const target = join(resolve(assetsDir), uniqueFileName(document, name.sha1, name.extension, fileOwners))
    copyFileSync(blobs.path(name.sha1), target)
    references.set(id, `${name.kind}@${fileUrl(dirname(resolve(ndjsonFile)), target)}`)
  }
  const exported = new Map<string, SanityDocument>()
  for (const [id, document] of documents) {
    if (references.has(id)) continue
    const rewritten = visit(document, (object) => {
      const ref = (object.asset as { _ref?: unknown } | undefined)?._ref
      const sanityAsset = typeof ref === 'string' ? references.get(ref) : undefined
      return sanityAsset ? renameKey(object, 'asset', '_sanityAsset', sanityAsset) : object
    })
    exported.set(id, rewritten)
  }
  return exported
}

/** The original file name when it is usable and free (the same bytes may share it), else one made unique. */
function uniqueFileName(document: SanityDocument, sha1: string, extension: string, owners: Map<string, string>) {
  const original = typeof document.originalFilename === 'string' ? basename(document.originalFilename) : ''
  const usable = original && !/[\\/]/.test(original) && original !== '.' && original !== '..'
  let fileName = usable ? original : `${sha1}.${extension}`
  if (owners.has(fileName) && owners.get(fileName) !== sha1) {
    const ext = extname(fileName)
    fileName = `${fileName.slice(0, fileName.length - ext.length)}-${sha1.slice(0, 8)}${ext}`
  }
  owners.set(fileName, sha1)
  return fileName
}

/** `file://./assets/x.png` relative to the NDJSON's directory, or an absolute `file:///…` URL. */
function fileUrl(fromDir: string, target: string): string {
  const path = relative(fromDir, target)
  if (path.startsWith('..')) return pathToFileURL(target).href
  return `file://./${path.split(sep).join('/')}`
}

/** Rebuilds a JSON value, letting `change` replace any object (after its children were rebuilt). */
function visit<T>(value: T, change: (object: Json) => Json): T {
  if (Array.isArray(value)) return value.map((item) => visit(item, change)) as T
  if (value && typeof value === 'object') {
    const rebuilt = Object.fromEntries(Object.entries(value).map(([key, child]) => [key, visit(child, change)]))
    return change(rebuilt) as T
  }
  return value
}

/** Replaces a key with another at the same position, so documents keep their key order. */
function renameKey(object: Json, from: string, to: string, value: unknown): Json {
  return Object.fromEntries(Object.entries(object).map(([key, child]) => (key === from ? [to, value] : [key, child])))
}
