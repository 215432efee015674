import 'server-only'

import { randomUUID } from 'node:crypto'
import { cacheLife, cacheTag } from 'next/cache'

import { CONTENT_CACHE_LIFE, fetchContent } from '@/lib/content/fetch'
import { contentTags } from '@/lib/content/tags'
import { parseMaterialFileName } from '@/vocabulary/material-files'

import { materialText, renderMaterial } from './render'

/** One file of campaign material, or why there is none (a Swedish sentence for a 404). */
export type MaterialFile =
  | {
      kind: 'file'
      body: Uint8Array
      contentType: 'application/pdf' | 'image/png'
      /** When and by which server process it was drawn, and how long that took. */
      drawnAt: number
      drawnBy: string
      drawMs: number
    }
  | { kind: 'missing'; message: string }

export const FILE_UNKNOWN = 'Filen finns inte. Se sidan Kampanjmaterial för de filer som finns.'

/** This server process, so that a route can tell a file it drew just now from a cached one. */
export const THIS_PROCESS = randomUUID()

/**
 * A file of campaign material (`a4.pdf`, `a4-tryck.pdf`, `kvadrat.png`, …), drawn from the published
 * document and kept in the 'use cache' cache, which every instance shares through Redis: a file
 * takes 0.1 to 2 s to draw (bench/material.ts), a cached one a few milliseconds to send.
 *
 * The content is read fresh, past the content cache, so a file is drawn only from what is published
 * now, and the entry carries only the tags of what it shows: the material (by id and by slug, also
 * while no material has the slug), its short link, the settings and their organisations (the
 * senders). The publish webhook expires those tags at once (`tagsToExpireAtOnce`), so the next
 * request after a publish draws the file again. If the webhook is lost, the file is drawn again in
 * the background after CONTENT_CACHE_LIFE's `revalidate`, as pages are.
 */
export async function materialFile(slug: string, file: string): Promise<MaterialFile> {
  'use cache'
  cacheLife(CONTENT_CACHE_LIFE)
  cacheTag(contentTags.materialSlug(slug))
  const requested = parseMaterialFileName(file)
  if (!requested) return { kind: 'missing', message: FILE_UNKNOWN }

  const [material, settings] = await Promise.all([
    fetchContent('campaignMaterial', { slug }, { fresh: true }),
    fetchContent('settings', {}, { fresh: true }),
  ])
  // Every organisation, not only today's senders: a partner made a sender changes the file too.
  const shown = [material?._id, material?.shortLink?._id, settings._id, ...settings.organisations.map((org) => org.id)]
  cacheTag(...shown.filter((id): id is string => Boolean(id)).map(contentTags.drawnFrom))

  if (!material) {
    return { kind: 'missing', message: 'Materialet finns inte. Se sidan Kampanjmaterial för det material som finns.' }
  }
  if (!material.formats.some((format) => format.value === requested.format.value)) {
    return {
      kind: 'missing',
      message: 'Materialet finns inte i det formatet. Se sidan Kampanjmaterial för de format som finns.',
    }
  }
  const content = materialText(material, settings)
  if ('missing' in content) {
    return { kind: 'missing', message: `Materialet är inte klart: det saknar ${content.missing.join(' och ')}.` }
  }

  const started = performance.now()
  const body = await renderMaterial(content.text, material, requested.format, requested.forPrint)
  return {
    kind: 'file',
    body,
    contentType: requested.format.kind === 'pdf' ? 'application/pdf' : 'image/png',
    drawnAt: Date.now(),
    drawnBy: THIS_PROCESS,
    drawMs: Math.round(performance.now() - started),
  }
}
