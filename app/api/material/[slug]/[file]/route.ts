import { FILE_UNKNOWN, materialFile, THIS_PROCESS } from '@/lib/material/file'
import { materialDownloadName, parseMaterialFileName } from '@/vocabulary/material-files'

type Context = { params: Promise<{ slug: string; file: string }> }

const answer = (status: number, message: string) =>
  new Response(message, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })

/**
 * Campaign material drawn on demand from the published document: print PDFs (a4.pdf, or
 * a4-tryck.pdf with bleed and crop marks) and PNGs for screens, in the formats the editors chose.
 * Each file is drawn once and then served from the shared cache until a publish changes what it
 * shows (lib/material/file.ts). `X-Material-Cache` says which: MISS when this request drew it.
 */
export async function GET(_request: Request, { params }: Context) {
  const started = Date.now()
  const { slug, file } = await params
  // A file name the site never serves is refused before it reaches the cache.
  if (!parseMaterialFileName(file)) return answer(404, FILE_UNKNOWN)

  let material
  try {
    material = await materialFile(slug, file)
  } catch (error) {
    console.error(`[material] could not draw ${slug}/${file}:`, error)
    return answer(503, 'Materialet kan inte göras just nu. Försök igen om en stund.')
  }
  if (material.kind === 'missing') return answer(404, material.message)

  const drawnHere = material.drawnBy === THIS_PROCESS && material.drawnAt >= started
  if (drawnHere) console.log(`[material] drew ${slug}/${file} in ${material.drawMs} ms`)
  return new Response(Buffer.from(material.body), {
    headers: {
      'Content-Type': material.contentType,
      'Content-Disposition': `inline; filename="${materialDownloadName(slug, file)}"`,
      // Drawn from published content, which a publish may change at any time.
      'Cache-Control': 'public, max-age=60',
      'X-Material-Cache': drawnHere ? 'MISS' : 'HIT',
    },
  })
}
