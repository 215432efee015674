import type { ReactNode } from 'react'

import { LanguageLinks } from '@/components/layout/LanguageLinks'
import { SiteFooter } from '@/components/layout/SiteFooter'
import { SiteHeader } from '@/components/layout/SiteHeader'
import { SkipLinks } from '@/components/layout/SkipLinks'
import { StatusTextsProvider } from '@/components/page/StatusTexts'
import { fetchContent } from '@/lib/content/fetch'
import { languageLinks, localizedSite, resolveSitePath, routePath, translatedPagePath } from '@/lib/content/languages'
import type { Perspective } from '@/lib/sanity/client'

import { atkinson } from './fonts'

type Props = {
  /** The address's segments (the catch-all's `path`; none for `/`): they say the page's language. */
  path: string[] | undefined
  perspective: Perspective
  /** Draft mode's banner, right after the skip links (the quick exit stays the first). */
  banner?: ReactNode
  /** Draft mode's client tools, at the end of the body. */
  tools?: ReactNode
  children: ReactNode
}

/**
 * The site's document in the page's language: skip links, quick exit, header with the language
 * link, the page, the footer. Both root layouts render it: visitors' (`app/(site)/[...path]/layout.tsx`)
 * and draft mode's (`app/(draft-mode)/~draft/[...path]/layout.tsx`).
 */
export async function SiteDocument({ path, perspective, banner, tools, children }: Props) {
  const settings = await fetchContent('settings', {}, { perspective })
  const { languageId, route } = resolveSitePath(
    path,
    settings.languages.map((language) => language.id),
  )
  const { language, messages, navigation, footer, feedback, quickExit, privacyHref } = localizedSite(
    settings,
    languageId,
  )
  // A campaign page leads to its translations; the same cached read as the page's own.
  const translations =
    route.kind === 'page'
      ? ((await fetchContent('page', { slug: route.slug, language: languageId }, { perspective }))?.translations ?? [])
      : []
  const links = languageLinks(settings.languages, languageId, (otherId) => {
    if (route.kind === 'notFound') return null
    if (route.kind !== 'page') return routePath(otherId, route)
    const translation = translations.find((candidate) => candidate.language === otherId)
    return translation ? translatedPagePath(translation) : null
  })
  return (
    <html lang={language.htmlLang} className={atkinson.variable}>
      <body>
        <SkipLinks quickExitUrl={quickExit.url} quickExitLabel={quickExit.label} messages={messages} />
        {banner}
        <SiteHeader
          siteName={settings.siteName}
          homeHref={routePath(languageId, { kind: 'start' })}
          navigation={navigation}
          quickExit={quickExit}
          messages={messages}
          languageLinks={<LanguageLinks links={links} label={messages.languageNav} />}
        />
        <StatusTextsProvider
          languageId={languageId}
          texts={{ notFound: messages.notFound, error: messages.error, waysOn: messages.waysOn }}
        >
          {children}
        </StatusTextsProvider>
        <SiteFooter
          footer={footer}
          feedback={feedback}
          organisations={settings.organisations}
          privacyHref={privacyHref}
          accessibilityHref={routePath(languageId, { kind: 'accessibility' })}
          messages={messages}
        />
        {tools}
      </body>
    </html>
  )
}
