/**
 * The 'use cache' handler (`cacheHandlers.default` in next.config.ts): content query results
 * (lib/content/fetch.ts), shared by every instance through Redis (connection.ts).
 *
 * Reads ask Redis first and fall back to Next's own in-memory handler, which keeps a copy of
 * everything this instance stored, for when Redis is away. Entries from Redis keep Next's
 * stale-while-revalidate meaning: past `revalidate` they are served while Next renders a fresh one,
 * so a content backend that is down never empties the cache. Tags are checked against Next's tag
 * manifest, which connection.ts keeps in step with every instance.
 */
import { createRequire } from 'node:module'
import { deserialize, serialize } from 'node:v8'

import { sharedConnection } from './connection.ts'

type CacheHandler = import('next/dist/server/lib/cache-handlers/types.js').CacheHandler
type CacheEntry = import('next/dist/server/lib/cache-handlers/types.js').CacheEntry
type StoredEntry = Omit<CacheEntry, 'value'> & { value: Buffer }

const require = createRequire(import.meta.url)
const { createDefaultCacheHandler } =
  require('next/dist/server/lib/cache-handlers/default.js') as typeof import('next/dist/server/lib/cache-handlers/default.js')
const { areTagsExpired, areTagsStale } =
  require('next/dist/server/lib/incremental-cache/tags-manifest.external.js') as typeof import('next/dist/server/lib/incremental-cache/tags-manifest.external.js')
const { streamFromBuffer, streamToBuffer } =
  require('next/dist/server/stream-utils/node-web-streams-helper.js') as typeof import('next/dist/server/stream-utils/node-web-streams-helper.js')

/** The size Next gives its own in-memory handler. */
const LOCAL_COPY_BYTES = 50 * 1024 * 1024

const shared = sharedConnection()
const local = createDefaultCacheHandler(LOCAL_COPY_BYTES)
/** Entries being stored: a read of the same key waits for them (the handler contract). */
const pendingSets = new Map<string, Promise<void>>()

const handler: CacheHandler = {
  async get(cacheKey, softTags) {
    await pendingSets.get(cacheKey)
    const stored = await shared.readEntry('data', cacheKey)
    if (!stored) return local.get(cacheKey, softTags)
    const { value, ...entry } = deserialize(stored) as StoredEntry
    if (areTagsExpired(entry.tags, entry.timestamp)) return undefined
    const revalidate = areTagsStale(entry.tags, entry.timestamp) ? -1 : entry.revalidate
    return { ...entry, revalidate, value: streamFromBuffer(value) }
  },

  async set(cacheKey, pendingEntry) {
    const stored = (async () => {
      const { value: stream, ...entry } = await pendingEntry
      const value = await streamToBuffer(stream)
      await local.set(cacheKey, Promise.resolve({ ...entry, value: streamFromBuffer(value) }))
      // An entry that expires at once is dynamic: Next renders it on every read (as its own handler).
      if (entry.expire === 0) return
      await shared.writeEntry('data', cacheKey, serialize({ ...entry, value } satisfies StoredEntry), entry.expire)
    })()
    const settled = stored.catch(() => {})
    pendingSets.set(cacheKey, settled)
    await settled.finally(() => pendingSets.delete(cacheKey))
  },

  // The manifest is kept current by connection.ts as tag expiries arrive.
  refreshTags: () => Promise.resolve(),
  getExpiration: (tags) => local.getExpiration(tags),
  updateTags: (tags, durations) => shared.expireTags(tags, durations),
}

export default handler
