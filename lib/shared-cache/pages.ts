/**
 * Next's incremental cache (`cacheHandler` in next.config.ts): rendered pages, share images and
 * metadata routes, shared by every instance through Redis (connection.ts).
 *
 * Reads ask Redis first, so an instance serves what any instance rendered last, and a new instance
 * serves its first page without rendering it. When Redis has no entry, or cannot be reached, the
 * instance's own copy answers: Next's file-system cache, which holds what this instance rendered
 * and the pages prerendered at build. Writes go to both. Whether an entry is still fresh is Next's
 * own decision, against the tag manifest that connection.ts keeps in step with every instance.
 */
import { createRequire } from 'node:module'
import { deserialize, serialize } from 'node:v8'

import { sharedConnection, type Durations } from './connection.ts'

type FileSystemCacheModule = typeof import('next/dist/server/lib/incremental-cache/file-system-cache.js')
type FileSystemCache = InstanceType<FileSystemCacheModule['default']>
type HandlerGet = FileSystemCache['get']
type HandlerSet = FileSystemCache['set']
type Stored = NonNullable<Awaited<ReturnType<HandlerGet>>>

const require = createRequire(import.meta.url)
const FileSystemCacheClass = (
  require('next/dist/server/lib/incremental-cache/file-system-cache.js') as FileSystemCacheModule
).default

export default class SharedPageCache {
  private readonly local: FileSystemCache
  private readonly shared = sharedConnection()

  // Next makes one handler per request; the state that matters lives in module scope and Redis.
  constructor(context: ConstructorParameters<FileSystemCacheModule['default']>[0]) {
    this.local = new FileSystemCacheClass(context)
  }

  async get(...[key, context]: Parameters<HandlerGet>): Promise<Stored | null> {
    const stored = await this.shared.readEntry('page', key)
    if (stored) return deserialize(stored) as Stored
    return this.local.get(key, context)
  }

  async set(...[key, data, context]: Parameters<HandlerSet>): Promise<void> {
    await this.local.set(key, data, context)
    if (!data) return
    const cacheControl = 'cacheControl' in context ? context.cacheControl : undefined
    const entry: Stored = { lastModified: Date.now(), value: data, cacheControl }
    await this.shared.writeEntry('page', key, serialize(entry), cacheControl?.expire ?? Number.POSITIVE_INFINITY)
  }

  async revalidateTag(tags: string | string[], durations?: Durations): Promise<void> {
    await this.shared.expireTags(typeof tags === 'string' ? [tags] : tags, durations)
  }

  resetRequestCache(): void {}
}
