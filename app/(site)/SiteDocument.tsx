import type { ReactNode } from 'react'

import { SiteFooter } from '@/components/layout/SiteFooter'
import { SiteHeader } from '@/components/layout/SiteHeader'
import { SkipLinks } from '@/components/layout/SkipLinks'
import { fetchContent } from '@/lib/content/fetch'
import type { Perspective } from '@/lib/sanity/client'

import { atkinson } from './fonts'

type Props = {
  perspective: Perspective
  /** Draft mode's banner, right after the skip links (the quick exit stays the first). */
  banner?: ReactNode
  /** Draft mode's client tools, at the end of the body. */
  tools?: ReactNode
  children: ReactNode
}

/**
 * The site's document: skip links, quick exit and header, the page, the footer. Both root layouts
 * render it: visitors' (`app/(site)/layout.tsx`) and draft mode's (`app/(draft-mode)/layout.tsx`).
 */
export async function SiteDocument({ perspective, banner, tools, children }: Props) {
  const settings = await fetchContent('settings', {}, { perspective })
  return (
    <html lang="sv" className={atkinson.variable}>
      <body>
        <SkipLinks quickExitUrl={settings.quickExit.url} quickExitLabel={settings.quickExit.label} />
        {banner}
        <SiteHeader siteName={settings.siteName} navigation={settings.mainNavigation} quickExit={settings.quickExit} />
        {children}
        <SiteFooter
          footer={settings.footer}
          feedback={settings.feedback}
          organisations={settings.organisations}
          privacyPage={settings.privacyPage}
        />
        {tools}
      </body>
    </html>
  )
}
