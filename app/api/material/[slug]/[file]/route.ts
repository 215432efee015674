import { fetchContent } from '@/lib/content/fetch'
import { materialDownloadName, parseMaterialFileName } from '@/vocabulary/material-files'
import { materialText, renderMaterial } from '@/lib/material/render'

type Context = { params: Promise<{ slug: string; file: string }> }

const notFound = (message: string) =>
  new Response(message, { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })

/**
 * Campaign material drawn on demand from the published document: print PDFs (a4.pdf, or
 * a4-tryck.pdf with bleed and crop marks) and PNGs for screens, in the formats the editors chose.
 */
export async function GET(_request: Request, { params }: Context) {
  const { slug, file } = await params
  const requested = parseMaterialFileName(file)
  if (!requested) return notFound('Filen finns inte. Se sidan Kampanjmaterial för de filer som finns.')

  const [material, settings] = await Promise.all([
    fetchContent('campaignMaterial', { slug }),
    fetchContent('settings', {}),
  ])
  if (!material) return notFound('Materialet finns inte. Se sidan Kampanjmaterial för det material som finns.')
  if (!material.formats.some((format) => format.value === requested.format.value)) {
    return notFound('Materialet finns inte i det formatet. Se sidan Kampanjmaterial för de format som finns.')
  }
  const content = materialText(material, settings)
  if ('missing' in content) {
    return notFound(`Materialet är inte klart: det saknar ${content.missing.join(' och ')}.`)
  }

  const body = await renderMaterial(content.text, material, requested.format, requested.forPrint)
  return new Response(Buffer.from(body), {
    headers: {
      'Content-Type': requested.format.kind === 'pdf' ? 'application/pdf' : 'image/png',
      'Content-Disposition': `inline; filename="${materialDownloadName(slug, file)}"`,
      // Drawn from published content, which a publish may change at any time.
      'Cache-Control': 'public, max-age=60',
    },
  })
}
