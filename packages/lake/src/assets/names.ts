/**
 * How Sanity names assets. Ids and file names are derived from the SHA-1 of the bytes, so the
 * same bytes always get the same asset:
 *   image-<sha1>-<width>x<height>-<ext>   images/<project>/<dataset>/<sha1>-<width>x<height>.<ext>
 *   file-<sha1>-<ext>                     files/<project>/<dataset>/<sha1>.<ext>
 */

export type AssetKind = 'image' | 'file'

export const ASSET_TYPES: Readonly<Record<AssetKind, string>> = {
  image: 'sanity.imageAsset',
  file: 'sanity.fileAsset',
}

export interface AssetName {
  kind: AssetKind
  /** The asset document's id. */
  id: string
  sha1: string
  extension: string
  /** Images only: the size the id records (after EXIF orientation). */
  width?: number
  height?: number
}

const IMAGE_NAME = /^([a-f0-9]{40})-(\d{1,5})x(\d{1,5})\.([a-z0-9]{1,10})$/
const FILE_NAME = /^([a-f0-9]{40})\.([a-z0-9]{1,10})$/
const ASSET_ID = /^(image-([a-f0-9]{40})-(\d{1,5})x(\d{1,5})-([a-z0-9]{1,10})|file-([a-f0-9]{40})-([a-z0-9]{1,10}))$/

export function imageAssetId(sha1: string, width: number, height: number, extension: string): string {
  return `image-${sha1}-${width}x${height}-${extension}`
}

export function fileAssetId(sha1: string, extension: string): string {
  return `file-${sha1}-${extension}`
}

/** Reads `<sha1>-<w>x<h>.<ext>` (images) or `<sha1>.<ext>` (files) from a URL; undefined if it is neither. */
export function parseAssetFileName(kind: AssetKind, fileName: string): AssetName | undefined {
  if (kind === 'image') {
    const match = IMAGE_NAME.exec(fileName)
    if (!match) return undefined
    const [, sha1, width, height, extension] = match
    const size = { width: Number(width), height: Number(height) }
    return { kind, id: imageAssetId(sha1, size.width, size.height, extension), sha1, extension, ...size }
  }
  const match = FILE_NAME.exec(fileName)
  if (!match) return undefined
  const [, sha1, extension] = match
  return { kind, id: fileAssetId(sha1, extension), sha1, extension }
}

/** Reads an asset document id; undefined for any other id. */
export function parseAssetId(id: string): AssetName | undefined {
  const match = ASSET_ID.exec(id)
  if (!match) return undefined
  return match[2]
    ? { kind: 'image', id, sha1: match[2], extension: match[5], width: Number(match[3]), height: Number(match[4]) }
    : { kind: 'file', id, sha1: match[6], extension: match[7] }
}
