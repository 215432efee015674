// Only types from Sanity here: the rules are plain functions of the query result, tested on their own.
import type { DocumentLocation, DocumentLocationsState } from 'sanity/presentation'

import { audienceFilters, HELP_PATH } from '../../vocabulary/help-audiences'
import { localPath } from '../../vocabulary/languages'
import type { Audience } from '../../vocabulary/lists'

/** The accessibility statement's fixed address on the site (ACCESSIBILITY_PATH in lib/content/languages.ts). */
const ACCESSIBILITY_PATH = '/tillganglighet'

/**
 * Everything needed to say where a document shows on the site, in one query (the dataset is
 * small): the document itself, and for each page its address and its help-link sections.
 */
export const LOCATIONS_QUERY = /* groq */ `{
  "document": *[_id == $id][0]{_type, audiences},
  "inFooter": $id in *[_id == "settings"][0].organisations[]._ref,
  "startPageId": *[_id == "settings"][0].startPage._ref,
  "startPageTranslationIds": coalesce(*[_type == "translation.metadata" && references(*[_id == "settings"][0].startPage._ref)][0].translations[].value._ref, []),
  "helpTitle": *[_id == "settings"][0].helpPage.title,
  "statementTitle": *[_id == "accessibilityStatement"][0].title,
  "pages": *[_type == "page" && defined(slug.current)]{
    _id,
    title,
    "slug": slug.current,
    "language": coalesce(language, "sv"),
    "helpSections": sections[_type == "helpLinksSection"]{mode, audience, "linkIds": links[]._ref}
  }
}`

/**
 * Which documents' changes can change LOCATIONS_QUERY's answer, as a listen filter. The Studio's
 * listenQuery re-runs its fetch only when a listener reports a mutation, and a listener matches
 * each changed document on its own against a filter: given LOCATIONS_QUERY itself (an object, not a
 * filter) it matched nothing, so the answer stayed as first fetched, and a new page kept "no
 * address" after its address was typed. Drafts are included: listeners see every version.
 */
export const LOCATIONS_LISTEN_QUERY = /* groq */ `*[
  _type in ["page", "settings", "accessibilityStatement"] || _id in [$id, "drafts." + $id]
]`

export interface LocationsQueryResult {
  document: { _type: string; audiences?: string[] | null } | null
  inFooter: boolean | null
  startPageId: string | null
  /** The start page's translations: each is its language's start page (/en, /lattlast). */
  startPageTranslationIds?: string[] | null
  helpTitle: string | null
  statementTitle: string | null
  pages: {
    _id: string
    title: string | null
    slug: string
    /** Pages without a language are Swedish. */
    language?: string | null
    helpSections: { mode: string | null; audience: string | null; linkIds: string[] | null }[] | null
  }[]
}

type Page = LocationsQueryResult['pages'][number]

/**
 * Which pages of the site show a document, for Presentation's "used on" list. `id` is the
 * published id (references point to it).
 */
export function documentLocations(id: string, type: string, data: LocationsQueryResult): DocumentLocationsState | null {
  const pages = [...data.pages].sort(byStartPageThenTitle(data.startPageId))
  const pageLocation = (page: Page): DocumentLocation => ({
    title: page.title ?? page.slug,
    href: localPath(
      page.language,
      page._id === data.startPageId || (data.startPageTranslationIds ?? []).includes(page._id) ? '/' : `/${page.slug}`,
    ),
  })
  const helpTitle = data.helpTitle ?? 'Hjälpsidan'
  const helpPage: DocumentLocation = { title: helpTitle, href: HELP_PATH }
  const audiencePages = (shows: (audience: Audience) => boolean) =>
    audienceFilters
      .filter((filter) => shows(filter.audience))
      .map((filter) => ({ title: `${helpTitle}: ${filter.title}`, href: filter.href }))
  const statement: DocumentLocation = {
    title: data.statementTitle ?? 'Tillgänglighetsredogörelse',
    href: ACCESSIBILITY_PATH,
  }
  const everyPage = () => [...pages.map(pageLocation), helpPage, ...audiencePages(() => true), statement]

  switch (type) {
    case 'page': {
      const page = data.pages.find((candidate) => candidate._id === id)
      return page
        ? { locations: [pageLocation(page)] }
        : { message: 'Sidan får en adress när fältet Adress är ifyllt.', tone: 'caution' }
    }
    case 'helpLink': {
      const audiences = data.document?.audiences ?? []
      const forAudience = (audience: string | null) =>
        audiences.includes('everyone') || (audience !== null && audiences.includes(audience))
      // As the site's page query: a section lists links by audience in "audience" mode, else by hand.
      const listsIt = (page: Page) =>
        (page.helpSections ?? []).some((section) =>
          section.mode === 'audience' ? forAudience(section.audience) : (section.linkIds ?? []).includes(id),
        )
      return { locations: [...pages.filter(listsIt).map(pageLocation), helpPage, ...audiencePages(forAudience)] }
    }
    case 'settings':
      return { locations: everyPage() }
    case 'organisation':
      return data.inFooter
        ? { locations: everyPage() }
        : { message: 'Visas inte på webbplatsen: organisationen är inte vald i Inställningar.', tone: 'caution' }
    case 'accessibilityStatement':
      return { locations: [statement] }
    case 'shortLink':
      return { message: 'En kortlänk är ingen sida: den skickar besökaren vidare.' }
    default:
      return null
  }
}

function byStartPageThenTitle(startPageId: string | null) {
  return (a: Page, b: Page) =>
    Number(b._id === startPageId) - Number(a._id === startPageId) ||
    (a.title ?? a.slug).localeCompare(b.title ?? b.slug, 'sv')
}
