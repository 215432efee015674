import { perspectiveCookieName } from '@sanity/preview-url-secret/constants'
import { cookies, draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

import { sitePath } from '@/lib/content/links'

/**
 * Turns draft mode off (docs/preview.md): `GET` from the preview banner's link, which then returns
 * to the page (`?redirect=/path`; anything but a path on this site, lib/content/links.ts, goes to `/`);
 * `POST` from the Studio, which answers 204. Turning preview off is harmless, so neither needs a secret.
 */
async function endDraftMode(): Promise<void> {
  ;(await draftMode()).disable()
  // Set beside the draft-mode cookie by the enable route when the Studio names a perspective.
  ;(await cookies()).delete(perspectiveCookieName)
}

export async function GET(request: Request): Promise<never> {
  await endDraftMode()
  redirect(sitePath(new URL(request.url).searchParams.get('redirect')) ?? '/')
}

export async function POST(): Promise<Response> {
  await endDraftMode()
  return new Response(null, { status: 204, headers: { 'Cache-Control': 'no-store' } })
}
