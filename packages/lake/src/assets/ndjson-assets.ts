/**
 * Assets in NDJSON the way `sanity dataset export` writes them and `sanity dataset import` reads
 * them: an image or file field carries `"_sanityAsset": "image@file://./assets/poster.png"` (or
 * `file@…`) in place of its `asset` reference, and the files lie next to the NDJSON. Importing
 * uploads each file as an asset and puts the reference back; exporting does the reverse, naming
 * files after their original file names.
 *
 * An import reads files only from the NDJSON file's folder and below it: absolute paths, `..`
 * and symbolic links that lead elsewhere are refused, so an untrusted export cannot publish other
 * files of the machine as assets.
 */
import { copyFileSync, createReadStream, mkdirSync, realpathSync, statSync } from 'node:fs'
import { basename, dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path'
import { LakeError } from '../errors.ts'
import { ImportError } from '../io/ndjson.ts'
import type { SanityDocument } from '../store/types.ts'
import { describeAsset, MAX_ASSET_BYTES, type AssetDocument, type AssetLake } from './assets.ts'
import type { BlobStore } from './blobs.ts'
import { DEFAULT_EXTRA_METADATA } from './metadata.ts'
import { ASSET_TYPES, parseAssetId, type AssetKind } from './names.ts'

const SANITY_ASSET = /^(image|file)@([a-z]+:\/\/.*)$/
const RELATIVE_FILE_URL = 'file://./'

type Json = Record<string, unknown>

/** Where a `_sanityAsset` field is: its document, and the path of the object that holds it. */
interface FieldPlace {
  documentId: string
  field: string
}

/**
 * Uploads the files that `_sanityAsset` fields point to (relative to `baseDir`, the NDJSON file's
 * directory) and returns the asset documents followed by the documents with `asset` references.
 * Every file is checked, read and stored before anything is committed.
 */
export async function importAssetFields(
  lake: AssetLake,
  blobs: BlobStore,
  dataset: string,
  documents: Json[],
  baseDir: string,
): Promise<Json[]> {
  const wanted = new Map<string, { kind: AssetKind; path: string; place: FieldPlace }>()
  for (const document of documents) {
    visit(document, (object, field) => {
      if (!('_sanityAsset' in object)) return object
      const place = { documentId: String(document._id), field }
      const { kind, path } = resolveSanityAsset(object._sanityAsset, baseDir, place)
      wanted.set(`${kind}@${path}`, { kind, path, place })
      return object
    })
  }
  const assets = new Map<string, AssetDocument>()
  for (const [key, { kind, path, place }] of wanted) {
    const staged = await blobs.stage(createReadStream(path), MAX_ASSET_BYTES)
    try {
      const options = { filename: basename(path), extract: new Set(DEFAULT_EXTRA_METADATA) }
      assets.set(key, await describeAsset(lake, dataset, kind, staged, options))
    } catch (error) {
      await blobs.discard(staged)
      const reason = error instanceof LakeError ? error.message : String(error)
      throw new ImportError(`${describePlace(place)}: the asset file ${path} cannot be imported: ${reason}`)
    }
    await blobs.keep(staged)
  }
  const rewritten = documents.map((document) =>
    visit(document, (object, field) => {
      if (!('_sanityAsset' in object)) return object
      const place = { documentId: String(document._id), field }
      if ('asset' in object) throw new ImportError(`${describePlace(place)} has both "asset" and "_sanityAsset"`)
      const { kind, path } = resolveSanityAsset(object._sanityAsset, baseDir, place)
      const asset = assets.get(`${kind}@${path}`) as AssetDocument
      return renameKey(object, '_sanityAsset', 'asset', { _type: 'reference', _ref: asset._id })
    }),
  )
  const uniqueAssets = new Map([...assets.values()].map((asset) => [asset._id, asset]))
  return [...uniqueAssets.values(), ...rewritten]
}

/**
 * The file a `_sanityAsset` value names, as a real path inside `baseDir`. Only `file://./<path>`
 * is accepted, and the path must stay inside `baseDir` after `..` and symbolic links.
 */
function resolveSanityAsset(value: unknown, baseDir: string, place: FieldPlace): { kind: AssetKind; path: string } {
  const match = typeof value === 'string' ? SANITY_ASSET.exec(value) : null
  const refuse = (reason: string) =>
    new ImportError(`${describePlace(place)}: "_sanityAsset": ${JSON.stringify(value)} ${reason}`)
  if (!match) {
    throw refuse(
      'is not of the form "image@file://./<path>" or "file@file://./<path>" (the lake cannot download assets)',
    )
  }
  const [, kind, url] = match
  if (!url.startsWith('file://')) throw refuse('is not a file URL (the lake cannot download assets)')
  if (!url.startsWith(RELATIVE_FILE_URL)) {
    throw refuse('is an absolute path; an import reads asset files only beside it, named as file://./<path>')
  }
  const path = resolve(baseDir, url.slice(RELATIVE_FILE_URL.length))
  if (!isInside(baseDir, path)) throw refuse(`leads outside ${baseDir}, the folder an import reads asset files from`)
  let realPath: string
  try {
    realPath = realpathSync(path)
  } catch {
    throw refuse(`names the asset file ${path}, which does not exist`)
  }
  if (!isInside(realpathSync(baseDir), realPath)) {
    throw refuse(`is a symbolic link that leads outside ${baseDir}, the folder an import reads asset files from`)
  }
  if (!statSync(realPath).isFile()) throw refuse(`names ${path}, which is not a file`)
  return { kind: kind as AssetKind, path: realPath }
}

function isInside(dir: string, path: string): boolean {
  const rest = relative(dir, path)
  return rest !== '' && rest !== '..' && !rest.startsWith(`..${sep}`) && !isAbsolute(rest)
}

function describePlace({ documentId, field }: FieldPlace): string {
  return `Document "${documentId}", field "${field}"`
}

/** Whether an export's `--assets=` folder lies beside or below its NDJSON file, where an import looks. */
export function assetsDirIsBeside(ndjsonFile: string, assetsDir: string): boolean {
  return isInside(dirname(resolve(ndjsonFile)), resolve(assetsDir))
}

/**
 * Copies the dataset's asset files into `assetsDir` (beside or below the NDJSON file) and returns
 * the documents to export: asset documents left out (an import recreates them from the files),
 * asset references turned into `_sanityAsset` fields relative to the NDJSON file.
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

/** `file://./assets/x.png`, relative to the NDJSON's directory (the target lies inside it). */
function fileUrl(fromDir: string, target: string): string {
  return `${RELATIVE_FILE_URL}${relative(fromDir, target).split(sep).join('/')}`
}

/**
 * Rebuilds a JSON value, letting `change` replace any object (after its children were rebuilt);
 * `change` also gets the object's path in the document, e.g. `body[2].image`.
 */
function visit<T>(value: T, change: (object: Json, path: string) => Json, path = ''): T {
  if (Array.isArray(value)) return value.map((item, index) => visit(item, change, `${path}[${index}]`)) as T
  if (value && typeof value === 'object') {
    const rebuilt = Object.fromEntries(
      Object.entries(value).map(([key, child]) => [key, visit(child, change, path ? `${path}.${key}` : key)]),
    )
    return change(rebuilt, path) as T
  }
  return value
}

/** Replaces a key with another at the same position, so documents keep their key order. */
function renameKey(object: Json, from: string, to: string, value: unknown): Json {
  return Object.fromEntries(Object.entries(object).map(([key, child]) => (key === from ? [to, value] : [key, child])))
}
