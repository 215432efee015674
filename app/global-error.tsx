'use client'

import { SiteHeader } from '@/components/layout/SiteHeader'
import { SkipLinks } from '@/components/layout/SkipLinks'
import { StatusView } from '@/components/page/StatusView'
import { FALLBACK_SETTINGS } from '@/lib/content/fallback'
import { DEFAULT_LANGUAGE_ID } from '@/vocabulary/languages'
import { sv } from '@/vocabulary/messages/sv'

import { atkinson } from './(site)/fonts'
import './(site)/globals.css'

/**
 * Last resort when even a root layout fails: a plain Swedish page with a way to help, and the
 * quick exit first, as on every page. It reads no content, so it works whatever failed.
 */
export default function GlobalError() {
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
        <StatusView heading={sv.error.title} languageId={DEFAULT_LANGUAGE_ID} messages={sv}>
          {sv.error.text}
        </StatusView>
      </body>
    </html>
  )
}
