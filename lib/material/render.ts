import 'server-only'

import type { CampaignMaterial } from '@/lib/content/material'
import type { Settings } from '@/lib/content/settings'
import { env } from '@/lib/env'

import { shortLinkAddress, type MaterialFormatDefinition } from '@/vocabulary/material-files'
import type { MaterialText } from './layout'
import { renderMaterialPdf } from './pdf'
import { renderMaterialPng } from './png'

/**
 * The words on a piece, or what is missing for it to be made. A piece without a short link falls
 * back to the site's own address, so that it still leads somewhere.
 */
export function materialText(
  material: CampaignMaterial,
  settings: Settings,
): { text: MaterialText } | { missing: string[] } {
  const missing = [!material.belief && '"Somliga tror …"', !material.answer && '"Men …"'].filter(
    (field): field is string => Boolean(field),
  )
  if (!material.belief || !material.answer) return { missing }
  const shortLink = shortLinkAddress(env.siteUrl, material.shortLink?.path)
  return {
    text: {
      belief: material.belief,
      answer: material.answer,
      palette: material.palette,
      shortLinkUrl: shortLink.url,
      shortLinkLabel: shortLink.label,
      senders: settings.organisations
        .filter((organisation) => organisation.role === 'sender')
        .map((organisation) => organisation.name),
    },
  }
}

export async function renderMaterial(
  text: MaterialText,
  material: CampaignMaterial,
  format: MaterialFormatDefinition,
  forPrint: boolean,
): Promise<Uint8Array> {
  if (format.kind === 'png') return renderMaterialPng(text, format.width, format.height)
  return renderMaterialPdf(text, {
    width: format.width,
    height: format.height,
    forPrint,
    title: material.title ?? `Somliga tror ${text.belief}`,
    placement: material.placement,
  })
}
