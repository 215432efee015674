// No Sanity imports: a plain function of the published document, tested on its own.
import { HELP_PATH } from '../../vocabulary/help-audiences'
import { localPath } from '../../vocabulary/languages'

/** The accessibility statement's fixed address on the site (ACCESSIBILITY_PATH in lib/content/languages.ts). */
const ACCESSIBILITY_PATH = '/tillganglighet'

type Published = { _type: string; slug?: { current?: string }; path?: string; language?: string }

/**
 * Where visitors see a published document, or null for one with no page of its own (an
 * organisation shows in the footer of every page). The start page's own address redirects to "/".
 */
export function sitePathOf(document: Published): string | null {
  switch (document._type) {
    case 'page':
      // A translation lives under its language's prefix (`/en/…`); Swedish has none.
      return document.slug?.current ? localPath(document.language, `/${document.slug.current}`) : null
    case 'settings':
      return '/'
    case 'accessibilityStatement':
      return ACCESSIBILITY_PATH
    case 'helpLink':
      return HELP_PATH
    case 'shortLink':
      return document.path ?? null
    default:
      return null
  }
}
