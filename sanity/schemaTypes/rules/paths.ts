// No Sanity imports here, so the rules can be tested without a Studio. The address rules the site
// applies as well (slugs, short-link paths, site paths) are in vocabulary/paths.ts.
import { audienceFilters, HELP_PATH } from '../../../vocabulary/help-audiences'
import { SLUG_MAX_LENGTH } from '../../../vocabulary/paths'

/** Turns a Swedish title into a slug: "Varför är det ett brott?" → "varfor-ar-det-ett-brott". */
export function slugify(input: string): string {
  return input
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, SLUG_MAX_LENGTH)
    .replace(/^-+|-+$/g, '')
}

/** The path part that decides which route answers: no query, no fragment, no trailing slash. */
export function routePath(path: string): string {
  const pathname = path.split(/[?#]/)[0]
  return pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname
}

/**
 * Follows short links from `start` and returns the chain when it comes back on itself, e.g.
 * ['/a', '/b', '/a']; undefined when the chain ends at something that is not a short link.
 */
export function findRedirectLoop(start: string, destinationOf: ReadonlyMap<string, string>): string[] | undefined {
  const chain = [start]
  let current = start
  for (;;) {
    const next = destinationOf.get(current)
    if (next === undefined) return undefined
    chain.push(next)
    if (chain.indexOf(next) < chain.length - 1) return chain
    current = next
  }
}

/** Addresses the site answers whatever the content holds: the start page, the help pages, the accessibility statement. */
const FIXED_SITE_PATHS: readonly string[] = [
  '/',
  HELP_PATH,
  ...audienceFilters.map(({ href }) => href),
  '/tillganglighet',
]
/** Downloads are served by their asset's name; the rule cannot tell which exist, so it trusts them. */
const DOWNLOAD_PREFIX = '/api/files/'

/** What a visitor can reach on the site, as far as content decides it. */
export type SiteAddresses = {
  /** Slugs of published pages. */
  publishedSlugs: ReadonlySet<string>
  /** Slugs only a draft has so far. */
  draftSlugs: ReadonlySet<string>
  /** Paths of published short links. */
  shortLinks: ReadonlySet<string>
}

/**
 * Why a path on the site leads to nothing a visitor can see (no page there, or a page not yet
 * published), or undefined when it leads somewhere.
 */
export function missingTargetProblem(path: string, addresses: SiteAddresses): string | undefined {
  const route = routePath(path)
  if (FIXED_SITE_PATHS.includes(route) || route.startsWith(DOWNLOAD_PREFIX)) return undefined
  if (addresses.shortLinks.has(route)) return undefined
  const segments = route.split('/').slice(1)
  // Pages live one level down, so only a one-segment path can be a page.
  if (segments.length === 1) {
    if (addresses.publishedSlugs.has(segments[0])) return undefined
    if (addresses.draftSlugs.has(segments[0]))
      return `Sidan ${route} är inte publicerad än. Publicera sidan först och sedan kortlänken, annars möts besökarna av "Sidan finns inte".`
  }
  return `Det finns ingen sida på ${route}, så besökarna skulle mötas av "Sidan finns inte". Välj en kampanjsida i listan, eller rätta adressen.`
}

/** A published short link as the list of broken ones reads it; `pageSlug` is the published page's. */
export type PublishedShortLink = {
  _id: string
  destination?: { type?: string; path?: string; pageSlug?: string | null } | null
}

/**
 * The published short links whose target a visitor can no longer reach: a page that is gone,
 * unpublished or without an address, or a path where nothing is published. Addresses on other
 * websites are not checked; the site cannot know whether they still answer.
 */
export function brokenShortLinkIds(links: readonly PublishedShortLink[], addresses: SiteAddresses): string[] {
  const published = { ...addresses, draftSlugs: new Set<string>() }
  return links
    .filter(({ destination }) => {
      if (destination?.type === 'page') return !destination.pageSlug
      if (destination?.type === 'path') return !destination.path || missingTargetProblem(destination.path, published)
      return false
    })
    .map(({ _id }) => _id)
}
