/**
 * Perspectives: which documents a query sees. `raw` sees every document as stored, `published`
 * hides drafts and release versions, `drafts` shows each draft in place of its published document,
 * and a release stack (`rA,rB,drafts`) shows, per document, the first of its versions in the stack
 * order, falling back to the published one; a version marked to unpublish (`_system.delete`) hides
 * its document. Overlaid documents keep the published `_id` and carry their real id in
 * `_originalId`, as Sanity does.
 */
import { badRequest } from '../errors.ts'
import { isDraftId, isPublicId, isVersionId, publishedIdOf, releaseOf } from '../store/ids.ts'
import type { SanityDocument } from '../store/types.ts'

export type Perspective =
  | { kind: 'raw' }
  | { kind: 'published' }
  /** Highest priority first; `drafts` may appear as a layer; the published documents are always the base. */
  | { kind: 'stack'; layers: string[] }

/** API versions from this date on default to `published`; earlier ones default to `raw`. */
const PUBLISHED_DEFAULT_FROM = '2025-02-19'
const RELEASE_NAME = /^[a-zA-Z0-9_-]{1,64}$/

/** The perspective of a request: its `perspective` parameter, or the API version's default. */
export function parsePerspective(value: string | null | undefined, apiVersion: string): Perspective {
  if (!value) return defaultPerspective(apiVersion)
  const names = value
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean)
  if (names.length === 1) {
    if (names[0] === 'raw') return { kind: 'raw' }
    if (names[0] === 'published') return { kind: 'published' }
    if (names[0] === 'previewDrafts') return { kind: 'stack', layers: ['drafts'] }
  }
  const layers = names.filter((name) => name !== 'published')
  for (const name of names) {
    if (name === 'raw' || name === 'previewDrafts' || !RELEASE_NAME.test(name)) {
      throw badRequest(
        `Invalid perspective "${value}": expected "raw", "published", "drafts" or a list of release names`,
      )
    }
  }
  return layers.length === 0 ? { kind: 'published' } : { kind: 'stack', layers }
}

export function defaultPerspective(apiVersion: string): Perspective {
  const isDated = /^\d{4}-\d{2}-\d{2}$/.test(apiVersion)
  if (apiVersion === 'X' || (isDated && apiVersion >= PUBLISHED_DEFAULT_FROM)) return { kind: 'published' }
  return { kind: 'raw' }
}

export function perspectiveKey(perspective: Perspective): string {
  return perspective.kind === 'stack' ? perspective.layers.join(',') : perspective.kind
}

/** The documents one perspective sees, in a form groq-js can scan and we can look up by id. */
export interface View {
  documents: SanityDocument[]
  byId: Map<string, SanityDocument>
}

/**
 * Builds the view of `source` for a perspective. `includePrivate` is false for anonymous requests:
 * documents on a sub-path (drafts, versions, anything with a dot) are then invisible, so `drafts`
 * and release stacks quietly reduce to the published documents, as on Sanity.
 */
export function buildView(
  source: ReadonlyMap<string, SanityDocument>,
  perspective: Perspective,
  includePrivate: boolean,
): View {
  const visible = (id: string) => includePrivate || isPublicId(id)
  const byId = new Map<string, SanityDocument>()
  if (perspective.kind === 'raw') {
    for (const [id, doc] of source) if (visible(id)) byId.set(id, doc)
  } else if (perspective.kind === 'published') {
    for (const [id, doc] of source) if (visible(id) && !isDraftId(id) && !isVersionId(id)) byId.set(id, doc)
  } else {
    buildStack(source, perspective.layers, visible, byId)
  }
  return { documents: [...byId.values()], byId }
}

function buildStack(
  source: ReadonlyMap<string, SanityDocument>,
  layers: string[],
  visible: (id: string) => boolean,
  byId: Map<string, SanityDocument>,
): void {
  const rank = (id: string): number => {
    if (isDraftId(id)) return layers.indexOf('drafts')
    const release = releaseOf(id)
    if (release) return layers.indexOf(release)
    return isVersionId(id) ? -1 : layers.length
  }
  // For each published id, the best-ranked visible document of its group (lower rank wins).
  const best = new Map<string, { rank: number; doc: SanityDocument }>()
  for (const [id, doc] of source) {
    if (!visible(id)) continue
    const docRank = rank(id)
    if (docRank < 0) continue
    const publishedId = publishedIdOf(id)
    const current = best.get(publishedId)
    if (!current || docRank < current.rank) best.set(publishedId, { rank: docRank, doc })
  }
  for (const [publishedId, { doc }] of best) {
    // A version marked to unpublish its document: the perspective shows the dataset as if the
    // release were published, so the document is gone.
    if ((doc._system as { delete?: unknown } | undefined)?.delete === true) continue
    byId.set(publishedId, doc._id === publishedId ? doc : { ...doc, _id: publishedId, _originalId: doc._id })
  }
}
