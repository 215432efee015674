import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'

import { SiteFooter } from '@/components/layout/SiteFooter'
import { SiteHeader } from '@/components/layout/SiteHeader'
import { SkipLinks } from '@/components/layout/SkipLinks'
import { fetchContent } from '@/lib/content/fetch'
import { requestPerspective } from '@/lib/content/perspective'
import { siteMetadata } from '@/lib/seo'

import { atkinson } from './fonts'
import './globals.css'

export async function generateMetadata(): Promise<Metadata> {
  return siteMetadata(await fetchContent('settings', {}))
}

export const viewport: Viewport = {
  themeColor: '#14213d',
  colorScheme: 'light',
}

/** The public site's root layout (the Studio has its own): quick exit, header, page, footer. */
export default async function SiteRootLayout({ children }: { children: ReactNode }) {
  const settings = await fetchContent('settings', {}, { perspective: await requestPerspective() })
  return (
    <html lang="sv" className={atkinson.variable}>
      <body>
        <SkipLinks quickExitUrl={settings.quickExit.url} quickExitLabel={settings.quickExit.label} />
        <SiteHeader siteName={settings.siteName} navigation={settings.mainNavigation} quickExit={settings.quickExit} />
        {children}
        <SiteFooter
          footer={settings.footer}
          feedback={settings.feedback}
          organisations={settings.organisations}
          privacyPage={settings.privacyPage}
        />
      </body>
    </html>
  )
}
