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
  if (!enableDraftMode) return answer(401, 'Preview is switched off: SANITY_API_READ_TOKEN is not set.')
  try {
    return await enableDraftMode.GET(withPathOnThisSite(request))
  } catch (error) {
    // The redirect to the page is thrown, and must reach Next.
    unstable_rethrow(error)
    console.error('[preview] the preview secret could not be checked', error)
    return answer(503, 'The preview secret could not be checked: the content backend did not answer.')
  }
}
