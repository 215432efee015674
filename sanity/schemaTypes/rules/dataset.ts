import { getPublishedId, type CustomValidatorResult, type ValidationContext } from 'sanity'

import { apiVersion } from '../../../vocabulary/api-version'
import { DEFAULT_LANGUAGE_ID, languagePrefix } from '../../../vocabulary/languages'
import { shortLinkPathProblem, sitePathProblem, slugFormatProblem } from '../../../vocabulary/paths'
import {
  brokenShortLinkIds,
  findRedirectLoop,
  missingTargetProblem,
  routePath,
  type PublishedShortLink,
  type SiteAddresses,
} from './paths'

/**
 * Validation that needs the dataset: page slugs and short-link paths share one address space,
 * and short links must not send visitors round in circles. Drafts count as well as published
 * documents, so two editors cannot claim the same address at the same time.
 */

/** Every document but the one being edited (in any of its versions) and release versions. */
const OTHERS = '!(_id in [$draftId, $publishedId]) && !(_id in path("versions.**"))'

function datasetOf(context: ValidationContext) {
  const publishedId = getPublishedId(context.document?._id ?? '')
  return {
    client: context.getClient({ apiVersion }).withConfig({ perspective: 'raw' }),
    params: { draftId: `drafts.${publishedId}`, publishedId },
  }
}

export async function pageSlugRule(
  value: { current?: string } | undefined,
  context: ValidationContext,
): Promise<CustomValidatorResult> {
  const slug = value?.current
  if (!slug) return true
  const formatProblem = slugFormatProblem(slug)
  if (formatProblem) return formatProblem

  // Slugs are unique within a language: /om-lagen and /lattlast/om-lagen are two addresses.
  const language = (context.document as { language?: string } | undefined)?.language ?? DEFAULT_LANGUAGE_ID
  const isDefault = language === DEFAULT_LANGUAGE_ID
  const { client, params } = datasetOf(context)
  const clash = await client.fetch<{ page: string | null; shortLink: boolean; language: boolean }>(
    `{
      "page": *[_type == "page" && slug.current == $slug && coalesce(language, $defaultLanguage) == $language && ${OTHERS}][0].title,
      "shortLink": $isDefault && defined(*[_type == "shortLink" && path == $path && !(_id in path("versions.**"))][0]._id),
      "language": $isDefault && $slug in *[_id == "settings"][0].languages[].id
    }`,
    { ...params, slug, path: `/${slug}`, language, defaultLanguage: DEFAULT_LANGUAGE_ID, isDefault },
    { signal: context.signal },
  )
  const address = `${languagePrefix(language)}/${slug}`
  if (clash.page !== null)
    return `Adressen ${address} används redan av kampanjsidan "${clash.page}". Välj en annan adress.`
  if (clash.shortLink)
    return `Adressen /${slug} används redan av en kortlänk. Välj en annan adress eller ändra kortlänken.`
  if (clash.language) return `Adressen /${slug} är början på adresserna för ett annat språk. Välj en annan adress.`
  return true
}

export async function shortLinkPathRule(
  path: string | undefined,
  context: ValidationContext,
): Promise<CustomValidatorResult> {
  if (!path) return true
  const formatProblem = shortLinkPathProblem(path)
  if (formatProblem) return formatProblem

  const { client, params } = datasetOf(context)
  const segments = path.split('/').slice(1)
  const clash = await client.fetch<{ shortLink: boolean; page: string | null }>(
    `{
      "shortLink": defined(*[_type == "shortLink" && path == $path && ${OTHERS}][0]._id),
      "page": *[_type == "page" && slug.current == $slug && !(_id in path("versions.**"))][0].title
    }`,
    // Pages live one level down, so only a one-segment path can hit a page.
    { ...params, path, slug: segments.length === 1 ? segments[0] : null },
    { signal: context.signal },
  )
  if (clash.shortLink) return `Det finns redan en kortlänk ${path}.`
  if (clash.page !== null) return `${path} är adressen till kampanjsidan "${clash.page}". Välj en annan kortlänk.`
  return true
}

