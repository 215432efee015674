/**
 * Document ids as Sanity reads them: `drafts.<id>` is a draft, `versions.<release>.<id>` a release
 * version, and any id with a dot lives on a path that anonymous readers cannot see.
 */
import { randomBytes } from 'node:crypto'

const DRAFTS_PREFIX = 'drafts.'
const VERSIONS_PREFIX = 'versions.'

/** Sanity's rule: letters, digits, `_`, `-` and `.`, at most 128 characters, not starting with `-`. */
const VALID_ID = /^[a-zA-Z0-9_.][a-zA-Z0-9_.-]{0,127}$/

export function isValidDocumentId(id: unknown): id is string {
  return typeof id === 'string' && VALID_ID.test(id) && !id.includes('..') && !id.endsWith('.')
}

export function isDraftId(id: string): boolean {
  return id.startsWith(DRAFTS_PREFIX)
}

export function isVersionId(id: string): boolean {
  return id.startsWith(VERSIONS_PREFIX)
}

/** The release name of a version id (`versions.<release>.<id>`), or undefined. */
export function releaseOf(id: string): string | undefined {
  if (!isVersionId(id)) return undefined
  const rest = id.slice(VERSIONS_PREFIX.length)
  const dot = rest.indexOf('.')
  return dot > 0 ? rest.slice(0, dot) : undefined
}

/** The published id a draft or version belongs to; the id itself for anything else. */
export function publishedIdOf(id: string): string {
  if (isDraftId(id)) return id.slice(DRAFTS_PREFIX.length)
  const release = releaseOf(id)
  if (release) return id.slice(VERSIONS_PREFIX.length + release.length + 1)
  return id
}

export function draftIdOf(id: string): string {
  return DRAFTS_PREFIX + publishedIdOf(id)
}

/** Ids with a dot sit on a sub-path: Sanity hides them from requests without a token. */
export function isPublicId(id: string): boolean {
  return !id.includes('.')
}

/** Base62 ids of the length Sanity uses for transaction ids and generated document ids. */
const ALPHABET = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'
export function randomId(length = 22): string {
  const bytes = randomBytes(length)
  let id = ''
  for (const byte of bytes) id += ALPHABET[byte % ALPHABET.length]
  return id
}
