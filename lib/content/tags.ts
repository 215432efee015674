import { DEFAULT_LANGUAGE_ID } from '@/vocabulary/languages'
import { AUDIENCES } from '@/vocabulary/lists'

/**
 * Cache tag rules: which tags a cached result carries, and which tags a published change expires.
 * Both sides live here so that they cannot disagree.
 */

export const contentTags = {
  /** Every cached result that contains this document. */
  document: (id: string) => `doc:${id}`,
  /** Lists of every document of a type (routes, sitemap, the help page). */
  type: (type: string) => `type:${type}`,
  /** The page at this slug in a language, also while none exists (a 404 that a publish must turn into a page). */
  pageSlug: (language: string, slug: string) => `slug:${language}:${slug}`,
  /** Pages in other languages that link to the page at this slug (its translations); expired when the address changes. */
  pageLink: (language: string, slug: string) => `link:${language}:${slug}`,
  /** Help-link sections that list links by audience. */
  audience: (audience: string) => `audience:${audience}`,
  /** Carried by results too large to tag one document at a time; every change expires it. */
  everything: 'content:all',
  /** Campaign material files (lib/material/file.ts) that show this document. */
  drawnFrom: (id: string) => `drawn:${id}`,
  /** Campaign material files at this slug, also while none exists (a 404 a publish must turn into files). */
  materialSlug: (slug: string) => `material:${slug}`,
}

/** Next keeps at most 128 tags per cache entry; a page's entry gathers tags from several queries. */
const MAX_DOCUMENT_TAGS = 64

/** Assets are immutable (their ids are content hashes), so they need no tags. */
const isAssetId = (id: string) => id.startsWith('image-') || id.startsWith('file-')

/** The ids of every document in a query result (`_id` of documents, `_ref` of references). */
export function documentIdsIn(value: unknown, ids = new Set<string>()): Set<string> {
  if (Array.isArray(value)) {
    for (const item of value) documentIdsIn(item, ids)
  } else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if ((key === '_id' || key === '_ref') && typeof child === 'string') {
        if (!isAssetId(child)) ids.add(child)
      } else {
        documentIdsIn(child, ids)
      }
    }
  }
  return ids
}

/** The tags for a cached result: the given ones, plus one per document it contains. */
export function tagsInResult(result: unknown, extraTags: readonly string[]): string[] {
  const ids = [...documentIdsIn(result)]
  const documentTags = ids.length <= MAX_DOCUMENT_TAGS ? ids.map(contentTags.document) : [contentTags.everything]
  return [...new Set([...extraTags, ...documentTags])]
}

/** What the publish webhook reports about one changed document (its projection in docs/webhooks.md). */
export type ContentChange = {
  _id: string
  _type: string
  /** The page's language; pages without one are Swedish. */
  language?: string | null
  slug?: { before?: string | null; after?: string | null } | null
  audiences?: { before?: string[] | null; after?: string[] | null } | null
}

const ALL_AUDIENCES = AUDIENCES.map((audience) => audience.value)

function beforeAndAfter<T>(pair: { before?: T | null; after?: T | null } | null | undefined): T[] {
  return [pair?.before, pair?.after].filter((value): value is T => value !== null && value !== undefined)
}

/**
 * The tags to expire after a document was published, unpublished or deleted: the document itself
 * (every page showing it), its old and new address, and the lists it is or was in.
 */
export function tagsForChange(change: ContentChange): string[] {
  const tags = [contentTags.document(change._id), contentTags.everything]
  switch (change._type) {
    case 'page': {
      const language = change.language ?? DEFAULT_LANGUAGE_ID
      const slugs = beforeAndAfter(change.slug)
      tags.push(contentTags.type('page'), ...slugs.map((slug) => contentTags.pageSlug(language, slug)))
      // Only a new or lost address concerns the page's other language versions (their language link).
      if (change.slug?.before !== change.slug?.after) {
        tags.push(...slugs.map((slug) => contentTags.pageLink(language, slug)))
      }
      break
    }
    case 'translation.metadata':
      tags.push(contentTags.type('translation.metadata'))
      break
    case 'helpLink': {
      const audiences = new Set(beforeAndAfter(change.audiences).flat())
      // A link for everyone is listed in every audience's section.
      const affected = audiences.has('everyone')
        ? ALL_AUDIENCES
        : ALL_AUDIENCES.filter((audience) => audiences.has(audience))
      tags.push(contentTags.type('helpLink'), ...affected.map(contentTags.audience))
      break
    }
    case 'campaignMaterial':
      tags.push(contentTags.type('campaignMaterial'))
      break
  }
  return [...new Set(tags)]
}

/**
 * The tags to expire at once, not stale-while-revalidate, after a document was published,
 * unpublished or deleted: campaign material files that show it. A file takes seconds to draw, and
 * a print shop that downloads it right after a correction must get the corrected one, so the next
 * request draws it again instead of getting the old file while a new one is drawn.
 */
export function tagsToExpireAtOnce(change: ContentChange): string[] {
  const tags = [contentTags.drawnFrom(change._id)]
  if (change._type === 'campaignMaterial') tags.push(...beforeAndAfter(change.slug).map(contentTags.materialSlug))
  return [...new Set(tags)]
}
