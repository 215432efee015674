import { assetBaseUrl, env } from '@/lib/env'

/**
 * Downloadable files (posters, PDFs). Visitors fetch them from the site itself, at
 * /api/files/<hash>.<ext>, and the site fetches them from the lake or Sanity's CDN, so that no
 * visitor's browser ever contacts another host.
 */

const FILE_NAME = /^([a-f0-9]{40})\.(pdf|png|jpe?g)$/
const FILE_ASSET_ID = /^file-([a-f0-9]{40})-(pdf|png|jpe?g)$/

export const FILE_TYPES: Record<string, { mimeType: string; label: string }> = {
  pdf: { mimeType: 'application/pdf', label: 'PDF' },
  png: { mimeType: 'image/png', label: 'PNG' },
  jpg: { mimeType: 'image/jpeg', label: 'JPG' },
  jpeg: { mimeType: 'image/jpeg', label: 'JPG' },
}

/** The site address of a file asset, or null for an id this site does not serve. */
export function fileHref(assetId: string): string | null {
  const match = FILE_ASSET_ID.exec(assetId)
  return match ? `/api/files/${match[1]}.${match[2]}` : null
}

/** Where the site fetches a requested file from; null for anything but a known file name. */
export function fileUpstreamUrl(fileName: string): string | null {
  if (!FILE_NAME.test(fileName)) return null
  return `${assetBaseUrl}/files/${env.projectId}/${env.dataset}/${fileName}`
}

/** "1,2 MB", "340 kB": file sizes the Swedish way. */
export function formatFileSize(bytes: number): string {
  const format = (value: number, digits: number) =>
    value.toLocaleString('sv-SE', { maximumFractionDigits: digits, minimumFractionDigits: 0 })
  if (bytes >= 1_000_000) return `${format(bytes / 1_000_000, 1)} MB`
  return `${format(Math.max(1, Math.round(bytes / 1000)), 0)} kB`
}
