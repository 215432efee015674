import { RESERVED_PATH_SEGMENTS } from './lists'

/**
 * Address rules that the Studio enforces when editors write and the site applies again when it
 * reads, so that an address the Studio would refuse never becomes a route: page slugs, short-link
 * paths and paths inside the site. Each answers with the Swedish message editors see, or undefined
 * when the address is fine.
 */

/** Page slugs and short-link segments: lowercase a–z, digits and single hyphens between them. */
const SEGMENT = '[a-z0-9]+(?:-[a-z0-9]+)*'
const SLUG_PATTERN = new RegExp(`^${SEGMENT}$`)
const SHORT_LINK_PATTERN = new RegExp(`^(?:/${SEGMENT})+$`)

export const SLUG_MAX_LENGTH = 60

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
