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
    return 'Använd bara små bokstäver a–z, siffror och bindestreck mellan orden (inte å, ä, ö eller mellanslag), till exempel "for-narstaende".'
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

/** Any origin will do: what matters is whether a path stays on it. */
const PROBE_ORIGIN = 'https://site.invalid'

/**
 * Why a path on the site (a link, a short link's destination, a redirect after preview) is
 * unusable, or undefined when it is fine. The Studio validates with it and the server checks every
 * such path with it again before linking or redirecting (lib/content/links.ts), because a client
 * with a token can write past the Studio.
 *
 * Browsers read a Location or href with the WHATWG URL parser, which drops tabs and newlines, reads
 * "\" as "/", decodes "%2e" into a dot segment and sends "//host" to another site. So the value as
 * written must be plain, and parsing it must give back exactly that value on this site.
 */
export function sitePathProblem(path: string): string | undefined {
  if (!path.startsWith('/')) return 'Sökvägen ska börja med snedstreck, till exempel /hjalp.'
  if (/^\/[/\\]/.test(path))
    return 'Sökvägen får bara börja med ett snedstreck. Länkar till andra webbplatser läggs in som webbadress.'
  if (/[\s\p{Cc}\p{Cf}]/u.test(path))
    return 'Sökvägen får inte innehålla mellanslag, radbrytningar eller andra osynliga tecken.'
  if (path.includes('\\')) return 'Använd vanliga snedstreck (/), inte omvända (\\).'
  const pathname = path.split(/[?#]/)[0]
  if (/%(?:2f|5c|2e|[01][0-9a-f]|7f)/i.test(pathname))
    return 'Sökvägen får inte innehålla kodade snedstreck, punkter eller styrtecken (%2F, %5C, %2E, %0A och liknande).'
  if (pathname.split('/').some((segment) => segment === '.' || segment === '..'))
    return 'Sökvägen får inte innehålla /./ eller /../. Skriv hela sökvägen, till exempel /hjalp/narstaende.'
  if (pathname.includes('//')) return 'Sökvägen får inte ha två snedstreck i rad.'
  const parsed = new URL(path, PROBE_ORIGIN)
  if (parsed.origin !== PROBE_ORIGIN || `${parsed.pathname}${parsed.search}${parsed.hash}` !== path) {
    return 'Sökvägen innehåller tecken som inte kan stå i en webbadress, till exempel å, ä, ö eller citattecken. Använd a–z, siffror, bindestreck och snedstreck.'
  }
  return undefined
}

/**
 * Why an address on another website, where a short link may lead, is unusable: it must be a
 * complete https address, without a user name or password (which can make one host look like
 * another), and plain as written.
 */
export function externalUrlProblem(url: string): string | undefined {
  const message = 'Skriv en fullständig webbadress som börjar med https://, till exempel https://www.1177.se.'
  if (/[\s\p{Cc}\p{Cf}]/u.test(url)) return 'Webbadressen får inte innehålla mellanslag eller osynliga tecken.'
  if (!URL.canParse(url)) return message
  const parsed = new URL(url)
  if (parsed.protocol !== 'https:') return message
  if (parsed.username || parsed.password)
    return 'Webbadressen får inte innehålla användarnamn eller lösenord (något@ före adressen).'
  return undefined
}
