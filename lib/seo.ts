import type { Metadata } from 'next'

import type { Page } from '@/lib/content/page'
import type { Organisation, Settings } from '@/lib/content/settings'
import { env } from '@/lib/env'
import { routePath, translatedPagePath, type LanguageVersion } from '@/lib/content/languages'
import { DEFAULT_LANGUAGE_ID, languagePrefix, localPath } from '@/vocabulary/languages'

/** Open Graph images are generated per page by app/api/og (1200 × 630, the size link previews use). */

/** The senders' names in one line, for share images. */
export function sendersLine(settings: Settings): string {
  return settings.organisations
    .filter((organisation) => organisation.role === 'sender')
    .map((organisation) => organisation.name)
    .join(', ')
}
export const OG_IMAGE_SIZE = { width: 1200, height: 630 }

/** A page's share image: `/api/og/<slug>` for Swedish pages, `/api/og/<language>/<slug>` for others. */
export function ogImagePath(slug?: string, languageId?: string): string {
  if (!slug) return '/api/og'
  return `/api/og${languagePrefix(languageId)}/${slug}`
}

/** Title of the 404 page, for addresses that lead nowhere. */
export const NOT_FOUND_METADATA: Metadata = { title: 'Sidan finns inte' }

/** Open Graph's locale for a language: "sv" is "sv_SE", "en" stays "en", "pt-BR" is "pt_BR". */
function ogLocale(language: LanguageVersion): string {
  return language.htmlLang === 'sv' ? 'sv_SE' : language.htmlLang.replace('-', '_')
}

/**
 * Open Graph for one page. Next replaces a layout's openGraph object as a whole, so every page
 * repeats the site-wide fields.
 */
function openGraph(
  settings: Settings,
  language: LanguageVersion,
  page: { title?: string; description?: string; url?: string; imagePath: string; imageAlt: string },
) {
  return {
    type: 'website' as const,
    locale: ogLocale(language),
    siteName: settings.siteName,
    title: page.title,
    description: page.description,
    url: page.url,
    images: [{ url: page.imagePath, ...OG_IMAGE_SIZE, alt: page.imageAlt }],
  }
}

/** Site-wide defaults for a language; pages override title, description, canonical URL and image. */
export function siteMetadata(settings: Settings, language: LanguageVersion): Metadata {
  const isDefault = language.id === DEFAULT_LANGUAGE_ID
  return {
    metadataBase: new URL(env.siteUrl),
    title: { default: settings.siteName, template: `%s | ${settings.siteName}` },
    // The description in the settings is Swedish.
    description: isDefault ? (settings.description ?? undefined) : undefined,
    applicationName: settings.siteName,
    openGraph: openGraph(settings, language, {
      imagePath: ogImagePath(),
      imageAlt: settings.socialImage?.alt ?? settings.siteName,
    }),
    twitter: { card: 'summary_large_image' },
  }
}

/**
 * hreflang alternates: one per version that is an hreflang language (not lättläst, which is
 * Swedish) and has this page, and x-default for the Swedish one.
 */
export function hreflangAlternates(
  languages: LanguageVersion[],
  pathIn: (languageId: string) => string | null,
): Record<string, string> | undefined {
  const entries = languages.flatMap((language) => {
    const path = language.hreflang ? pathIn(language.id) : null
    return path && language.hreflang ? [[language.hreflang, path] as const] : []
  })
  if (entries.length < 2) return undefined
  const swedish = pathIn(DEFAULT_LANGUAGE_ID)
  return Object.fromEntries([...entries, ...(swedish ? [['x-default', swedish] as const] : [])])
}

/** The alternates of a fixed route (help, accessibility): it exists in every language. */
export function fixedRouteAlternates(languages: LanguageVersion[], route: Parameters<typeof routePath>[1]) {
  return hreflangAlternates(languages, (languageId) => routePath(languageId, route))
}

/** Metadata for a page that is not from the CMS (help, accessibility statement). */
export function routeMetadata(
  settings: Settings,
  language: LanguageVersion,
  {
    title,
    description,
    path,
    alternates,
  }: { title: string; description?: string | null; path: string; alternates?: Record<string, string> },
): Metadata {
  return {
    title,
    description: description ?? undefined,
    alternates: { canonical: path, languages: alternates },
    openGraph: openGraph(settings, language, {
      title,
      description: description ?? undefined,
      url: path,
      imagePath: ogImagePath(),
      imageAlt: settings.socialImage?.alt ?? settings.siteName,
    }),
  }
}

/** Metadata for a campaign page: the editors' SEO fields first, then the page's own. */
export function pageMetadata(page: Page, settings: Settings, language: LanguageVersion): Metadata {
  const path = translatedPagePath({ language: page.language, slug: page.slug, isStartPage: page.isStartPage })
  const title = page.seo?.title ?? page.title
  const isDefault = page.language === DEFAULT_LANGUAGE_ID
  const description = page.seo?.description ?? page.lead ?? (isDefault ? settings.description : null) ?? undefined
  const imageAlt = page.seo?.image?.alt ?? settings.socialImage?.alt ?? title
  const versions = new Map([
    [page.language, path],
    ...page.translations.map((t) => [t.language, translatedPagePath(t)] as const),
  ])
  return {
    // The start page shows the site name alone; other titles get " | Somliga tror".
    title: page.isStartPage ? { absolute: settings.siteName } : title,
    description,
    alternates: {
      canonical: path,
      languages: hreflangAlternates(settings.languages, (languageId) => versions.get(languageId) ?? null),
    },
    robots: page.seo?.noIndex ? { index: false, follow: true } : undefined,
    openGraph: openGraph(settings, language, {
      title,
      description,
      url: path,
      imagePath: ogImagePath(page.slug, page.language),
      imageAlt,
    }),
  }
}

/** Structured data for search engines: the site and the public bodies behind it. */
export function siteJsonLd(settings: Settings, language: LanguageVersion) {
  const organisations = settings.organisations
    .filter((organisation) => organisation.role === 'sender')
    .map(organisationJsonLd)
  return {
    '@context': 'https://schema.org',
    '@graph': [
      {
        '@type': 'WebSite',
        '@id': `${env.siteUrl}${languagePrefix(language.id)}/#website`,
        url: `${env.siteUrl}${localPath(language.id, '/')}`,
        name: settings.siteName,
        description: language.id === DEFAULT_LANGUAGE_ID ? (settings.description ?? undefined) : undefined,
        inLanguage: language.htmlLang === 'sv' ? 'sv-SE' : language.htmlLang,
        publisher: organisations.map((organisation) => ({ '@id': organisation['@id'] })),
      },
      ...organisations,
    ],
  }
}

function organisationJsonLd(organisation: Organisation) {
  return {
    '@type': 'GovernmentOrganization',
    '@id': `${env.siteUrl}/#${organisation.id}`,
    name: organisation.name,
    url: organisation.url ?? undefined,
  }
}
