/** How campaign material is addressed: the site serves these files (app/api/material), the Studio links them. */

import { MATERIAL_FORMATS } from './lists'

export type MaterialFormatDefinition = (typeof MATERIAL_FORMATS)[number]

/** The suffix of a print shop's PDF: with bleed and crop marks. */
const PRINT_SUFFIX = '-tryck'

/** The file a format is served as, e.g. "a4.pdf", "a4-tryck.pdf" or "kvadrat.png". */
export function materialFileName(format: MaterialFormatDefinition, forPrint = false): string {
  return `${format.value}${forPrint && format.kind === 'pdf' ? PRINT_SUFFIX : ''}.${format.kind}`
}

/** Reads a file name back into its format; null for any name the site does not serve. */
export function parseMaterialFileName(file: string): { format: MaterialFormatDefinition; forPrint: boolean } | null {
  for (const format of MATERIAL_FORMATS) {
    if (file === materialFileName(format)) return { format, forPrint: false }
    if (format.kind === 'pdf' && file === materialFileName(format, true)) return { format, forPrint: true }
  }
  return null
}

export function materialHref(slug: string, file: string): string {
  return `/api/material/${slug}/${file}`
}

/** The name a downloaded file is saved under, so that it still says what it is in a folder. */
export function materialDownloadName(slug: string, file: string): string {
  return `somliga-tror-${slug}-${file}`
}

/**
 * A short link as the QR code holds it (https://somligatror.se/busskur) and as people type it
 * (somligatror.se/busskur: no scheme, no "www.", no lone slash). Without a path, the site itself.
 */
export function shortLinkAddress(siteUrl: string, path: string | null | undefined): { url: string; label: string } {
  const url = new URL(path ?? '/', siteUrl)
  return { url: url.href, label: `${url.host.replace(/^www\./, '')}${url.pathname === '/' ? '' : url.pathname}` }
}
