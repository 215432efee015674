/**
 * The tarball `sanity dataset export` writes and `sanity dataset import` reads: a gzipped tar with
 * one top folder, `<dataset>-export-<time>/`, holding
 *   data.ndjson    the documents, asset references turned into `_sanityAsset` fields
 *                  (`"image@file://./images/<sha1>-<w>x<h>.<ext>"`, `"file@file://./files/<sha1>.<ext>"`);
 *   assets.json    per asset, keyed `image-<sha1>` / `file-<sha1>` (the SHA-1 of its bytes), the asset
 *                  document's own fields: `originalFilename`, `metadata`, `label`, times and so on;
 *   images/, files/  the asset files.
 * Packing and unpacking are done by `tar`; what goes in and what is read out is decided here.
 */
import {
  closeSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { isAbsolute, join } from 'node:path'
import { create, extract, type ReadEntry } from 'tar'
import { exportAssetArchive } from '../assets/ndjson-assets.ts'
import type { BlobStore } from '../assets/blobs.ts'
import type { SanityDocument } from '../store/types.ts'
import { exportLines, ImportError } from './ndjson.ts'

/** Entry types an export holds; anything else (links, devices) is refused. */
const PLAIN_ENTRY_TYPES = new Set(['File', 'OldFile', 'ContiguousFile', 'Directory'])

/** The top folder Sanity names its export after: `<dataset>-export-<ISO time, lower case, dashes>`. */
function exportFolderName(dataset: string, time = new Date()): string {
  return `${dataset}-export-${time
    .toISOString()
    .replace(/[^a-z0-9]/gi, '-')
    .toLowerCase()}`
}

/** Whether an export goes to a tarball: the file name says so (`.tar.gz`, `.tgz`). */
export function isTarballName(file: string): boolean {
  return /\.(tar\.gz|tgz)$/i.test(file)
}

/**
 * Writes a dataset as an export tarball, every document included (drafts and versions too), the
 * asset files under `images/` and `files/`. The file appears only once it is complete.
 */
export async function writeExportTarball(
  file: string,
  dataset: string,
  documents: ReadonlyMap<string, SanityDocument>,
  blobs: BlobStore,
): Promise<{ documents: number; assets: number }> {
  const archive = exportAssetArchive(documents, blobs)
  const lines = [...exportLines(archive.documents, { includePrivate: true })]
  const stage = mkdtempSync(join(tmpdir(), 'lake-export-'))
  const partial = `${file}.partial`
  try {
    writeFileSync(join(stage, 'data.ndjson'), lines.join(''))
    writeFileSync(join(stage, 'assets.json'), JSON.stringify(archive.assetsJson))
    mkdirSync(join(stage, 'images'))
    mkdirSync(join(stage, 'files'))
    // Links to the lake's blobs, which `tar` packs as the files they point to: no copies.
    for (const { name, source } of archive.files) symlinkSync(source, join(stage, name))
    await packTarball(partial, stage, exportFolderName(dataset), ['data.ndjson', 'assets.json', 'images', 'files'])
    renameSync(partial, file)
  } finally {
    rmSync(stage, { recursive: true, force: true })
    rmSync(partial, { force: true })
  }
  return { documents: lines.length, assets: archive.files.length }
}

/** Whether a file is a tar archive, gzipped or not (read from its first bytes, not its name). */
export function isTarball(file: string): boolean {
  const head = Buffer.alloc(262)
  const fd = openSync(file, 'r')
  let length: number
  try {
    length = readSync(fd, head, 0, head.length, 0)
  } finally {
    closeSync(fd)
  }
  const gzip = length >= 2 && head[0] === 0x1f && head[1] === 0x8b
  const ustar = length >= 262 && head.toString('latin1', 257, 262) === 'ustar'
  return gzip || ustar
}

/**
 * Unpacks a tarball into `intoDir` (an empty folder). Only files and folders with relative paths
 * are accepted: a symbolic or hard link, a device, an absolute path or a `..` refuses the whole
 * tarball, so nothing it holds can point outside `intoDir`.
 */
export async function unpackTarball(file: string, intoDir: string): Promise<void> {
  const refused: string[] = []
  try {
    await extract({
      file,
      cwd: intoDir,
      strict: true,
      preserveOwner: false,
      filter: (path, entry) => {
        const { type } = entry as ReadEntry
        if (!PLAIN_ENTRY_TYPES.has(type)) refused.push(`${path} is a ${type}`)
        else if (isAbsolute(path) || path.split(/[\\/]/).includes('..'))
          refused.push(`${path} leads outside the tarball`)
        else return true
        return false
      },
    })
  } catch (error) {
    throw new ImportError(`${file} is not a readable tarball: ${error instanceof Error ? error.message : error}`)
  }
  if (refused.length > 0) {
    throw new ImportError(
      `${file} holds entries an import does not follow (only files and folders): ${refused.join('; ')}`,
    )
  }
}

/**
 * Packs `entries` (paths relative to `fromDir`; folders with what they hold) into a gzipped tarball
 * under `topFolder/`. Symbolic links in `fromDir` are packed as the files they point to.
 */
async function packTarball(file: string, fromDir: string, topFolder: string, entries: string[]): Promise<void> {
  await create({ file, cwd: fromDir, gzip: true, portable: true, follow: true, prefix: topFolder }, entries)
}
