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

/** The path next-sanity's thrown redirect leads to (its digest is `NEXT_REDIRECT;type;url;status;`), if it is one. */
function redirectTarget(error: unknown): string | null {
  const [kind, , location] = String((error as { digest?: unknown } | null)?.digest ?? '').split(';')
  return kind === 'NEXT_REDIRECT' ? sitePath(location) : null
}

/**
 * What Presentation's frame gets instead of the redirect: a small page that says the preview is on
 * its way and then goes to the page itself (a refresh, which browsers start once this page has
 * loaded; no script, which the CSP would also allow). Presentation waits for its frame's first
 * load event, and after 15 seconds shows "Kunde inte ansluta till förhandsvisningen" with an error
 * card; a first draft render can take longer than that (a cold server, a slow content backend, a
 * development server compiling). This page loads at once, so the editor sees it waiting in
 * Swedish until the page is there. The draft-mode cookie is set on this answer as on the redirect.
 * Anything else than Presentation's frame (a link from the Studio, a test) still gets the redirect.
 */
function waitingPage(path: string): Response {
  const href = escapeHtml(path)
  const html = `<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="0; url=${href}">
<title>Förhandsvisningen laddas</title>
<style>body{font:1rem/1.5 system-ui,sans-serif;margin:0;display:grid;place-items:center;min-height:100vh;color:#1f1f1f;background:#fff}main{padding:1.5rem;text-align:center}</style>
</head>
<body>
<main role="status">
<p>Förhandsvisningen laddas. Första gången kan det ta en stund.</p>
<p><a href="${href}">Visa sidan</a></p>
</main>
</body>
</html>
`
  return new Response(html, {
    status: 200,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' },
  })
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`)
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
    const page = redirectTarget(error)
    if (page !== null && request.headers.get('sec-fetch-dest') === 'iframe') return waitingPage(page)
    // The redirect to the page is thrown, and must reach Next.
    unstable_rethrow(error)
    console.error('[preview] the preview secret could not be checked', error)
    return answer(503, 'Förhandsvisningen kunde inte öppnas: innehållstjänsten svarade inte. Försök igen om en stund.')
  }
}
