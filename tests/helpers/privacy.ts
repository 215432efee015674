/**
 * Records what a visit leaves behind or sends away, for the privacy tests: every request the
 * browser makes (documents, scripts, styles, images, fonts, prefetches, fetches), every
 * `Set-Cookie` a response carries, and every attempt by page scripts to store something on the
 * device (cookies, Web Storage, IndexedDB, Cache Storage).
 */
import type { BrowserContext, Response } from 'playwright-core'

export interface StorageWrite {
  page: string
  api: string
  detail: string
}

export interface TrafficRecorder {
  /** Every request URL, in order. */
  readonly requests: string[]
  /** Requests to any origin but the site's (data: and blob: URLs stay on the device). */
  offOrigin(): string[]
  /** Responses that tried to set a cookie, once every response seen so far has been read. */
  setCookies(): Promise<{ url: string; value: string }[]>
  readonly storageWrites: StorageWrite[]
}

const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'about:'])

/**
 * Runs in every document before its own scripts: wraps each way a page can store data so that a
 * write is reported even if the page removes the data again before the test looks.
 */
function reportStorageWrites() {
  const report = (window as unknown as { __reportStorageWrite: (api: string, detail: string) => void })
    .__reportStorageWrite
  const wrap = <T extends object>(target: T, name: keyof T & string, api: string) => {
    const original = target[name] as unknown as (...args: unknown[]) => unknown
    if (typeof original !== 'function') return
    Object.defineProperty(target, name, {
      configurable: true,
      value(this: unknown, ...args: unknown[]) {
        report(api, args.map(String).join(', ').slice(0, 200))
        return original.apply(this, args)
      },
    })
  }
  for (const method of ['setItem', 'removeItem', 'clear'] as const) wrap(Storage.prototype, method, `Storage.${method}`)
  if (typeof indexedDB !== 'undefined') wrap(IDBFactory.prototype, 'open', 'indexedDB.open')
  if (typeof CacheStorage !== 'undefined') wrap(CacheStorage.prototype, 'open', 'caches.open')
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')
  if (cookie?.set) {
    Object.defineProperty(Document.prototype, 'cookie', {
      configurable: true,
      get: cookie.get,
      set(this: Document, value: string) {
        report('document.cookie', value.slice(0, 200))
        cookie.set?.call(this, value)
      },
    })
  }
}

export async function recordTraffic(context: BrowserContext, siteUrl: string): Promise<TrafficRecorder> {
  const siteOrigin = new URL(siteUrl).origin
  const requests: string[] = []
  const headerReads: Promise<{ url: string; value: string }[]>[] = []
  const storageWrites: StorageWrite[] = []

  context.on('request', (request) => requests.push(request.url()))
  context.on('response', (response: Response) => {
    headerReads.push(
      response.headersArray().then(
        (headers) =>
          headers
            .filter((header) => header.name.toLowerCase() === 'set-cookie')
            .map((header) => ({ url: response.url(), value: header.value })),
        // A response whose page has gone away has no headers to read any more.
        () => [],
      ),
    )
  })
  await context.exposeBinding('__reportStorageWrite', ({ page }, api: string, detail: string) => {
    storageWrites.push({ page: page.url(), api, detail })
  })
  await context.addInitScript(reportStorageWrites)

  return {
    requests,
    offOrigin: () =>
      requests.filter((url) => {
        const parsed = new URL(url)
        return !LOCAL_SCHEMES.has(parsed.protocol) && parsed.origin !== siteOrigin
      }),
    setCookies: async () => (await Promise.all(headerReads)).flat(),
    storageWrites,
  }
}
