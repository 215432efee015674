import type { QueryParams } from '@sanity/client'
import { z } from 'zod'

import { accessibilityStatementSchema } from './accessibility'
import { helpLinksSchema } from './help-links'
import { campaignMaterialQuerySchema } from './material'
import { pageSchema, type Page } from './page'
import { addressesSchema, routesSchema } from './routes'
import { securityTxtSchema } from './security-txt'
import { settingsSchema } from './settings'
import { contentTags } from './tags'
import {
  ACCESSIBILITY_STATEMENT_QUERY,
  ADDRESSES_QUERY,
  CAMPAIGN_MATERIAL_QUERY,
  HELP_LINKS_QUERY,
  PAGE_BY_SLUG_QUERY,
  ROUTES_QUERY,
  SECURITY_TXT_QUERY,
  SETTINGS_QUERY,
  START_PAGE_QUERY,
} from '@/lib/queries'

/** One read: a GROQ query, its parameters, the zod schema for its result, and its cache tags. */
export type ContentQuery<Params extends QueryParams, Result> = {
  query: string
  /** The parameters the query takes, declared once: their type for callers, checked before each read. */
  params: z.ZodType<Params>
  schema: z.ZodType<Result>
  /** Tags that cannot be read off the result; the ids of documents in it are added automatically. */
  tags: (params: Params, result: Result) => string[]
  /** At build time an empty result fails the build instead of shipping an empty site. */
  requiredAtBuild?: boolean
}

const contentQuery = <Params extends QueryParams, Result>(definition: ContentQuery<Params, Result>) => definition

/** For queries without parameters: callers pass `{}`. */
const noParams = z.record(z.string(), z.never())

/**
 * Every read the site makes: the query, its parameters, the zod schema that checks its result, and
 * the cache tags that cannot be read off the result (the ids of documents in it are added
 * automatically).
 *
 * The extra tags cover what a result does not contain yet: a page slug nobody has taken (a later
 * publish must turn that 404 into a page) and lists that select by filter (any new help link may
 * belong in them).
 */
const definitions = {
  settings: contentQuery({
    query: SETTINGS_QUERY,
    params: noParams,
    schema: settingsSchema,
    tags: () => [contentTags.document('settings')],
    requiredAtBuild: true,
  }),
  startPage: contentQuery({
    query: START_PAGE_QUERY,
    params: noParams,
    schema: pageSchema,
    tags: (_params, page) => [contentTags.document('settings'), ...listTags(page)],
  }),
  page: contentQuery({
    query: PAGE_BY_SLUG_QUERY,
    params: z.object({ slug: z.string() }),
    schema: pageSchema,
    tags: ({ slug }, page) => [contentTags.pageSlug(slug), ...listTags(page)],
  }),
  /** Never cached: the proxy keeps it itself (addresses.ts). */
  addresses: contentQuery({
    query: ADDRESSES_QUERY,
    params: noParams,
    schema: addressesSchema,
    tags: () => [],
  }),
  routes: contentQuery({
    query: ROUTES_QUERY,
    params: noParams,
    schema: routesSchema,
    tags: () => [contentTags.type('page'), contentTags.document('settings')],
  }),
  helpLinks: contentQuery({
    query: HELP_LINKS_QUERY,
    params: noParams,
    schema: helpLinksSchema,
    tags: () => [contentTags.type('helpLink')],
  }),
  securityTxt: contentQuery({
    query: SECURITY_TXT_QUERY,
    params: noParams,
    schema: securityTxtSchema,
    tags: () => [contentTags.document('settings')],
  }),
  accessibilityStatement: contentQuery({
    query: ACCESSIBILITY_STATEMENT_QUERY,
    params: noParams,
    schema: accessibilityStatementSchema,
    tags: () => [contentTags.document('accessibilityStatement')],
  }),
  campaignMaterial: contentQuery({
    query: CAMPAIGN_MATERIAL_QUERY,
    params: z.object({ slug: z.string() }),
    schema: campaignMaterialQuerySchema,
    // A piece published later under this slug must replace the 404.
    tags: () => [contentTags.type('campaignMaterial')],
  }),
}

type Definitions = typeof definitions
export type ContentQueryName = keyof Definitions
/** The parameters a named query takes. */
export type ParamsOf<Name extends ContentQueryName> =
  Definitions[Name] extends ContentQuery<infer Params, infer _Result> ? Params : never
/** What a named query returns once its zod schema has checked it. */
export type ResultOf<Name extends ContentQueryName> =
  Definitions[Name] extends ContentQuery<infer _Params, infer Result> ? Result : never

/**
 * Typed per name, so that code taking any name sees that query's own parameters and result
 * (TypeScript's pattern for records whose entries differ in type).
 */
export const contentQueries: { [Name in ContentQueryName]: ContentQuery<ParamsOf<Name>, ResultOf<Name>> } = definitions

/**
 * Sections that list documents by filter must show new ones: a help-link section listing by
 * audience a new link for that audience, the campaign material section any new material.
 */
function listTags(page: Page | null): string[] {
  return (page?.sections ?? []).flatMap((section) => {
    if (section._type === 'helpLinksSection' && section.mode === 'audience' && section.audience) {
      return [contentTags.audience(section.audience)]
    }
    if (section._type === 'campaignMaterialSection') return [contentTags.type('campaignMaterial')]
    return []
  })
}
