// No Sanity imports here: the site checks its routes with the same rules (lib/content/routes.ts).
import { RESERVED_PATH_SEGMENTS } from '../lists'

/** Page slugs and short-link segments: lowercase a–z, digits and single hyphens between them. */
const SEGMENT = '[a-z0-9]+(?:-[a-z0-9]+)*'
const SLUG_PATTERN = new RegExp(`^${SEGMENT}$`)
const SHORT_LINK_PATTERN = new RegExp(`^(?:/${SEGMENT})+$`)

export const SLUG_MAX_LENGTH = 60

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

function isReserved(segment: string): boolean {
  return (RESERVED_PATH_SEGMENTS as readonly string[]).includes(segment)
}

const reservedMessage = (segment: string) => `"/${segment}" används redan av webbplatsen. Välj ett annat ord.`

/** Why a page slug is unusable, or undefined when it is fine. Needs no dataset. */
export function slugFormatProblem(slug: string): string | undefined {
  if (slug.length > SLUG_MAX_LENGTH) return `Adressen får vara högst ${SLUG_MAX_LENGTH} tecken.`
  if (!SLUG_PATTERN.test(slug)) {
    return 'Använd bara små bokstäver a–z, siffror och bindestreck mellan orden (inte å, ä, ö eller mellanslag), till exempel "for-anhoriga".'
  }
  if (isReserved(slug)) return reservedMessage(slug)
  return undefined
}

/** Why a short-link path is unusable, or undefined when it is fine. Needs no dataset. */
export function shortLinkPathProblem(path: string): string | undefined {
  if (!path.startsWith('/')) return 'Kortlänken ska börja med snedstreck, till exempel /affisch.'
  if (path === '/') return 'Skriv ett ord efter snedstrecket, till exempel /affisch.'
  if (path.endsWith('/')) return 'Ta bort snedstrecket i slutet, till exempel /affisch i stället för /affisch/.'
  if (!SHORT_LINK_PATTERN.test(path)) {
    return 'Använd bara små bokstäver a–z, siffror och bindestreck mellan orden (inte å, ä, ö eller mellanslag), till exempel /affisch eller /qr/buss.'
  }
  const first = path.split('/')[1]
  if (isReserved(first)) return reservedMessage(first)
  return undefined
}

/**
 * Why a path inside the site (a link or a short-link destination) is unusable. A leading "//"
 * would make browsers leave the site, so it is refused as well.
 */
export function sitePathProblem(path: string): string | undefined {
  if (!path.startsWith('/')) return 'Sökvägen ska börja med snedstreck, till exempel /hjalp.'
  if (path.startsWith('//'))
    return 'Sökvägen får bara börja med ett snedstreck. Länkar till andra webbplatser läggs in som webbadress.'
  if (/\s/.test(path)) return 'Sökvägen får inte innehålla mellanslag.'
  return undefined
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
