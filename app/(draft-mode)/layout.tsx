import { draftMode } from 'next/headers'
import type { ReactNode } from 'react'

import { PreviewBanner } from '@/components/preview/PreviewBanner'
import { PreviewOverlays } from '@/components/preview/PreviewOverlays'
import { requestPerspective } from '@/lib/content/perspective'

import { SiteDocument } from '../(site)/SiteDocument'
import '../(site)/globals.css'

export { generateMetadata, viewport } from '../(site)/layout'

/**
 * Draft mode's root layout: the site's own pages (re-exported under `/_draft`), reading drafts,
 * with the preview banner and the visual-editing overlays. next.config.ts rewrites every page
 * request that carries Next's draft-mode cookie here, so the browser keeps the public address.
 * Only this tree imports preview code: client components are bundled per layout, and visitors,
 * who never render this layout, never load it.
 *
 * A cookie that is no longer valid (Next issues new ones with every build) also lands here: then
 * draft mode is off and the page is the public one, without banner or overlays, as it is for
 * anyone who opens /_draft directly (its canonical URL is the public address).
 */
export default async function DraftModeRootLayout({ children }: { children: ReactNode }) {
  const perspective = await requestPerspective()
  const preview = (await draftMode()).isEnabled
  return (
    <SiteDocument
      perspective={perspective}
      banner={preview && <PreviewBanner />}
      tools={preview && <PreviewOverlays />}
    >
      {children}
    </SiteDocument>
  )
}
