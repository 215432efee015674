import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'

import { sharedCache } from '@/lib/shared-cache/bridge'
import { slugFormatProblem } from '@/vocabulary/paths'

import { fetchContentUncached } from './fetch'
import type { Addresses, Redirect } from './routes'

/**
 * The table proxy.ts answers from, before Next's page cache: short links, and the slugs that pages
 * have.
 *
 * Short links are answered here, not by a page calling redirect(): Next 16.4 caches such a page's
 * Location only when it renders on a cache miss. When a publish makes it render again in the
 * background, the new 307/308 is cached with no Location, or with the old one.
 *
 * Page slugs let the proxy tell an address Next can serve from its cache from one it must render
 * with the content backend. When the backend is down, such an address gets a 503 page from the
 * proxy instead of Next's 500.
 *
 * Each server instance keeps the table in memory. It is read at the first request, read again at
 * once after the publish webhook calls forgetAddresses() (on every instance, when they share Redis:
 * the webhook reaches one of them), and in the background when older than MAX_AGE_MS (a lost
 * webhook). When the backend cannot be read, the last table stays; a copy on disk, and one in
 * Redis for an instance that has never read it, serve a restart while the backend is down.
 */
const MAX_AGE_MS = 30_000
/** Before answering 503, the backend is asked again if it was last asked longer ago than this. */
const RECHECK_MS = 5_000
const SNAPSHOT_FILE = join(process.cwd(), '.next', 'cache', 'addresses.json')

type State = {
  addresses: Addresses | null
  /** When the backend was last asked, and whether it answered. */
  readAt: number
  unreachable: boolean
  forgotten: boolean
  reading: Promise<void> | null
  /** Whether this instance listens for other instances' webhooks. */
  listening: boolean
}

// On globalThis: proxy.ts and the webhook route are bundled apart but run in the same process.
const STATE_KEY = Symbol.for('somliga-tror.addresses')
const globals = globalThis as typeof globalThis & { [STATE_KEY]?: State }
const state = (globals[STATE_KEY] ??= {
  addresses: null,
  readAt: 0,
  unreachable: false,
  forgotten: false,
  reading: null,
  listening: false,
})

const SNAPSHOT_NAME = 'addresses'

async function read(): Promise<void> {
  state.forgotten = false
  try {
    state.addresses = await fetchContentUncached('addresses', {})
    state.unreachable = false
    await saveSnapshot(state.addresses)
  } catch (error) {
    console.error(`Addresses: ${(error as Error).message} Answering with the last ones read.`)
    state.unreachable = true
    state.addresses ??= await loadSnapshot()
  } finally {
    state.readAt = Date.now()
  }
}

/** Reads the table, once however many requests ask at the same time. */
function readNow(): Promise<void> {
  state.reading ??= read().finally(() => (state.reading = null))
  return state.reading
}

export type ProxyAnswer = { redirect: Redirect; shortLink?: string } | { unavailable: Addresses['quickExit'] } | null

/**
 * What the proxy answers at `path`: a short link's redirect, a 503 for a page address the cache
 * cannot have while the backend is down, or null to let Next answer.
 */
export async function proxyAnswerFor(path: string): Promise<ProxyAnswer> {
  listenToOtherInstances()
  if (state.addresses === null || state.forgotten) await readNow()
  else if (Date.now() - state.readAt > MAX_AGE_MS) void readNow()
  const { addresses } = state
  // Never read: Next answers as best it can (prerendered pages are still served).
  if (!addresses) return null

  // People type what they see on a poster: /VECKA finds /vecka. Short links and slugs are lowercase.
  const lowercase = path.toLowerCase()
  const redirect = addresses.shortLinks.get(lowercase)
  if (redirect) return { redirect, shortLink: lowercase }
  if (lowercase !== path && addresses.pageSlugs.has(lowercase.slice(1)))
    return { redirect: { destination: lowercase, permanent: false } }

  const slug = path.slice(1)
  // A language's start page (/en) is prerendered like a Swedish page.
  if (slugFormatProblem(slug) || addresses.pageSlugs.has(slug) || addresses.languages.includes(slug)) return null
  // A slug no page had: Next must ask the backend (a page just published, or a 404).
  if (Date.now() - state.readAt > RECHECK_MS) await readNow()
  return state.unreachable ? { unavailable: addresses.quickExit } : null
}

/** Called by the publish webhook: the next request, on every instance, reads the table again. */
export function forgetAddresses(): void {
  state.forgotten = true
  sharedCache()?.publish('addresses')
}

/** The table as last read, for purging the edge's copies of every page after a publish. */
export function knownAddresses(): Addresses | null {
  return state.addresses
}

function listenToOtherInstances(): void {
  const shared = sharedCache()
  if (state.listening || !shared) return
  state.listening = true
  shared.subscribe('addresses', () => (state.forgotten = true))
}

function serialise(addresses: Addresses): string {
  return JSON.stringify({ ...addresses, shortLinks: [...addresses.shortLinks], pageSlugs: [...addresses.pageSlugs] })
}

function deserialise(json: string): Addresses {
  const saved = JSON.parse(json)
  return { ...saved, shortLinks: new Map(saved.shortLinks), pageSlugs: new Set(saved.pageSlugs) }
}

async function saveSnapshot(addresses: Addresses): Promise<void> {
  const json = serialise(addresses)
  sharedCache()?.saveDocument(SNAPSHOT_NAME, json)
  try {
    await mkdir(dirname(SNAPSHOT_FILE), { recursive: true })
    await writeFile(SNAPSHOT_FILE, json)
  } catch {
    // A read-only file system: the table in memory (and in Redis) still works.
  }
}

async function loadSnapshot(): Promise<Addresses | null> {
  try {
    return deserialise(await readFile(SNAPSHOT_FILE, 'utf8'))
  } catch {
    const shared = await sharedCache()?.loadDocument(SNAPSHOT_NAME)
    return shared ? deserialise(shared) : null
  }
}
