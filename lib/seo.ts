import type { Metadata } from 'next'

import type { Page } from '@/lib/content/page'
import type { Organisation, Settings } from '@/lib/content/settings'
import { env } from '@/lib/env'

/** Open Graph images are generated per page by app/api/og (1200 × 630, the size link previews use). */

/** The senders' names in one line, for share images. */
export function sendersLine(settings: Settings): string {
  return settings.organisations
    .filter((organisation) => organisation.role === 'sender')
    .map((organisation) => organisation.name)
    .join(', ')
}
export const OG_IMAGE_SIZE = { width: 1200, height: 630 }

export function ogImagePath(slug?: string): string {
  return slug ? `/api/og/${slug}` : '/api/og'
}

/** Title of the 404 page, for addresses that lead nowhere. */
export const NOT_FOUND_METADATA: Metadata = { title: 'Sidan finns inte' }

/**
 * Open Graph for one page. Next replaces a layout's openGraph object as a whole, so every page
 * repeats the site-wide fields.
 */
function openGraph(
  settings: Settings,
  page: { title?: string; description?: string; url?: string; imagePath: string; imageAlt: string },
) {
  return {
    type: 'website' as const,
    locale: 'sv_SE',
    siteName: settings.siteName,
    title: page.title,
    description: page.description,
    url: page.url,
    images: [{ url: page.imagePath, ...OG_IMAGE_SIZE, alt: page.imageAlt }],
  }
}

/** Site-wide defaults; pages override title, description, canonical URL and image. */
export function siteMetadata(settings: Settings): Metadata {
  return {
    metadataBase: new URL(env.siteUrl),
    title: { default: settings.siteName, template: `%s | ${settings.siteName}` },
    description: settings.description ?? undefined,
    applicationName: settings.siteName,
    openGraph: openGraph(settings, {
      imagePath: ogImagePath(),
      imageAlt: settings.socialImage?.alt ?? settings.siteName,
    }),
    twitter: { card: 'summary_large_image' },
  }
}

/** Metadata for a page that is not from the CMS (help, accessibility statement). */
export function routeMetadata(
  settings: Settings,
  { title, description, path }: { title: string; description?: string | null; path: string },
): Metadata {
  return {
    title,
    description: description ?? undefined,
    alternates: { canonical: path },
    openGraph: openGraph(settings, {
      title,
      description: description ?? undefined,
      url: path,
      imagePath: ogImagePath(),
      imageAlt: settings.socialImage?.alt ?? settings.siteName,
    }),
  }
}

/** Metadata for a campaign page: the editors' SEO fields first, then the page's own. */
export function pageMetadata(page: Page, settings: Settings): Metadata {
  const path = page.isStartPage ? '/' : `/${page.slug}`
  const title = page.seo?.title ?? page.title
  const description = page.seo?.description ?? page.lead ?? settings.description ?? undefined
  const imageAlt = page.seo?.image?.alt ?? settings.socialImage?.alt ?? title
  return {
    // The start page shows the site name alone; other titles get " | Somliga tror".
    title: page.isStartPage ? { absolute: settings.siteName } : title,
    description,
    alternates: { canonical: path },
    robots: page.seo?.noIndex ? { index: false, follow: true } : undefined,
    openGraph: openGraph(settings, { title, description, url: path, imagePath: ogImagePath(page.slug), imageAlt }),
  }
}

/** Structured data for search engines: the site and the public bodies behind it. */
export function siteJsonLd(settings: Settings) {
  const organisations = settings.organisations
    .filter((organisation) => organisation.role === 'sender')
    .map(organisationJsonLd)
  return {
    '@context': 'https://schema.org',
    '@graph': [
      {
        '@type': 'WebSite',
        '@id': `${env.siteUrl}/#website`,
        url: `${env.siteUrl}/`,
        name: settings.siteName,
        description: settings.description ?? undefined,
        inLanguage: 'sv-SE',
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
