/**
 * The one Redis connection of a server process, shared by the two cache handlers next.config.ts
 * registers: `pages.ts` (Next's incremental cache: rendered pages, share images, the sitemap) and
 * `data.ts` ('use cache': content query results). Why these thin handlers and not a library:
 * docs/deploy.md, "The shared cache".
 *
 * In Redis:
 * - entries, under the build's id so that a new build never serves an old build's pages:
 *   `<prefix>:<buildId>:page:<key>` and `<prefix>:<buildId>:data:<key>`, v8-serialised, living as
 *   long as the entry's `expire`;
 * - when each tag was last expired, for every build: the sorted sets `<prefix>:tags:stale` and
 *   `<prefix>:tags:expired` (member: tag, score: time in ms), only ever raised (`ZADD GT`), so that
 *   two instances writing at once, or a late replay, can never make an entry look fresher;
 * - small documents every instance reads (the address table): `<prefix>:doc:<name>`.
 *
 * Tag expiries are also published on `<prefix>:tags`; every instance copies them into Next's own
 * in-process tag manifest, which Next consults for every cached page and every 'use cache' entry.
 * So one webhook, received by one instance, expires the same pages on all of them.
 *
 * Redis down: commands fail at once (no offline queue, short timeouts) and the handlers use the
 * instance's own copies (memory, and the build's prerendered pages on disk). Tag expiries are
 * applied locally at once and written to Redis when it is back; on every reconnect the instance
 * reads all tag times again, so it catches up with what it missed.
 *
 * Loaded by Node directly (not bundled), so: erasable TypeScript, `.ts` imports, and Next's
 * internals through `require`.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { createClient, RESP_TYPES } from 'redis'

import { SHARED_CACHE_KEY, type SharedCache, type SharedChannel } from './bridge.ts'

const require = createRequire(import.meta.url)
const { tagsManifest } =
  require('next/dist/server/lib/incremental-cache/tags-manifest.external.js') as typeof import('next/dist/server/lib/incremental-cache/tags-manifest.external.js')

/** A command slower than this counts as Redis being unavailable: visitors must not wait on it. */
const COMMAND_TIMEOUT_MS = 250
const RECONNECT_MAX_DELAY_MS = 2_000

export type Durations = { expire?: number }
type TagTimes = { stale?: number; expired?: number }
export type EntryKind = 'page' | 'data'

const log = (message: string) => console.log(`[shared-cache] ${message}`)

/** What Next's own handlers write for a tag expiry (see cache-handlers/default.js). */
function timesFor(durations: Durations | undefined, now: number): TagTimes {
  if (!durations) return { expired: now }
  return durations.expire === undefined ? { stale: now } : { stale: now, expired: now + durations.expire * 1000 }
}

/** Copies tag times into Next's in-process manifest, keeping the later of each. */
function applyLocally(updates: Record<string, TagTimes>): void {
  for (const [tag, times] of Object.entries(updates)) {
    const known = tagsManifest.get(tag) ?? {}
    const later = (a?: number, b?: number) => (a === undefined ? b : b === undefined ? a : Math.max(a, b))
    tagsManifest.set(tag, { stale: later(known.stale, times.stale), expired: later(known.expired, times.expired) })
  }
}

function withTimeout<T>(promise: Promise<T>): Promise<T> {
  return Promise.race([
    promise,
    new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error(`no answer within ${COMMAND_TIMEOUT_MS} ms`)), COMMAND_TIMEOUT_MS).unref(),
    ),
  ])
}

function buildId(): string {
  try {
    return readFileSync(join(process.cwd(), '.next', 'BUILD_ID'), 'utf8').trim()
  } catch {
    return 'unbuilt'
  }
}

