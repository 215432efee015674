/**
 * What an import reads, from an NDJSON file or from the tarball `sanity dataset export` writes
 * (`tarball.ts`): the documents, the folder their `_sanityAsset` paths are relative to, the asset
 * metadata of an export's `assets.json`, and the asset files an export holds. `importFile` is the
 * one import path of the CLI and `--seed`.
 */
import { existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { importAssetFields } from '../assets/ndjson-assets.ts'
import type { AssetLake } from '../assets/assets.ts'
import type { BlobStore } from '../assets/blobs.ts'
import type { AssetKind } from '../assets/names.ts'
import { importDocuments, ImportError, parseNdjson, type ImportMode } from './ndjson.ts'
import { isTarball, unpackTarball } from './tarball.ts'

type Json = Record<string, unknown>

export interface ImportSource {
  documents: Json[]
  /** The folder `_sanityAsset` paths are relative to; an import reads no file outside it. */
  baseDir: string
  /** `assets.json` beside the NDJSON: each asset's fields by `image-<sha1>` / `file-<sha1>`. */
  assetMetadata: Record<string, Json>
  /** Asset files imported even when no document names them: a tarball's `images/` and `files/`. */
  looseFiles: Array<{ kind: AssetKind; path: string }>
  /** Removes what reading needed (an unpacked tarball). */
  dispose(): void
}

/** Imports a file as one transaction; returns how many documents were written, of how many. */
export async function importFile(
  lake: AssetLake,
  blobs: BlobStore,
  dataset: string,
  file: string,
  mode: ImportMode,
): Promise<{ written: number; total: number }> {
  const source = await readImportFile(file)
  try {
    const documents = await importAssetFields(lake, blobs, dataset, source)
    return { written: importDocuments(lake, dataset, documents, mode), total: documents.length }
  } finally {
    source.dispose()
  }
}

/** An NDJSON file, or a tarball (told by its first bytes) unpacked into a temporary folder. */
export async function readImportFile(file: string): Promise<ImportSource> {
  if (!isTarball(file)) {
    const baseDir = dirname(resolve(file))
    const documents = parseNdjson(readFileSync(file, 'utf8'))
    return { documents, baseDir, assetMetadata: readAssetsJson(baseDir), looseFiles: [], dispose() {} }
  }
  const dir = mkdtempSync(join(tmpdir(), 'lake-import-'))
  const dispose = () => rmSync(dir, { recursive: true, force: true })
  try {
    await unpackTarball(file, dir)
    const ndjson = findNdjson(dir, file)
    const baseDir = dirname(ndjson)
    const documents = parseNdjson(readFileSync(ndjson, 'utf8'))
    return { documents, baseDir, assetMetadata: readAssetsJson(baseDir), looseFiles: looseFiles(baseDir), dispose }
  } catch (error) {
    dispose()
    throw error
  }
}

/** The one `.ndjson` file of an unpacked tarball: at its root or in its top folder. */
function findNdjson(dir: string, tarball: string): string {
  const found: string[] = []
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isFile() && entry.name.endsWith('.ndjson')) found.push(join(dir, entry.name))
    if (!entry.isDirectory()) continue
    for (const inner of readdirSync(join(dir, entry.name), { withFileTypes: true })) {
      if (inner.isFile() && inner.name.endsWith('.ndjson')) found.push(join(dir, entry.name, inner.name))
    }
  }
  if (found.length === 0) {
    throw new ImportError(`${tarball} holds no .ndjson file (an export has <folder>/data.ndjson)`)
  }
  if (found.length > 1) {
    const names = found.map((path) => path.slice(dir.length + 1)).join(', ')
    throw new ImportError(`${tarball} holds more than one .ndjson file (${names}); an import reads one`)
  }
  return found[0]
}

function readAssetsJson(dir: string): Record<string, Json> {
  const file = join(dir, 'assets.json')
  if (!existsSync(file)) return {}
  let parsed: unknown
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'))
  } catch (error) {
    throw new ImportError(`assets.json is not valid JSON: ${error instanceof Error ? error.message : error}`)
  }
  const isObject = (value: unknown) => !!value && typeof value === 'object' && !Array.isArray(value)
  if (!isObject(parsed) || !Object.values(parsed as object).every(isObject)) {
    throw new ImportError('assets.json must be an object of asset fields by "image-<sha1>" or "file-<sha1>"')
  }
  return parsed as Record<string, Json>
}

/**
 * The plain files in `images/` and `files/` but hidden ones (as Sanity's import globs them), as real
 * paths: the keys `_sanityAsset` paths resolve to.
 */
function looseFiles(baseDir: string): ImportSource['looseFiles'] {
  const kinds = [
    ['images', 'image'],
    ['files', 'file'],
  ] as const
  return kinds.flatMap(([folder, kind]) => {
    const dir = join(baseDir, folder)
    if (!existsSync(dir) || !lstatSync(dir).isDirectory()) return []
    return readdirSync(dir)
      .filter((name) => !name.startsWith('.'))
      .sort()
      .map((name) => join(dir, name))
      .filter((path) => lstatSync(path).isFile())
      .map((path) => ({ kind, path: realpathSync(path) }))
  })
}
