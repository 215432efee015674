/**
 * The site's language versions. Swedish is the default and has no address prefix; every other
 * version (lättläst, English, and any an editor adds in the settings) is a language entry there,
 * whose id is both the `language` of its documents and the first segment of its addresses
 * (`/en/…`, `/lattlast/…`). Pure data and rules with no imports.
 */

/** The id of the default language, as pages store it in their `language` field. */
export const DEFAULT_LANGUAGE_ID = 'sv'

/** A language version as the site and the Studio use it. */
export type SiteLanguage = {
  /** The `language` value of its documents and its address prefix; '' prefix for Swedish. */
  id: string
  /** Its name in Swedish, for editors. */
  title: string
  /** The BCP 47 tag for `lang` attributes: lättläst is "sv". */
  htmlLang: string
  /** The hreflang it is announced under, or null when it is no hreflang language (lättläst). */
  hreflang: string | null
  /** The language link's text, written in the language itself ("In English", "Lättläst"). */
  linkText: string
}

export const DEFAULT_LANGUAGE: SiteLanguage = {
  id: DEFAULT_LANGUAGE_ID,
  title: 'Svenska',
  htmlLang: 'sv',
  hreflang: 'sv',
  linkText: 'På svenska',
}

/** Language ids: lowercase a–z and single hyphens, so they can be an address segment. */
const LANGUAGE_ID_PATTERN = /^[a-z]+(?:-[a-z]+)*$/
/** A BCP 47 tag as `lang` takes it: "sv", "en", "pt-BR", "sr-Latn". */
const LANGUAGE_TAG_PATTERN = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/

/** Why a language id is unusable, or undefined when it is fine. */
export function languageIdProblem(id: string): string | undefined {
  if (id === DEFAULT_LANGUAGE_ID) return 'Svenska är webbplatsens grundspråk och finns redan.'
  if (!LANGUAGE_ID_PATTERN.test(id) || id.length > 20)
    return 'Använd bara små bokstäver a–z och bindestreck, till exempel "en", "ro" eller "lattlast". Koden blir början på adressen, till exempel /ro.'
  return undefined
}

/** Why a language tag for `lang` is unusable, or undefined when it is fine. */
export function languageTagProblem(tag: string): string | undefined {
  if (!LANGUAGE_TAG_PATTERN.test(tag))
    return 'Skriv en språkkod enligt BCP 47, till exempel "en" för engelska, "ro" för rumänska eller "sv" för lättläst svenska.'
  return undefined
}

/** The address prefix of a language: '' for Swedish, '/en' for English. */
export function languagePrefix(languageId: string | null | undefined): string {
  return !languageId || languageId === DEFAULT_LANGUAGE_ID ? '' : `/${languageId}`
}

/** A path inside a language version: `localPath('en', '/hjalp')` is '/en/hjalp', the start page '/en'. */
export function localPath(languageId: string | null | undefined, path: string): string {
  const prefix = languagePrefix(languageId)
  if (!prefix) return path
  return path === '/' ? prefix : `${prefix}${path}`
}
