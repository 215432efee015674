import type { Metadata } from 'next'

import { SiteHeader } from '@/components/layout/SiteHeader'
import { SkipLinks } from '@/components/layout/SkipLinks'
import { NotFoundView } from '@/components/page/NotFoundView'
import { FALLBACK_SETTINGS } from '@/lib/content/fallback'
import { DEFAULT_LANGUAGE_ID } from '@/vocabulary/languages'
import { sv } from '@/vocabulary/messages/sv'
import { NOT_FOUND_METADATA } from '@/lib/seo'

import { atkinson } from './(site)/fonts'
import './(site)/globals.css'

export const metadata: Metadata = NOT_FOUND_METADATA

/**
 * 404 for addresses no route matches. The site and the Studio have separate root layouts, so this
 * page brings its own document. It reads no content, so it works even when the backend is down.
 */
export default function GlobalNotFound() {
  return (
    <html lang="sv" className={atkinson.variable}>
      <body>
        <SkipLinks
          quickExitUrl={FALLBACK_SETTINGS.quickExitUrl}
          quickExitLabel={FALLBACK_SETTINGS.quickExitLabel}
          messages={sv}
        />
        <SiteHeader
          siteName={FALLBACK_SETTINGS.siteName}
          homeHref="/"
          navigation={[]}
          messages={sv}
          quickExit={{ url: FALLBACK_SETTINGS.quickExitUrl, label: FALLBACK_SETTINGS.quickExitLabel, infoHref: null }}
        />
        <NotFoundView languageId={DEFAULT_LANGUAGE_ID} messages={sv} />
      </body>
    </html>
  )
}
