'use server'

import { perspectiveCookieName } from '@sanity/preview-url-secret/constants'
import { refresh } from 'next/cache'
import { cookies, draftMode } from 'next/headers'

import { isPreviewPerspective } from './perspective'

/**
 * Presentation's perspective menu, while the preview is open: the editor picked drafts, published
 * or a release, and the page renders again with it (lib/content/perspective.ts reads the cookie).
 * Only in draft mode; a value the site would not read is refused rather than stored.
 */
export async function changePreviewPerspective(perspective: string | string[]): Promise<void> {
  if (!(await draftMode()).isEnabled) return
  const value = Array.isArray(perspective) ? perspective.join(',') : perspective
  if (!isPreviewPerspective(value)) throw new Error(`Okänt perspektiv för förhandsvisningen: ${value}`)
  const jar = await cookies()
  if (jar.get(perspectiveCookieName)?.value === value) return
  jar.set(perspectiveCookieName, value, {
    httpOnly: true,
    path: '/',
    sameSite: 'lax',
    secure: process.env.NODE_ENV === 'production',
  })
  refresh()
}
