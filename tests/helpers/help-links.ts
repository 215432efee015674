/**
 * Help links as the published content has them, and the pages that must list each one, for browser
 * tests that check what visitors see. The rules come from the content model: a page lists a help
 * link when one of its help-link sections picks it by hand, or lists its audience (links for
 * "everyone" are in every audience's list); the help page lists them all.
 */
import type { SanityClient } from '@sanity/client'

import { audienceFilters } from '@/vocabulary/help-audiences'

import { HELP_PATH, PAGE_PATH_GROQ } from './sitemap'

export interface HelpLinkContent {
  _id: string
  name: string
  description: string
  audiences: string[]
  /** Channels are shown only once a named person has checked them; until then the organisation's address. */
  verified: boolean
  providerUrl: string | null
  channels: { _type: string; number?: string; url?: string; address?: string }[]
}

const HELP_LINKS_QUERY = `*[_type == "helpLink"]{
  _id, name, description, audiences, providerUrl,
  "verified": defined(verification.checkedAt) && defined(verification.checkedBy) && verification.checkedBy != "",
  "channels": coalesce(channels[]{_type, number, url, address}, [])
}`

export function publishedHelpLinks(client: SanityClient): Promise<HelpLinkContent[]> {
  return client.fetch<HelpLinkContent[]>(HELP_LINKS_QUERY, {}, { perspective: 'published' })
}

/** The links an audience's list shows: those for the audience and those for everyone. */
export function linksForAudience<Link extends Pick<HelpLinkContent, 'audiences'>>(
  links: Link[],
  audience: string,
): Link[] {
  return links.filter((link) => link.audiences.includes(audience) || link.audiences.includes('everyone'))
}

interface PageListing {
  path: string
  helpLinkIds: string[]
}

/** Each campaign page's path and the ids of the help links its help-link sections list. */
export async function helpLinksByPage(client: SanityClient): Promise<PageListing[]> {
  const pages = await client.fetch<{ path: string; sections: (string[] | null)[] | null }[]>(
    `*[_type == "page" && defined(slug.current)]{
      "path": ${PAGE_PATH_GROQ},
      "sections": sections[_type == "helpLinksSection"]{
        "ids": select(
          mode == "audience" => *[_type == "helpLink" && (^.audience in audiences || "everyone" in audiences)]._id,
          links[]._ref
        )
      }.ids
    }`,
    {},
    { perspective: 'published' },
  )
  return pages.map((page) => ({
    path: page.path,
    helpLinkIds: (page.sections ?? []).flatMap((ids) => ids ?? []),
  }))
}

/** Every public path that lists the help link: the help page, its audience pages and campaign pages. */
export async function pathsListing(client: SanityClient, link: HelpLinkContent): Promise<string[]> {
  const audiencePaths = audienceFilters
    .filter((filter) => link.audiences.includes(filter.audience) || link.audiences.includes('everyone'))
    .map((filter) => filter.href)
  const campaignPaths = (await helpLinksByPage(client))
    .filter((page) => page.helpLinkIds.includes(link._id))
    .map((page) => page.path)
  return [HELP_PATH, ...audiencePaths, ...campaignPaths]
}
