import { z } from 'zod'

import type { ADDRESSES_QUERY_RESULT, ROUTES_QUERY_RESULT } from '@/sanity.types'
import { languageIdProblem } from '@/vocabulary/languages'
import { shortLinkPathProblem, slugFormatProblem } from '@/vocabulary/paths'

import { externalUrl, pagePath, sitePath } from './links'
import { reportContentProblem } from './report'
import { FALLBACK_SETTINGS } from './fallback'
import { quickExitUrl } from './settings'
import { shapeOf, type ItemOf } from './shape'

type PageRouteResult = ItemOf<NonNullable<ROUTES_QUERY_RESULT>['pages']>

const pageRouteSchema = z.object(
  shapeOf<PageRouteResult>()({
    _id: z.string(),
    _updatedAt: z.string(),
    slug: z.string(),
    language: z.string(),
    noIndex: z.boolean().nullish(),
    isStartPage: z.boolean().nullish(),
    translationGroup: z.string().nullish(),
  }),
)

export type PageRoute = {
  slug: string
  language: string
  updatedAt: string
  noIndex: boolean
  isStartPage: boolean
  /** The id of the page's translation group, shared by its versions in every language; null when it has none. */
  translationGroup: string | null
}

/**
 * Every page address the content defines. A slug the Studio would refuse (reserved, malformed) is
 * left out and logged, so one bad document cannot break the build.
 */
export const routesSchema = z
  .object({ pages: z.array(z.unknown()).nullish() })
  .nullish()
  .transform((routes) => {
    const pages = (routes?.pages ?? []).flatMap((item): PageRoute[] => {
      const parsed = pageRouteSchema.safeParse(item)
      const problem = parsed.success ? slugFormatProblem(parsed.data.slug) : 'malformed'
      if (!parsed.success || problem) {
        reportContentProblem(`page route skipped (${problem})`, parsed.error)
        return []
      }
      const { slug, language, _updatedAt, noIndex, isStartPage, translationGroup } = parsed.data
      return [
        {
          slug,
          language,
          updatedAt: _updatedAt,
          noIndex: noIndex ?? false,
          isStartPage: isStartPage ?? false,
          translationGroup: translationGroup ?? null,
        },
      ]
    })
    return { pages }
  })

export type Routes = z.output<typeof routesSchema>

/** Where a short link leads: a path on this site, or an https address on another (checked in links.ts). */
export type Redirect = { destination: string; permanent: boolean }

/**
 * The redirect's destination with the visitor's query string kept (`?utm_source=affisch` from a
 * poster's QR code), after any query the destination has of its own and before its fragment.
 * `search` is a URL's search: empty, or starting with "?".
 */
export function withQuery(destination: string, search: string): string {
  if (search.length <= 1) return destination
  const hashAt = destination.indexOf('#')
  const [beforeHash, hash] =
    hashAt === -1 ? [destination, ''] : [destination.slice(0, hashAt), destination.slice(hashAt)]
  const separator = !beforeHash.includes('?') ? '?' : beforeHash.endsWith('?') || beforeHash.endsWith('&') ? '' : '&'
  return `${beforeHash}${separator}${search.slice(1)}${hash}`
}

const shortLinkSchema = z.object(
  shapeOf<ItemOf<NonNullable<ADDRESSES_QUERY_RESULT>['shortLinks']>>()({
    _id: z.string(),
    path: z.string(),
    permanent: z.boolean().nullish(),
    destination: z
      .object({
        type: z.enum(['page', 'path', 'url']).nullish(),
        path: z.string().nullish(),
        url: z.string().nullish(),
        page: z
          .object({
            _id: z.string(),
            slug: z.string().nullish(),
            isStartPage: z.boolean().nullish(),
            language: z.string().nullish(),
          })
          .nullish(),
      })
      .nullish(),
  }),
)

/** Where a short link sends visitors, or null when it leads nowhere it may (then the address is a 404). */
function shortLinkRedirect(value: unknown): [path: string, Redirect] | null {
  const parsed = shortLinkSchema.safeParse(value)
  const problem = parsed.success ? shortLinkPathProblem(parsed.data.path) : 'malformed'
  if (!parsed.success || problem) {
    reportContentProblem(`short link skipped (${problem})`, parsed.error)
    return null
  }
  const { path, destination, permanent } = parsed.data
  const target =
    destination?.type === 'page'
      ? pagePath(
          destination.page
            ? {
                slug: destination.page.slug ?? null,
                isStartPage: destination.page.isStartPage ?? false,
                language: destination.page.language,
              }
            : null,
        )
      : destination?.type === 'url'
        ? externalUrl(destination.url)
        : sitePath(destination?.path)
  if (!target || target === path) {
    reportContentProblem(`short link ${path} leads nowhere; answering 404`)
    return null
  }
  return [path, { destination: target, permanent: permanent ?? false }]
}

/** Every short link that leads somewhere, by path. One bad document is skipped and logged. */
export const shortLinksSchema = z
  .array(z.unknown())
  .nullish()
  .transform(
    (items) =>
      new Map(
        (items ?? []).flatMap((item) => {
          const entry = shortLinkRedirect(item)
          return entry ? [entry] : []
        }),
      ),
  )

/** What the proxy needs: short links, the slugs pages have, and the quick exit (see addresses.ts). */
export const addressesSchema = z
  .object({
    shortLinks: shortLinksSchema,
    pageSlugs: z.array(z.string().nullable()).nullish().catch(null),
    languages: z.array(z.string().nullable()).nullish().catch(null),
    translatedPages: z
      .array(z.object({ language: z.string().nullish(), slug: z.string().nullish() }))
      .nullish()
      .catch(null),
    quickExit: z.object({ label: z.string().nullish(), url: quickExitUrl }).nullish().catch(null),
  })
  .nullish()
  .transform((addresses) => ({
    shortLinks: addresses?.shortLinks ?? new Map<string, Redirect>(),
    pageSlugs: new Set((addresses?.pageSlugs ?? []).filter((slug) => slug !== null)),
    /** Language codes: their start pages are addresses the cache has, like a Swedish page's. */
    languages: (addresses?.languages ?? []).filter((id): id is string => id !== null && !languageIdProblem(id)),
    /** Pages in other languages than Swedish, as `/<language>/<slug>`, for purging the edge. */
    translatedPaths: (addresses?.translatedPages ?? []).flatMap(({ language, slug }) =>
      language && slug && !languageIdProblem(language) && !slugFormatProblem(slug) ? [`/${language}/${slug}`] : [],
    ),
    quickExit: {
      label: addresses?.quickExit?.label || FALLBACK_SETTINGS.quickExitLabel,
      url: addresses?.quickExit?.url ?? FALLBACK_SETTINGS.quickExitUrl,
    },
  }))

export type Addresses = z.output<typeof addressesSchema>
