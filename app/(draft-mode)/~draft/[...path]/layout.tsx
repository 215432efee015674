import { draftMode } from 'next/headers'
import type { ReactNode } from 'react'

import { PreviewBanner } from '@/components/preview/PreviewBanner'
import { PreviewOverlays } from '@/components/preview/PreviewOverlays'
import { requestPerspective } from '@/lib/content/perspective'

import { SiteDocument } from '../../../(site)/SiteDocument'
import '../../../(site)/globals.css'

export { generateMetadata, viewport } from '../../../(site)/[...path]/layout'

/**
 * The folder is `~draft`, not `%5Fdraft` (an escaped `_draft`): Next 16.4 cannot match a root
 * layout's static parameters under an escaped folder name and refuses the build.
 *
 * Next wants one value for a root layout's parameter at build; the help page is enough (it always
 * exists); every other address renders on request, as draft mode always does.
 */
export function generateStaticParams() {
  return [{ path: ['hjalp'] }]
}

/**
 * Draft mode's root layout: the site's own pages (re-exported under `/~draft`), reading drafts,
 * with the preview banner and the visual-editing overlays. next.config.ts rewrites every page
 * request that carries Next's draft-mode cookie here, so the browser keeps the public address.
 * Only this tree imports preview code: client components are bundled per layout, and visitors,
 * who never render this layout, never load it.
 *
 * A cookie that is no longer valid (Next issues new ones with every build) also lands here: then
 * draft mode is off and the page is the public one, without banner or overlays, as it is for
 * anyone who opens /~draft directly (its canonical URL is the public address).
 */
export default async function DraftModeRootLayout({
  children,
  params,
}: {
  children: ReactNode
  params: Promise<{ path?: string[] }>
}) {
  const perspective = await requestPerspective()
  const preview = (await draftMode()).isEnabled
  return (
    <SiteDocument
      path={(await params).path}
      perspective={perspective}
      banner={preview && <PreviewBanner />}
      tools={preview && <PreviewOverlays />}
    >
      {children}
    </SiteDocument>
  )
}
