import { draftMode } from 'next/headers'
import { notFound } from 'next/navigation'
import type { ReactNode } from 'react'

import { PreviewBanner } from '@/components/preview/PreviewBanner'
import { PreviewOverlays } from '@/components/preview/PreviewOverlays'

import { SiteDocument } from '../(site)/SiteDocument'
import '../(site)/globals.css'

export { generateMetadata, viewport } from '../(site)/layout'

/**
 * Draft mode's root layout: the site's own pages (re-exported under `/_draft`), reading drafts,
 * with the preview banner and the visual-editing overlays. next.config.ts rewrites every page
 * request that carries Next's draft-mode cookie here, so the browser keeps the public address.
 * Only this tree imports preview code: client components are bundled per layout, and visitors,
 * who never render this layout, never load it. Without draft mode (a stale cookie, someone
 * opening /_draft directly, the build's prerendering) there is nothing here but a 404.
 */
export default async function DraftModeRootLayout({ children }: { children: ReactNode }) {
  if (!(await draftMode()).isEnabled) notFound()
  return (
    <SiteDocument perspective="drafts" banner={<PreviewBanner />} tools={<PreviewOverlays />}>
      {children}
    </SiteDocument>
  )
}