function connect(url: string) {
  const prefix = process.env.REDIS_KEY_PREFIX || 'somliga-tror'
  const keys = {
    entry: (kind: EntryKind, key: string) => `${prefix}:${buildId()}:${kind}:${key}`,
    stale: `${prefix}:tags:stale`,
    expired: `${prefix}:tags:expired`,
    tagChannel: `${prefix}:tags`,
    channel: (name: SharedChannel) => `${prefix}:changed:${name}`,
    document: (name: string) => `${prefix}:doc:${name}`,
  }
  const options = {
    url,
    // Fail at once while disconnected instead of queueing: the caller falls back to its own copy.
    disableOfflineQueue: true,
    socket: {
      connectTimeout: 1_000,
      reconnectStrategy: (retries: number) => Math.min(100 * 2 ** retries, RECONNECT_MAX_DELAY_MS),
    },
  }
  const client = createClient(options)
  const binary = client.withTypeMapping({ [RESP_TYPES.BLOB_STRING]: Buffer })
  const subscriber = createClient(options)

  let connected = false
  client.on('error', (error: Error) => {
    if (connected) log(`Redis unreachable (${error.message}); serving this instance's own copies until it is back`)
    connected = false
  })
  subscriber.on('error', () => {})

  /** Tag expiries this instance applied while Redis could not take them, written on reconnect. */
  const unwritten = new Map<string, Durations | undefined>()
  /** When each tag's last expiry was shared, and who waits for the next one (tagsShared). */
  const sharedAt = new Map<string, number>()
  const waiting = new Map<string, Set<() => void>>()

  async function writeTags(updates: Record<string, TagTimes>): Promise<void> {
    const stale = Object.entries(updates).flatMap(([tag, t]) => (t.stale ? [{ value: tag, score: t.stale }] : []))
    const expired = Object.entries(updates).flatMap(([tag, t]) => (t.expired ? [{ value: tag, score: t.expired }] : []))
    const transaction = client.multi()
    if (stale.length) transaction.zAdd(keys.stale, stale, { comparison: 'GT' })
    if (expired.length) transaction.zAdd(keys.expired, expired, { comparison: 'GT' })
    transaction.publish(keys.tagChannel, JSON.stringify(updates))
    await withTimeout(transaction.exec())
  }

  /** Reads every tag time (what this instance missed while away), then writes what it kept. */
  async function catchUp(): Promise<void> {
    const [stale, expired] = await Promise.all([
      client.zRangeWithScores(keys.stale, 0, -1),
      client.zRangeWithScores(keys.expired, 0, -1),
    ])
    const updates: Record<string, TagTimes> = {}
    for (const { value, score } of stale) updates[value] = { ...updates[value], stale: score }
    for (const { value, score } of expired) updates[value] = { ...updates[value], expired: score }
    applyLocally(updates)
    if (unwritten.size > 0) {
      // Written as of now: an entry rendered since then is expired once more, never one too few.
      const now = Date.now()
      const replay = Object.fromEntries([...unwritten].map(([tag, durations]) => [tag, timesFor(durations, now)]))
      unwritten.clear()
      applyLocally(replay)
      await writeTags(replay)
      log(`wrote ${Object.keys(replay).length} tag expiries made while Redis was away`)
    }
  }

  client.on('ready', () => {
    connected = true
    log(`connected to Redis (key prefix ${prefix})`)
    catchUp().catch((error: Error) => log(`could not read tag times: ${error.message}`))
  })

  const listeners = new Map<string, Set<() => void>>()
  void subscriber
    .connect()
    .then(() =>
      Promise.all([
        subscriber.subscribe(keys.tagChannel, (message: string) => applyLocally(JSON.parse(message))),
        ...(['addresses'] as const).map((name) =>
          subscriber.subscribe(keys.channel(name), () => listeners.get(name)?.forEach((listener) => listener())),
        ),
      ]),
    )
    .catch(() => {})
  void client.connect().catch(() => {})

  /** Applies a tag expiry here at once, and shares it through Redis (later, if Redis is away). */
  function expireTags(tags: string[], durations: Durations | undefined): Promise<void> {
    const now = Date.now()
    const updates = Object.fromEntries(tags.map((tag) => [tag, timesFor(durations, now)]))
    applyLocally(updates)
    return writeTags(updates)
      .catch((error: Error) => {
        for (const tag of tags) unwritten.set(tag, durations)
        log(`kept ${tags.length} tag expiries to write when Redis is back (${error.message})`)
      })
      .finally(() => {
        for (const tag of tags) {
          sharedAt.set(tag, now)
          for (const resolve of waiting.get(tag) ?? []) resolve()
        }
      })
  }

  function tagsShared(tags: string[], since: number, timeoutMs: number): Promise<void> {
    return new Promise((resolve) => {
      const left = new Set(tags.filter((tag) => (sharedAt.get(tag) ?? 0) < since))
      if (left.size === 0) return resolve()
      const callbacks = new Map<string, () => void>()
      const finish = () => {
        clearTimeout(timer)
        for (const [tag, callback] of callbacks) waiting.get(tag)?.delete(callback)
        resolve()
      }
      const timer = setTimeout(finish, timeoutMs)
      for (const tag of left) {
        const callback = () => {
          left.delete(tag)
          if (left.size === 0) finish()
        }
        callbacks.set(tag, callback)
        if (!waiting.has(tag)) waiting.set(tag, new Set())
        waiting.get(tag)?.add(callback)
      }
    })
  }

  /** The stored bytes, null when Redis has no such entry, undefined when Redis is unavailable. */
  async function readEntry(kind: EntryKind, key: string): Promise<Buffer | null | undefined> {
    if (!client.isReady) return undefined
    try {
      return await withTimeout(binary.get(keys.entry(kind, key)))
    } catch {
      return undefined
    }
  }

  /** Stores an entry; never fails (without Redis, the instance's own copy is all there is). */
  async function writeEntry(kind: EntryKind, key: string, value: Buffer, expireSeconds: number): Promise<void> {
    if (!client.isReady) return
    const seconds = Number.isFinite(expireSeconds) && expireSeconds > 0 ? Math.ceil(expireSeconds) : undefined
    await withTimeout(binary.set(keys.entry(kind, key), value, seconds ? { EX: seconds } : {})).catch(() => {})
  }

  const bridge: SharedCache = {
    publish: (channel) => void withTimeout(client.publish(keys.channel(channel), '1')).catch(() => {}),
    subscribe(channel, listener) {
      if (!listeners.has(channel)) listeners.set(channel, new Set())
      listeners.get(channel)?.add(listener)
    },
    saveDocument: (name, json) => void withTimeout(client.set(keys.document(name), json)).catch(() => {}),
    async loadDocument(name) {
      if (!client.isReady) return null
      return withTimeout(client.get(keys.document(name))).catch(() => null)
    },
    tagsShared,
    status: () => ({ connected: client.isReady, pendingTagWrites: unwritten.size }),
  }
  ;(globalThis as { [SHARED_CACHE_KEY]?: SharedCache })[SHARED_CACHE_KEY] = bridge

  return { readEntry, writeEntry, expireTags }
}

type Connection = ReturnType<typeof connect>

/** In-process only: applies tag expiries to Next's manifest and stores nothing shared. */
const alone: Connection = {
  readEntry: async () => undefined,
  writeEntry: async () => {},
  expireTags: async (tags, durations) => {
    applyLocally(Object.fromEntries(tags.map((tag) => [tag, timesFor(durations, Date.now())])))
  },
}

const CONNECTION_KEY = Symbol.for('somliga-tror.shared-cache.connection')

/**
 * The process's connection: Redis when `REDIS_URL` is set, except during `next build` (the build
 * renders from the content backend and writes prerendered pages to disk, which every instance
 * then has).
 */
export function sharedConnection(): Connection {
  const globals = globalThis as { [CONNECTION_KEY]?: Connection }
  const url = process.env.REDIS_URL
  const building = process.env.NEXT_PHASE === 'phase-production-build'
  return (globals[CONNECTION_KEY] ??= url && !building ? connect(url) : alone)
}
