/**
 * What the site's own code (bundled by Next) may ask of the shared cache. The cache handlers
 * (`connection.ts`, loaded by Next's server directly, outside the bundles) own the one Redis
 * connection of a server process and publish this object on `globalThis`. Without `REDIS_URL`
 * (`npm run dev`, one instance, the build) there is none, and every caller goes on alone.
 */
export interface SharedCache {
  /** Tells every other instance that something changed (e.g. the address table). */
  publish(channel: SharedChannel): void
  /** Runs `listener` when another instance publishes on `channel`. */
  subscribe(channel: SharedChannel, listener: () => void): void
  /** Keeps a small JSON document every instance can read, e.g. a copy of the address table. */
  saveDocument(name: string, json: string): void
  loadDocument(name: string): Promise<string | null>
  /**
   * Resolves once each tag has been expired `since` then (Next applies a route's revalidateTag after
   * it answers) and that expiry written to Redis, or kept for later because Redis is away; after
   * `timeoutMs` at the latest.
   */
  tagsShared(tags: string[], since: number, timeoutMs: number): Promise<void>
  /** For the readiness endpoint and monitoring. */
  status(): { connected: boolean; pendingTagWrites: number }
}

export type SharedChannel = 'addresses'

export const SHARED_CACHE_KEY = Symbol.for('somliga-tror.shared-cache')

/** The process's shared cache, or undefined when the site runs without Redis. */
export function sharedCache(): SharedCache | undefined {
  return (globalThis as { [SHARED_CACHE_KEY]?: SharedCache })[SHARED_CACHE_KEY]
}
