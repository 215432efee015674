import { urlSearchParamPreviewPathname } from '@sanity/preview-url-secret/constants'
import { defineEnableDraftMode } from 'next-sanity/draft-mode'
import { unstable_rethrow } from 'next/navigation'

import { sitePath } from '@/lib/content/links'
import { viewerClient } from '@/lib/sanity/client'
import { serverEnv } from '@/lib/server-env'

/**
 * Turns draft mode on for an editor (docs/preview.md). The Studio's Presentation tool writes a
 * secret into the dataset (a `sanity.previewUrlSecret` draft, valid for an hour) and opens this
 * route with it. next-sanity's handler looks the secret up with the server's viewer token; if it
 * matches, it sets Next's draft-mode cookie and redirects to the page the Studio asked for. A wrong,
 * expired or missing secret gets 401 and no cookie.
 */
const enableDraftMode = serverEnv.readToken ? defineEnableDraftMode({ client: viewerClient() }) : null

const answer = (status: number, message: string) =>
  new Response(message, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  })

/**
 * next-sanity redirects to the path it parses out of the request, and parsing turns "/.//host" into
 * "//host", which browsers read as another site. So the raw value is checked first, and anything
 * but a path on this site (lib/content/links.ts) becomes the start page.
 */
function withPathOnThisSite(request: Request): Request {
  const url = new URL(request.url)
  const path = url.searchParams.get(urlSearchParamPreviewPathname)
  if (path === null || sitePath(path) !== null) return request
  url.searchParams.set(urlSearchParamPreviewPathname, '/')
  return new Request(url, request)
}

export async function GET(request: Request): Promise<Response> {
  if (!enableDraftMode) {
    return answer(
      401,
      'Förhandsvisningen är avstängd på den här servern: den har ingen läsnyckel (SANITY_API_READ_TOKEN). Be den som sköter webbplatsen att lägga in en.',
    )
  }
  try {
    const response = await enableDraftMode.GET(withPathOnThisSite(request))
    // next-sanity answers a wrong or expired secret in English.
    if (response.status === 401) {
      return answer(
        401,
        'Länken till förhandsvisningen gäller inte längre. Öppna förhandsvisningen igen från Studion (Presentation).',
      )
    }
    return response
  } catch (error) {
    // The redirect to the page is thrown, and must reach Next.
    unstable_rethrow(error)
    console.error('[preview] the preview secret could not be checked', error)
    return answer(503, 'Förhandsvisningen kunde inte öppnas: innehållstjänsten svarade inte. Försök igen om en stund.')
  }
}
