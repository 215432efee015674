import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'

import { fetchContent } from '@/lib/content/fetch'
import { languageById, resolveSitePath } from '@/lib/content/languages'
import { requestPerspective } from '@/lib/content/perspective'
import { siteMetadata } from '@/lib/seo'

import { SiteDocument } from '../SiteDocument'
import '../globals.css'

type Props = { params: Promise<{ path?: string[] }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const settings = await fetchContent('settings', {})
  const { languageId } = resolveSitePath(
    (await params).path,
    settings.languages.map((language) => language.id),
  )
  return siteMetadata(settings, languageById(settings.languages, languageId))
}

export const viewport: Viewport = {
  themeColor: '#14213d',
  colorScheme: 'light',
}

/**
 * The public site's root layout, for every address but `/` (which `app/(site)/(start)` renders
 * with it): one catch-all, because a root layout must know the address to set `<html lang>`, and
 * Swedish addresses have no prefix while other languages' prefixes come from the settings
 * (lib/content/languages.ts). Not an optional catch-all: Next requires a root layout's parameter in
 * every prerendered address, and `/` has none. The Studio has its own root layout, and so has draft
 * mode: requests with the draft-mode cookie are rewritten to `app/(draft-mode)`, see
 * docs/preview.md. Nothing here loads preview code.
 */
export default async function SiteRootLayout({ children, params }: Props & { children: ReactNode }) {
  return (
    <SiteDocument path={(await params).path} perspective={await requestPerspective()}>
      {children}
    </SiteDocument>
  )
}
