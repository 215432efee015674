/**
 * Turning bytes into `sanity.imageAsset` and `sanity.fileAsset` documents, as Sanity's asset API
 * does: the one path for uploads over HTTP and for NDJSON imports. The same bytes give the same
 * document id, so a second upload returns the asset that is already there.
 */
import { extname } from 'node:path'
import type { LakeConfig, LakeContext } from '../context.ts'
import { executeTransaction } from '../mutations/transaction.ts'
import type { SanityDocument } from '../store/types.ts'
import type { BlobStore, StagedBlob } from './blobs.ts'
import { imageMetadata, readImageFacts, type ExtraMetadata } from './metadata.ts'
import { ASSET_TYPES, fileAssetId, imageAssetId, type AssetKind } from './names.ts'

/** Larger uploads get 413. */
export const MAX_ASSET_BYTES = 200 * 1024 * 1024

export interface AssetOptions {
  /** Becomes `originalFilename`; a file asset's extension comes from it. */
  filename?: string
  contentType?: string
  /** Optional image metadata to compute. */
  extract: ReadonlySet<ExtraMetadata>
  label?: string
  title?: string
  description?: string
  creditLine?: string
  source?: { id: string; name: string; url?: string }
}

/** An asset document before the store gave it `_rev`, `_createdAt` and `_updatedAt`. */
export type AssetDocument = { _id: string; _type: string } & Record<string, unknown>

export type AssetLake = Pick<LakeContext, 'store' | 'queries'> & { config: Pick<LakeConfig, 'projectId' | 'tlsPort'> }

/** File extensions by MIME type, for file uploads whose name does not tell. */
const EXTENSIONS: Readonly<Record<string, string>> = {
  'application/pdf': 'pdf',
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/svg+xml': 'svg',
  'text/plain': 'txt',
  'text/csv': 'csv',
  'application/json': 'json',
  'application/zip': 'zip',
  'audio/mpeg': 'mp3',
  'video/mp4': 'mp4',
}
const MIME_TYPES: Readonly<Record<string, string>> = {
  ...Object.fromEntries(Object.entries(EXTENSIONS).map(([mimeType, extension]) => [extension, mimeType])),
  jpeg: 'image/jpeg',
}
const GENERIC_MIME_TYPE = 'application/octet-stream'

/**
 * Where asset documents say their bytes are (`url`): the lake's TLS origin, which browsers (the
 * Studio) can load. Server-side code builds URLs from the asset id and its own base instead.
 */
function assetUrlBase(config: Pick<LakeConfig, 'tlsPort'>): string {
  return `https://localhost:${config.tlsPort}`
}

/** The asset document for staged bytes; reads images with sharp (400 for anything else). */
export async function describeAsset(
  lake: AssetLake,
  dataset: string,
  kind: AssetKind,
  staged: StagedBlob,
  options: AssetOptions,
): Promise<AssetDocument> {
  const { sha1, size } = staged
  const { id, fileName, extension, mimeType, metadata } =
    kind === 'image' ? await describeImage(staged, options) : describeFile(staged, options)
  const path = `${kind}s/${lake.config.projectId}/${dataset}/${fileName}`
  const { filename, label, title, description, creditLine, source } = options
  return {
    _id: id,
    _type: ASSET_TYPES[kind],
    assetId: sha1,
    extension,
    ...(metadata ? { metadata } : {}),
    mimeType,
    ...(filename ? { originalFilename: filename } : {}),
    path,
    sha1hash: sha1,
    size,
    url: `${assetUrlBase(lake.config)}/${path}`,
    ...(label ? { label } : {}),
    ...(title ? { title } : {}),
    ...(description ? { description } : {}),
    ...(creditLine ? { creditLine } : {}),
    ...(source ? { source } : {}),
  }
}

interface Described {
  id: string
  /** The last segment of `path` and `url`. */
  fileName: string
  extension: string
  mimeType: string
  metadata?: Record<string, unknown>
}

async function describeImage(staged: StagedBlob, options: AssetOptions): Promise<Described> {
  const facts = await readImageFacts(staged.tempPath)
  const { sha1 } = staged
  return {
    id: imageAssetId(sha1, facts.width, facts.height, facts.extension),
    fileName: `${sha1}-${facts.width}x${facts.height}.${facts.extension}`,
    extension: facts.extension,
    mimeType: facts.mimeType,
    metadata: await imageMetadata(staged.tempPath, facts, options.extract),
  }
}

/** A file's extension comes from its name, else from its declared type; its type from either. */
function describeFile(staged: StagedBlob, options: AssetOptions): Described {
  const declaredType = options.contentType?.split(';')[0].trim().toLowerCase()
  const nameExtension = extname(options.filename ?? '')
    .slice(1)
    .toLowerCase()
  const extension = /^[a-z0-9]{1,10}$/.test(nameExtension) ? nameExtension : (EXTENSIONS[declaredType ?? ''] ?? 'bin')
  const mimeType =
    declaredType && declaredType !== GENERIC_MIME_TYPE ? declaredType : (MIME_TYPES[extension] ?? GENERIC_MIME_TYPE)
  return { id: fileAssetId(staged.sha1, extension), fileName: `${staged.sha1}.${extension}`, extension, mimeType }
}

/**
 * Stores an upload: describes it, keeps its bytes durably, then commits its document, or returns
 * the document that the same bytes already have in this dataset.
 */
export async function uploadAsset(
  lake: AssetLake,
  blobs: BlobStore,
  upload: { dataset: string; kind: AssetKind; staged: StagedBlob; options: AssetOptions; identity: string },
): Promise<SanityDocument> {
  const { dataset, kind, staged, options, identity } = upload
  let document: AssetDocument
  try {
    document = await describeAsset(lake, dataset, kind, staged, options)
  } catch (error) {
    await blobs.discard(staged)
    throw error
  }
  const existing = lake.store.getDocument(dataset, document._id)
  if (existing) {
    await blobs.discard(staged)
    return existing
  }
  await blobs.keep(staged)
  executeTransaction(lake, { dataset, mutations: [{ createIfNotExists: document }], identity })
  return lake.store.getDocument(dataset, document._id) as SanityDocument
}
