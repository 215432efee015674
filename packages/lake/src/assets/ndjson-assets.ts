/**
 * Assets in exports the way `sanity dataset export` writes them and `sanity dataset import` reads
 * them: an image or file field carries `"_sanityAsset": "image@file://./images/<name>"` (or
 * `file@…`) in place of its `asset` reference, and the files lie next to the NDJSON, in a tarball
 * with an `assets.json` that keeps each asset's original file name and metadata. Importing uploads
 * each file as an asset and puts the reference back; exporting does the reverse.
 *
 * An import reads files only from the NDJSON file's folder and below it: absolute paths, `..`
 * and symbolic links that lead elsewhere are refused, so an untrusted export cannot publish other
 * files of the machine as assets.
 */
import { copyFileSync, createReadStream, existsSync, mkdirSync, realpathSync, statSync } from 'node:fs'
import { basename, dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path'
import { LakeError } from '../errors.ts'
import type { ImportSource } from '../io/import-file.ts'
import { ExportError, ImportError } from '../io/ndjson.ts'
import type { SanityDocument } from '../store/types.ts'
import { describeAsset, MAX_ASSET_BYTES, type AssetDocument, type AssetLake } from './assets.ts'
import type { BlobStore } from './blobs.ts'
import { DEFAULT_EXTRA_METADATA } from './metadata.ts'
import { ASSET_TYPES, parseAssetId, type AssetKind, type AssetName } from './names.ts'

const SANITY_ASSET = /^(image|file)@([a-z]+:\/\/.*)$/
const RELATIVE_FILE_URL = 'file://./'

/** Asset document fields the lake derives from the bytes (or the write), which `assets.json` cannot set. */
const DERIVED_FIELDS = new Set([
  '_id',
  '_type',
  '_rev',
  'assetId',
  'extension',
  'mimeType',
  'path',
  'url',
  'sha1hash',
  'size',
  'uploadId',
])
/** Image metadata read from the bytes; the rest of an exported `metadata` (palette, EXIF, …) is kept. */
const DERIVED_METADATA = ['dimensions', 'hasAlpha', 'isOpaque']
/** What Sanity's export leaves out of an asset's `assets.json` entry: the import derives them again. */
const NOT_IN_ASSETS_JSON = new Set(['_id', '_type', 'assetId', 'extension', 'mimeType', 'path', 'uploadId', 'url'])

type Json = Record<string, unknown>

/** Where a `_sanityAsset` field is: its document, and the path of the object that holds it. */
interface FieldPlace {
  documentId: string
  field: string
}

interface AssetFile {
  kind: AssetKind
  /** A real path inside the source's `baseDir`. */
  path: string
  /** The first field that names it; none for a file that only lies in an export's `images/` or `files/`. */
  place?: FieldPlace
}

/**
 * Uploads the files that `_sanityAsset` fields point to, and a tarball's other asset files, with
 * the original file names and metadata of `assets.json`; returns the asset documents followed by
 * the documents with `asset` references. Every file is checked, read and stored before anything
 * is committed.
 */
export async function importAssetFields(
  lake: AssetLake,
  blobs: BlobStore,
  dataset: string,
  source: ImportSource,
): Promise<Json[]> {
  const { documents, baseDir } = source
  const files = new Map<string, AssetFile>()
  for (const document of documents) {
    visit(document, (object, field) => {
      if (!('_sanityAsset' in object)) return object
      const place = { documentId: String(document._id), field }
      const { kind, path } = resolveSanityAsset(object._sanityAsset, baseDir, place)
      if (!files.has(`${kind}@${path}`)) files.set(`${kind}@${path}`, { kind, path, place })
      return object
    })
  }
  for (const { kind, path } of source.looseFiles) {
    if (!files.has(`${kind}@${path}`)) files.set(`${kind}@${path}`, { kind, path })
  }
  const assets = new Map<string, AssetDocument>()
  for (const [key, file] of files) {
    assets.set(key, await importAssetFile(lake, blobs, dataset, file, source))
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

/** Stores one file's bytes and describes it as an asset, with what `assets.json` says of it. */
async function importAssetFile(
  lake: AssetLake,
  blobs: BlobStore,
  dataset: string,
  { kind, path, place }: AssetFile,
  source: ImportSource,
): Promise<AssetDocument> {
  const cannot = (error: unknown) => {
    const reason = error instanceof LakeError ? error.message : String(error)
    const file = relative(realpathSync(source.baseDir), path)
    return new ImportError(
      `${place ? `${describePlace(place)}: the` : 'The'} asset file ${file} cannot be imported: ${reason}`,
    )
  }
  const staged = await blobs.stage(createReadStream(path), MAX_ASSET_BYTES).catch((error: unknown) => {
    throw cannot(error)
  })
  let asset: AssetDocument
  try {
    const exported = source.assetMetadata[`${kind}-${staged.sha1}`]
    const originalFilename = typeof exported?.originalFilename === 'string' ? exported.originalFilename : undefined
    const options = { filename: originalFilename ?? basename(path), extract: new Set(DEFAULT_EXTRA_METADATA) }
    asset = withExportedFields(await describeAsset(lake, dataset, kind, staged, options), exported)
  } catch (error) {
    await blobs.discard(staged)
    throw cannot(error)
  }
  await blobs.keep(staged)
  return asset
}

/**
 * An asset document as the lake described its bytes, with the fields an export kept for it:
 * original file name, title, times, and metadata such as a full palette or EXIF, which the lake
 * does not compute. What the bytes decide (id, size, dimensions, …) stays the lake's.
 */
function withExportedFields(asset: AssetDocument, exported: Json | undefined): AssetDocument {
  if (!exported) return asset
  const kept = Object.fromEntries(Object.entries(exported).filter(([key]) => !DERIVED_FIELDS.has(key)))
  const derived = isRecord(asset.metadata) ? asset.metadata : {}
  const metadata = isRecord(exported.metadata)
    ? {
        ...exported.metadata,
        ...Object.fromEntries(DERIVED_METADATA.filter((key) => key in derived).map((key) => [key, derived[key]])),
      }
    : asset.metadata
  return { ...asset, ...kept, ...(metadata ? { metadata } : {}) }
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
  for (const { document, name } of assetDocuments(documents)) {
    const target = join(resolve(assetsDir), uniqueFileName(document, name.sha1, name.extension, fileOwners))
    copyFileSync(blobFile(blobs, name), target)
    references.set(name.id, `${name.kind}@${fileUrl(dirname(resolve(ndjsonFile)), target)}`)
  }
  return withSanityAssets(documents, references)
}

/** What an export tarball holds besides its folder: documents, asset files and `assets.json`. */
export interface AssetArchive {
  /** The documents to write to `data.ndjson`: no asset documents, references as `_sanityAsset`. */
  documents: Map<string, SanityDocument>
  /** Asset files by their path in the export folder (`images/<sha1>-<w>x<h>.<ext>`, `files/<sha1>.<ext>`). */
  files: Array<{ name: string; source: string }>
  /** Each asset document's own fields, by `image-<sha1>` / `file-<sha1>`. */
  assetsJson: Record<string, Json>
}

/** The dataset as Sanity's export tarball lays it out, with files named after the asset ids. */
export function exportAssetArchive(documents: ReadonlyMap<string, SanityDocument>, blobs: BlobStore): AssetArchive {
  const references = new Map<string, string>()
  const files: AssetArchive['files'] = []
  const assetsJson: AssetArchive['assetsJson'] = {}
  for (const { document, name } of assetDocuments(documents)) {
    const fileName =
      name.kind === 'image'
        ? `images/${name.sha1}-${name.width}x${name.height}.${name.extension}`
        : `files/${name.sha1}.${name.extension}`
    files.push({ name: fileName, source: blobFile(blobs, name) })
    assetsJson[`${name.kind}-${name.sha1}`] = Object.fromEntries(
      Object.entries(document).filter(([key]) => !NOT_IN_ASSETS_JSON.has(key)),
    )
    references.set(name.id, `${name.kind}@${RELATIVE_FILE_URL}${fileName}`)
  }
  return { documents: withSanityAssets(documents, references), files, assetsJson }
}

/** The dataset's asset documents, by id. */
function assetDocuments(documents: ReadonlyMap<string, SanityDocument>) {
  return [...documents.keys()].sort().flatMap((id) => {
    const document = documents.get(id) as SanityDocument
    const name = parseAssetId(id)
    return name && document._type === ASSET_TYPES[name.kind] ? [{ document, name }] : []
  })
}

function blobFile(blobs: BlobStore, name: AssetName): string {
  const path = blobs.path(name.sha1)
  if (!existsSync(path)) throw new ExportError(`The bytes of asset "${name.id}" are missing from the lake (${path})`)
  return path
}

/** The documents without the exported asset documents, their references turned into `_sanityAsset`. */
function withSanityAssets(
  documents: ReadonlyMap<string, SanityDocument>,
  references: ReadonlyMap<string, string>,
): Map<string, SanityDocument> {
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

function isRecord(value: unknown): value is Json {
  return !!value && typeof value === 'object' && !Array.isArray(value)
}

/** Replaces a key with another at the same position, so documents keep their key order. */
function renameKey(object: Json, from: string, to: string, value: unknown): Json {
  return Object.fromEntries(Object.entries(object).map(([key, child]) => (key === from ? [to, value] : [key, child])))
}
