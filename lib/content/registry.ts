import { accessibilityStatementSchema } from './accessibility'
import { helpLinksSchema } from './help-links'
import { pageSchema, type Page } from './page'
import { addressesSchema, routesSchema } from './routes'
import { securityTxtSchema } from './security-txt'
import { settingsSchema } from './settings'
import { contentTags } from './tags'
import {
  ACCESSIBILITY_STATEMENT_QUERY,
  ADDRESSES_QUERY,
  HELP_LINKS_QUERY,
  PAGE_BY_SLUG_QUERY,
  ROUTES_QUERY,
  SECURITY_TXT_QUERY,
  SETTINGS_QUERY,
  START_PAGE_QUERY,
} from '@/lib/queries'

/**
 * Every read the site makes: the query, the zod schema that checks its result, and the cache tags
 * that cannot be read off the result (the ids of documents in the result are added automatically).
 *
 * The extra tags cover what a result does not contain yet: a page slug nobody has taken (a later
 * publish must turn that 404 into a page) and lists that select by filter (any new help link may
 * belong in them).
 */
export const contentQueries = {
  settings: {
    query: SETTINGS_QUERY,
    schema: settingsSchema,
    tags: () => [contentTags.document('settings')],
    requiredAtBuild: true,
  },
  startPage: {
    query: START_PAGE_QUERY,
    schema: pageSchema,
    tags: (_params: Record<string, never>, page: Page | null) => [
      contentTags.document('settings'),
      ...audienceTags(page),
    ],
  },
  page: {
    query: PAGE_BY_SLUG_QUERY,
    schema: pageSchema,
    tags: ({ slug }: { slug: string }, page: Page | null) => [contentTags.pageSlug(slug), ...audienceTags(page)],
  },
  /** Never cached: the proxy keeps it itself (addresses.ts). */
  addresses: {
    query: ADDRESSES_QUERY,
    schema: addressesSchema,
    tags: () => [],
  },
  routes: {
    query: ROUTES_QUERY,
    schema: routesSchema,
    tags: () => [contentTags.type('page'), contentTags.document('settings')],
  },
  helpLinks: {
    query: HELP_LINKS_QUERY,
    schema: helpLinksSchema,
    tags: () => [contentTags.type('helpLink')],
  },
  securityTxt: {
    query: SECURITY_TXT_QUERY,
    schema: securityTxtSchema,
    tags: () => [contentTags.document('settings')],
  },
  accessibilityStatement: {
    query: ACCESSIBILITY_STATEMENT_QUERY,
    schema: accessibilityStatementSchema,
    tags: () => [contentTags.document('accessibilityStatement')],
  },
} as const

/** A help-link section that lists links by audience must show a new link for that audience. */
function audienceTags(page: Page | null): string[] {
  return (page?.sections ?? []).flatMap((section) =>
    section._type === 'helpLinksSection' && section.mode === 'audience' && section.audience
      ? [contentTags.audience(section.audience)]
      : [],
  )
}

export type ContentQueryName = keyof typeof contentQueries
/** The query parameters of a named query (what its `tags` function takes first). */
export type ParamsOf<Name extends ContentQueryName> =
  Parameters<(typeof contentQueries)[Name]['tags']> extends [infer P, ...unknown[]] ? P : Record<string, never>
