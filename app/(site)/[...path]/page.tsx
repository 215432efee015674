import type { Metadata } from 'next'
import { permanentRedirect } from 'next/navigation'

import { AccessibilityStatementView } from '@/components/page/AccessibilityStatementView'
import { FallbackStart } from '@/components/page/FallbackStart'
import { HelpPageView } from '@/components/help/HelpPageView'
import { NotFoundResponse } from '@/components/page/NotFoundResponse'
import { PageView } from '@/components/page/PageView'
import { JsonLd } from '@/components/seo/JsonLd'
import { fetchContent } from '@/lib/content/fetch'
import { linksFor } from '@/lib/content/help-links'
import { audienceTitle, helpPageText, localizedSite, resolveSitePath, routePath } from '@/lib/content/languages'
import { requestPerspective } from '@/lib/content/perspective'
import { fixedRouteAlternates, pageMetadata, routeMetadata, siteJsonLd } from '@/lib/seo'
import { messagesFor } from '@/vocabulary/messages'

type Props = { params: Promise<{ path?: string[] }> }

/** It may answer with a redirect, which Next's dev-time instant-navigation check cannot follow. */
export const instant = false

async function routeOf(params: Props['params']) {
  const settings = await fetchContent('settings', {})
  const resolved = resolveSitePath(
    (await params).path,
    settings.languages.map((language) => language.id),
  )
  return { settings, ...resolved }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { settings, languageId, route } = await routeOf(params)
  const { language, messages } = localizedSite(settings, languageId)
  const notFound = { title: messagesFor(languageId).notFound.title }
  switch (route.kind) {
    case 'start':
    case 'page': {
      const page =
        route.kind === 'start'
          ? await fetchContent('startPage', { language: languageId })
          : await fetchContent('page', { slug: route.slug, language: languageId })
      if (page) return pageMetadata(page, settings, language)
      return route.kind === 'start'
        ? routeMetadata(settings, language, { title: settings.siteName, path: routePath(languageId, route) })
        : notFound
    }
    case 'help':
    case 'helpAudience': {
      const help = helpPageText(settings, language, messages)
      return routeMetadata(settings, language, {
        title: route.kind === 'help' ? help.title : `${help.title}: ${audienceTitle(messages, route.filter)}`,
        description: help.intro,
        path: routePath(languageId, route),
        alternates: fixedRouteAlternates(settings.languages, route),
      })
    }
    case 'accessibility': {
      const statement = await fetchContent('accessibilityStatement', {})
      return statement
        ? routeMetadata(settings, language, {
            title: languageId === settings.languages[0].id ? statement.title : messages.footer.accessibility,
            path: routePath(languageId, route),
            alternates: fixedRouteAlternates(settings.languages, route),
          })
        : notFound
    }
    case 'notFound':
      return notFound
  }
}

/** Every page of the public site, by what its address resolves to (lib/content/languages.ts). */
export default async function SitePage({ params }: Props) {
  const perspective = await requestPerspective()
  const { languageId, route } = await routeOf(params)
  const settings = await fetchContent('settings', {}, { perspective })
  const { language, messages, page: pageLanguage } = localizedSite(settings, languageId)
  const notFound = <NotFoundResponse messages={messages} languageId={languageId} />
  switch (route.kind) {
    case 'start': {
      const page = await fetchContent('startPage', { language: languageId }, { perspective })
      return (
        <>
          {page ? (
            <PageView page={page} language={pageLanguage} />
          ) : (
            <FallbackStart
              siteName={settings.siteName}
              description={languageId === settings.languages[0].id ? settings.description : null}
              helpHref={routePath(languageId, { kind: 'help' })}
              helpLabel={messages.waysOn.help}
            />
          )}
          <JsonLd data={siteJsonLd(settings, language)} />
        </>
      )
    }
    case 'page': {
      const page = await fetchContent('page', { slug: route.slug, language: languageId }, { perspective })
      if (page?.isStartPage) permanentRedirect(routePath(languageId, { kind: 'start' }))
      return page ? <PageView page={page} language={pageLanguage} /> : notFound
    }
    case 'help':
    case 'helpAudience': {
      const links = await fetchContent('helpLinks', { language: languageId }, { perspective })
      const help = helpPageText(settings, language, messages)
      const filter = route.kind === 'helpAudience' ? route.filter : null
      return (
        <HelpPageView
          title={help.title}
          intro={help.intro}
          filter={filter}
          links={filter ? linksFor(links, filter.audience) : links}
          total={links.length}
          language={pageLanguage}
        />
      )
    }
    case 'accessibility': {
      const statement = await fetchContent('accessibilityStatement', {}, { perspective })
      return statement ? (
        <AccessibilityStatementView
          statement={statement}
          messages={messages}
          contentLang={pageLanguage.swedishLang ?? null}
          dateLocale={pageLanguage.dateLocale}
        />
      ) : (
        notFound
      )
    }
    case 'notFound':
      return notFound
  }
}
