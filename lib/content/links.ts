import { localPath } from '@/vocabulary/languages'
import { externalUrlProblem, sitePathProblem } from '@/vocabulary/paths'

/** Where links lead: pure functions, so the rules are tested once and used everywhere. */

export type PageRef = { slug: string | null; isStartPage: boolean | null; language?: string | null } | null

export type LinkFields = {
  linkType: string | null
  path: string | null
  url: string | null
  page: PageRef
}

/** The address of a page on the site: a language's start page lives at `/` or `/<language>`. */
export function pagePath(page: PageRef): string | null {
  if (!page) return null
  if (page.isStartPage) return localPath(page.language, '/')
  return page.slug ? localPath(page.language, `/${page.slug}`) : null
}

const SAFE_SCHEMES = new Set(['https:', 'http:', 'mailto:', 'tel:'])

/** A URL a visitor may follow: web, e-mail or telephone; never `javascript:` or `data:`. */
export function safeUrl(url: string | null | undefined): string | null {
  if (!url) return null
  try {
    return SAFE_SCHEMES.has(new URL(url).protocol) ? url : null
  } catch {
    return null
  }
}

/**
 * A path on this site, or null for anything a browser could read as another site (`//host`, `/\\host`,
 * `/.//host`, …). The Studio validates with the same rule; see sitePathProblem.
 */
export function sitePath(path: string | null | undefined): string | null {
  return path && !sitePathProblem(path) ? path : null
}

/** An https address on another site, as it is sent in a Location header; null when unusable (externalUrlProblem). */
export function externalUrl(url: string | null | undefined): string | null {
  return url && !externalUrlProblem(url) ? new URL(url).href : null
}

/** The href of a CMS link, or null when it leads nowhere (e.g. to a deleted page). */
export function linkHref(link: LinkFields | null | undefined): string | null {
  switch (link?.linkType) {
    case 'page':
      return pagePath(link.page)
    case 'path':
      return sitePath(link.path)
    case 'url':
      return safeUrl(link.url)
    default:
      return null
  }
}
