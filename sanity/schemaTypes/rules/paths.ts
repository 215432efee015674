// No Sanity imports here, so the rules can be tested without a Studio. The address rules the site
// applies as well (slugs, short-link paths, site paths) are in vocabulary/paths.ts.
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
