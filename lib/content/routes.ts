import { z } from 'zod'

import type { ROUTES_QUERY_RESULT, SHORT_LINK_BY_PATH_QUERY_RESULT } from '@/sanity.types'
import { shortLinkPathProblem, slugFormatProblem } from '@/sanity/schemaTypes/rules/paths'

import { pagePath, sitePath } from './links'
import { reportContentProblem } from './report'
import { shapeOf, type ItemOf } from './shape'

type PageRouteResult = ItemOf<NonNullable<ROUTES_QUERY_RESULT>['pages']>
type ShortLinkRouteResult = ItemOf<NonNullable<ROUTES_QUERY_RESULT>['shortLinks']>

const pageRouteSchema = z.object(
  shapeOf<PageRouteResult>()({
    _id: z.string(),
    _updatedAt: z.string(),
    slug: z.string(),
    noIndex: z.boolean().nullish(),
    isStartPage: z.boolean().nullish(),
  }),
)

const shortLinkRouteSchema = z.object(shapeOf<ShortLinkRouteResult>()({ _id: z.string(), path: z.string() }))

export type PageRoute = { slug: string; updatedAt: string; noIndex: boolean; isStartPage: boolean }

/**
 * Every address the content defines. A slug or short-link path the Studio would refuse (reserved,
 * malformed) is left out and logged, so one bad document cannot break the build.
 */
export const routesSchema = z
  .object({ pages: z.array(z.unknown()).nullish(), shortLinks: z.array(z.unknown()).nullish() })
  .nullish()
  .transform((routes) => {
    const pages = (routes?.pages ?? []).flatMap((item): PageRoute[] => {
      const parsed = pageRouteSchema.safeParse(item)
      const problem = parsed.success ? slugFormatProblem(parsed.data.slug) : 'malformed'
      if (!parsed.success || problem) {
        reportContentProblem(`page route skipped (${problem})`, parsed.error)
        return []
      }
      const { slug, _updatedAt, noIndex, isStartPage } = parsed.data
      return [{ slug, updatedAt: _updatedAt, noIndex: noIndex ?? false, isStartPage: isStartPage ?? false }]
    })
    const shortLinkPaths = (routes?.shortLinks ?? []).flatMap((item) => {
      const parsed = shortLinkRouteSchema.safeParse(item)
      const problem = parsed.success ? shortLinkPathProblem(parsed.data.path) : 'malformed'
      if (!parsed.success || problem) {
        reportContentProblem(`short link skipped (${problem})`, parsed.error)
        return []
      }
      return [parsed.data.path]
    })
    return { pages, shortLinkPaths }
  })

export type Routes = z.output<typeof routesSchema>

export type Redirect = { destination: string; permanent: boolean }

const shortLinkSchema = z.object(
  shapeOf<NonNullable<SHORT_LINK_BY_PATH_QUERY_RESULT>>()({
    _id: z.string(),
    path: z.string(),
    permanent: z.boolean().nullish(),
    destination: z
      .object({
        type: z.enum(['page', 'path']).nullish(),
        path: z.string().nullish(),
        page: z.object({ _id: z.string(), slug: z.string().nullish(), isStartPage: z.boolean().nullish() }).nullish(),
      })
      .nullish(),
  }),
)

/** Where a short link sends visitors, or null when it leads nowhere (then the address is a 404). */
export const shortLinkRedirectSchema = z.unknown().transform((value): Redirect | null => {
  if (value === null || value === undefined) return null
  const parsed = shortLinkSchema.safeParse(value)
  if (!parsed.success) {
    reportContentProblem('short link skipped', parsed.error)
    return null
  }
  const { path, destination, permanent } = parsed.data
  const target =
    destination?.type === 'page'
      ? pagePath(destination.page ? { slug: destination.page.slug ?? null, isStartPage: destination.page.isStartPage ?? false } : null)
      : sitePath(destination?.path)
  if (!target || target === path) {
    reportContentProblem(`short link ${path} leads nowhere; answering 404`)
    return null
  }
  return { destination: target, permanent: permanent ?? false }
})