type ShortLinkRoute = { _id: string; path?: string; destination?: { type?: string; path?: string } }

/** Page slugs (published, and those only a draft has) and published short-link paths. */
export const SITE_ADDRESSES_QUERY = `{
  "pages": *[_type == "page" && defined(slug.current) && !(_id in path("versions.**"))]{
    "draft": _id in path("drafts.**"),
    "slug": slug.current
  },
  "shortLinks": *[_type == "shortLink" && defined(path) && !(_id in path("drafts.**")) && !(_id in path("versions.**"))].path
}`

type SiteAddressesResult = { pages: { draft: boolean; slug: string }[]; shortLinks: string[] }

/** What a visitor can reach, from the answer to SITE_ADDRESSES_QUERY read with the raw perspective. */
export function siteAddressesOf({ pages, shortLinks }: SiteAddressesResult): SiteAddresses {
  const publishedSlugs = new Set(pages.filter(({ draft }) => !draft).map(({ slug }) => slug))
  const draftSlugs = new Set(
    pages.filter(({ draft, slug }) => draft && !publishedSlugs.has(slug)).map(({ slug }) => slug),
  )
  return { publishedSlugs, draftSlugs, shortLinks: new Set(shortLinks) }
}

/** Published short links with their targets, and what visitors can reach: read with the raw perspective. */
export const SHORT_LINKS_TO_CHECK_QUERY = `{
  "links": *[_type == "shortLink" && !(_id in path("drafts.**")) && !(_id in path("versions.**"))]{
    _id,
    destination{type, path, "pageSlug": page->slug.current}
  },
  ...${SITE_ADDRESSES_QUERY}
}`

/** The ids of the published short links whose target a visitor can no longer reach. */
export function shortLinksToCheck({ links, ...addresses }: SiteAddressesResult & { links: PublishedShortLink[] }) {
  return brokenShortLinkIds(links, siteAddressesOf(addresses))
}

/**
 * Refuses a destination path that leads back to this short link, directly or through other short
 * links, or to nothing a visitor can see: a poster must never lead to "Sidan finns inte". (A
 * destination page must be published too; Sanity's reference check says so.)
 */
export async function shortLinkDestinationRule(
  destination: ShortLinkRoute['destination'],
  context: ValidationContext,
): Promise<CustomValidatorResult> {
  const ownPath = (context.document as { path?: string } | undefined)?.path
  if (destination?.type !== 'path' || !destination.path || !ownPath) return true
  if (routePath(destination.path) === ownPath)
    return 'Kortlänken leder till sig själv. Välj en sida eller en annan adress.'

  const { client, params } = datasetOf(context)
  const others = await client.fetch<ShortLinkRoute[]>(
    `*[_type == "shortLink" && ${OTHERS}]{_id, path, destination}`,
    params,
    {
      signal: context.signal,
    },
  )
  // A draft is what its document is about to become, so it stands in for the published version.
  const current = new Map<string, ShortLinkRoute>()
  for (const route of others) {
    const id = getPublishedId(route._id)
    if (!current.has(id) || route._id.startsWith('drafts.')) current.set(id, route)
  }
  const destinationOf = new Map<string, string>()
  for (const route of current.values()) {
    if (route.path && route.destination?.type === 'path' && route.destination.path) {
      destinationOf.set(route.path, routePath(route.destination.path))
    }
  }
  destinationOf.set(ownPath, routePath(destination.path))

  const loop = findRedirectLoop(ownPath, destinationOf)
  if (loop)
    return `Kortlänkarna leder runt i en slinga: ${loop.join(' → ')}. Låt kortlänken leda till en sida eller en annan adress.`

  // A malformed path has its own message at the field.
  if (sitePathProblem(destination.path)) return true
  const addresses = siteAddressesOf(
    await client.fetch<SiteAddressesResult>(SITE_ADDRESSES_QUERY, {}, { signal: context.signal }),
  )
  return missingTargetProblem(destination.path, addresses) ?? true
}
