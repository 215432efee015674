import type { MetadataRoute } from 'next'

import { localPath } from '@/vocabulary/languages'

import { fixedRoutes, routePath, type LanguageVersion } from './languages'
import type { PageRoute } from './routes'
import { hreflangAlternates } from '@/lib/seo'

/**
 * The sitemap's entries: every campaign page in its language's address space, and every language's
 * fixed pages. A page's alternates are its versions in the hreflang languages (the pages of its
 * translation group); lättläst is listed as a page but never as an alternate.
 */
export function sitemapEntries(
  pages: PageRoute[],
  languages: LanguageVersion[],
  siteUrl: string,
): MetadataRoute.Sitemap {
  const url = (path: string) => new URL(path, siteUrl).toString()
  const known = new Set(languages.map((language) => language.id))
  const listed = pages.filter((page) => !page.noIndex && known.has(page.language))
  const pathOf = (page: PageRoute) => localPath(page.language, page.isStartPage ? '/' : `/${page.slug}`)

  const alternatesOf = (page: PageRoute) => {
    const group = page.translationGroup
    const versions = new Map(
      group
        ? listed.filter((other) => other.translationGroup === group).map((other) => [other.language, pathOf(other)])
        : [[page.language, pathOf(page)]],
    )
    return hreflangAlternates(languages, (languageId) => versions.get(languageId) ?? null)
  }
  const withAlternates = (alternates: Record<string, string> | undefined) =>
    alternates
      ? {
          alternates: {
            languages: Object.fromEntries(Object.entries(alternates).map(([tag, path]) => [tag, url(path)])),
          },
        }
      : {}

  return [
    ...listed.map((page) => ({
      url: url(pathOf(page)),
      lastModified: page.updatedAt,
      ...withAlternates(alternatesOf(page)),
    })),
    ...fixedRoutes()
      .filter((route) => route.kind !== 'start')
      .flatMap((route) =>
        languages.map((language) => ({
          url: url(routePath(language.id, route)),
          ...withAlternates(hreflangAlternates(languages, (languageId) => routePath(languageId, route))),
        })),
      ),
  ]
}
