import { FILE_TYPES, fileUpstreamUrl } from '@/lib/content/files'

type Context = { params: Promise<{ file: string }> }

/**
 * Campaign files (posters, PDFs) from the site's own origin: the server fetches them from the lake
 * or Sanity's CDN, so a visitor's browser never contacts another host. Only content-hash file
 * names are accepted, so this cannot be used to fetch anything else.
 */
export async function GET(_request: Request, { params }: Context) {
  const { file } = await params
  const upstream = fileUpstreamUrl(file)
  if (!upstream) return new Response('Filen finns inte.', { status: 404 })

  let response: Response
  try {
    response = await fetch(upstream, { cache: 'no-store' })
  } catch {
    return new Response('Filen kan inte hämtas just nu. Försök igen om en stund.', {
      status: 503,
      headers: { 'Retry-After': '60' },
    })
  }
  if (response.status === 404) return new Response('Filen finns inte.', { status: 404 })
  if (!response.ok || !response.body) {
    return new Response('Filen kan inte hämtas just nu. Försök igen om en stund.', { status: 502 })
  }

  const extension = file.slice(file.lastIndexOf('.') + 1)
  return new Response(response.body, {
    headers: {
      'Content-Type': FILE_TYPES[extension].mimeType,
      ...(response.headers.get('content-length') ? { 'Content-Length': response.headers.get('content-length')! } : {}),
      // The name is the file's content hash: it never changes.
      'Cache-Control': 'public, max-age=31536000, immutable',
    },
  })
}
