/**
 * The site's public pages, as browser tests and benches need them: the paths in `/sitemap.xml`, and
 * the heading each page must show, read from the lake (never hard-coded), so that a test follows
 * the content it runs against.
 */
import type { SanityClient } from '@sanity/client'

import { audienceFilters } from '@/vocabulary/help-audiences'
import { localPath } from '@/vocabulary/languages'
import { AUDIENCES } from '@/vocabulary/lists'
import { messagesFor, type Messages } from '@/vocabulary/messages'

/** Routes the site owns besides the campaign pages (content model: "/hjalp", "/tillganglighet"). */
export const HELP_PATH = '/hjalp'
export const ACCESSIBILITY_PATH = '/tillganglighet'

export interface SitePage {
  /** Path on the site, e.g. `/` or `/hjalp/narstaende`. */
  path: string
  /** The text the page's only h1 must have. */
  heading: string
  /** Its `<html lang>`: its language version's tag ("sv" for Swedish and lättläst). */
  lang: string
}

/**
 * A page's path on the site in GROQ, for tests that read pages from the lake: its language's prefix
 * (none for Swedish), then its slug, or nothing for its language's start page.
 */
export const PAGE_PATH_GROQ = `select(
  _id in ([*[_id == "settings"][0].startPage._ref] + coalesce(*[_type == "translation.metadata" && references(*[_id == "settings"][0].startPage._ref)][0].translations[].value._ref, [])) =>
    select(coalesce(language, "sv") == "sv" => "/", "/" + language),
  coalesce(language, "sv") == "sv" => "/" + slug.current,
  "/" + language + "/" + slug.current
)`

/** The paths listed in the site's `/sitemap.xml`, in its order (the host is the site's own). */
export async function sitemapPaths(siteUrl: string): Promise<string[]> {
  const response = await fetch(new URL('/sitemap.xml', siteUrl))
  if (response.status !== 200) throw new Error(`/sitemap.xml answered ${response.status}`)
  const xml = await response.text()
  const locations = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1].trim())
  if (locations.length === 0) throw new Error(`/sitemap.xml lists no URL:\n${xml}`)
  return locations.map((location) => new URL(location).pathname)
}

/**
 * The pages (every sitemap page and audience page) whose HTML shows `text` now. A test that
 * published something and put it back waits until none does, so that the next test file finds the
 * site as the seed made it (the first request after a publish still gets the page before it).
 */
export async function pathsShowing(siteUrl: string, text: string): Promise<string[]> {
  const paths = [...new Set([...(await sitemapPaths(siteUrl)), ...audiencePages().map((audience) => audience.path)])]
  const shown = await Promise.all(
    paths.map(async (path) => (await (await fetch(new URL(path, siteUrl))).text()).includes(text)),
  )
  return paths.filter((_, index) => shown[index])
}

/** The audience pages of the help page: `/hjalp/<slug>`, the audience, and its Swedish name. */
export function audiencePages(): { path: string; audience: string; audienceTitle: string }[] {
  return audienceFilters.map((filter) => ({
    path: filter.href,
    audience: filter.audience,
    audienceTitle: AUDIENCES.find((audience) => audience.value === filter.audience)?.title ?? filter.audience,
  }))
}

interface HeadingContent {
  startPageIds: string[]
  helpTitle: string | null
  statementTitle: string | null
  languages: { id: string; htmlLang: string; helpTitle: string | null }[] | null
  pages: { _id: string; slug: string; language: string; title: string; noIndex: boolean }[]
}

/** Each language's start page is the one in the settings or one of its translations. */
const HEADING_CONTENT_QUERY = `{
  "startPageIds": [*[_id == "settings"][0].startPage._ref] + coalesce(*[_type == "translation.metadata" && references(*[_id == "settings"][0].startPage._ref)][0].translations[].value._ref, []),
  "helpTitle": *[_id == "settings"][0].helpPage.title,
  "statementTitle": *[_id == "accessibilityStatement"][0].title,
  "languages": *[_id == "settings"][0].languages[]{id, htmlLang, "helpTitle": helpPage.title},
  "pages": *[_type == "page" && defined(slug.current)]{_id, "slug": slug.current, "language": coalesce(language, "sv"), title, "noIndex": seo.noIndex == true}
}`

const audienceTitleIn = (messages: Messages, audience: string) =>
  messages.help.audiences[audience as keyof Messages['help']['audiences']]

/**
 * Every public page and its expected h1, from the published content: each campaign page that is
 * not marked noindex (the start page at `/`), the help page and its audience pages, and the
 * accessibility statement. This is what the sitemap must list.
 */
export async function expectedPages(client: SanityClient): Promise<SitePage[]> {
  const content = await client.fetch<HeadingContent>(HEADING_CONTENT_QUERY, {}, { perspective: 'published' })
  if (!content.helpTitle || !content.statementTitle) {
    throw new Error('The lake has no help page title or accessibility statement: is it seeded?')
  }
  const statementTitle = content.statementTitle
  const languages = [
    { id: 'sv', htmlLang: 'sv', helpTitle: content.helpTitle },
    ...(content.languages ?? []).map((language) => ({
      ...language,
      helpTitle: language.helpTitle ?? messagesFor(language.id).help.title,
    })),
  ]
  return [
    ...content.pages
      .filter((page) => !page.noIndex)
      .map((page) => ({
        path: localPath(page.language, content.startPageIds.includes(page._id) ? '/' : `/${page.slug}`),
        heading: page.title,
        lang: languages.find((language) => language.id === page.language)?.htmlLang ?? 'sv',
      })),
    ...languages.flatMap(({ id, htmlLang, helpTitle }) => {
      const messages = messagesFor(id)
      return [
        { path: localPath(id, HELP_PATH), heading: helpTitle, lang: htmlLang },
        ...audiencePages().map(({ path, audience }) => ({
          path: localPath(id, path),
          heading: `${helpTitle}: ${audienceTitleIn(messages, audience)}`,
          lang: htmlLang,
        })),
        {
          path: localPath(id, ACCESSIBILITY_PATH),
          // The statement is written in Swedish; other languages head it with their own word.
          heading: htmlLang === 'sv' ? statementTitle : messages.footer.accessibility,
          lang: htmlLang,
        },
      ]
    }),
  ]
}

/**
 * The pages a test visits: every path in the sitemap with its expected heading. Fails when the
 * sitemap lists a path the content does not explain, so a test never visits a page blind.
 */
export async function sitePages(siteUrl: string, client: SanityClient): Promise<SitePage[]> {
  const expected = new Map((await expectedPages(client)).map((page) => [page.path, page]))
  return (await sitemapPaths(siteUrl)).map((path) => {
    const page = expected.get(path)
    if (page === undefined) throw new Error(`/sitemap.xml lists ${path}, which is no published page`)
    return page
  })
}
