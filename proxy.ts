import { NextResponse, type NextRequest } from 'next/server'

import { proxyAnswerFor } from '@/lib/content/addresses'
import { withQuery } from '@/lib/content/routes'
import { unavailablePage } from '@/lib/unavailable-page'
import { messageLanguageOf } from '@/vocabulary/messages'

/**
 * Answers, before Next's cache, what that cache cannot: short links (/affisch on a poster) with
 * their redirect, and an address that needs the content backend while it is down with a 503.
 * Everything else goes on untouched. Why: lib/content/addresses.ts.
 */
export async function proxy(request: NextRequest) {
  const answer = await proxyAnswerFor(request.nextUrl.pathname)
  if (!answer) return NextResponse.next()
  if ('redirect' in answer) {
    // A path on this site or an https address elsewhere, both checked (lib/content/routes.ts), with
    // the visitor's query string kept. Next sends a Location on the request's own origin as a path,
    // whatever host it thinks it has.
    const response = NextResponse.redirect(
      new URL(withQuery(answer.redirect.destination, request.nextUrl.search), request.url),
      answer.redirect.permanent ? 308 : 307,
    )
    // Browsers keep a 308 for good unless told not to; an editor may change where a short link leads.
    response.headers.set('Cache-Control', 'no-store')
    // The edge counts a use of the short link from this header, and does not pass it on
    // (docs/deploy.md, "Campaign figures").
    if (answer.shortLink) response.headers.set('X-Short-Link', answer.shortLink)
    return response
  }
  const language = messageLanguageOf(request.nextUrl.pathname.split('/').filter(Boolean))
  return new NextResponse(unavailablePage(answer.unavailable, language), {
    status: 503,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', 'Retry-After': '60' },
  })
}

export const config = {
  // Only what could be a short link or a page: not Next's assets, the API, the Studio, draft mode or files.
  matcher: ['/((?!_next/|api/|studio(?:/|$)|~draft(?:/|$)|.*\\.\\w+$).+)'],
}
