import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'

import { fetchContent } from '@/lib/content/fetch'
import { requestPerspective } from '@/lib/content/perspective'
import { siteMetadata } from '@/lib/seo'

import { SiteDocument } from './SiteDocument'
import './globals.css'

export async function generateMetadata(): Promise<Metadata> {
  return siteMetadata(await fetchContent('settings', {}))
}

export const viewport: Viewport = {
  themeColor: '#14213d',
  colorScheme: 'light',
}

/**
 * The public site's root layout (the Studio has its own, and so has draft mode: requests with the
 * draft-mode cookie are rewritten to `app/(draft-mode)`, see docs/preview.md). Nothing here loads
 * preview code, so visitors never download it.
 */
export default async function SiteRootLayout({ children }: { children: ReactNode }) {
  return <SiteDocument perspective={await requestPerspective()}>{children}</SiteDocument>
}
