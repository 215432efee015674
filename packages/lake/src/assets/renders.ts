/**
 * Where image transformations run: at most `concurrency` at once, the rest waiting in turn, and
 * with their results kept in memory, so that a page's or the Studio's repeated requests for the
 * same variant cost nothing after the first. A variant asked for again while it is being rendered
 * waits for that render. When too many wait already, a new render is refused with 503 rather than
 * queued for ever; cached variants are still served.
 *
 * The cache is in memory, least recently used first out, bounded in bytes: variants are small and
 * cheap to make again once bounded, a lake is restarted often, and a disk cache would need its own
 * eviction and cleanup beside the content in LAKE_DIR (the site's `/_next/image` keeps one anyway).
 */
import { httpError } from '../errors.ts'

export interface RenderLimits {
  /** Renders at once. */
  concurrency: number
  /** Renders that may wait for a turn; more are refused. */
  maxWaiting: number
  /** Bytes of rendered variants kept; a variant larger than this is not kept. */
  cacheBytes: number
}

export class ImageRenders {
  private readonly limits: RenderLimits
  private readonly cache = new Map<string, Buffer>()
  private cachedBytes = 0
  private readonly pending = new Map<string, Promise<Buffer>>()
  private running = 0
  private readonly waiting: Array<() => void> = []

  constructor(limits: RenderLimits) {
    this.limits = limits
  }

  /** The variant named by `key`: from the cache, else rendered in turn by `render` and kept. */
  async get(key: string, render: () => Promise<Buffer>): Promise<{ data: Buffer; cached: boolean }> {
    const cached = this.cache.get(key)
    if (cached) {
      // Most recently used goes last, so eviction takes the least recently used first.
      this.cache.delete(key)
      this.cache.set(key, cached)
      return { data: cached, cached: true }
    }
    let rendering = this.pending.get(key)
    if (!rendering) {
      rendering = this.inTurn(render)
      this.pending.set(key, rendering)
      rendering.then(
        (data) => this.keep(key, data),
        () => undefined,
      )
      rendering.finally(() => this.pending.delete(key)).catch(() => undefined)
    }
    return { data: await rendering, cached: false }
  }

  private async inTurn(render: () => Promise<Buffer>): Promise<Buffer> {
    if (this.running >= this.limits.concurrency) {
      if (this.waiting.length >= this.limits.maxWaiting) {
        throw httpError(503, 'Too many image transformations are waiting; try again in a moment')
      }
      await new Promise<void>((resolve) => this.waiting.push(resolve))
    } else {
      this.running++
    }
    try {
      return await render()
    } finally {
      // Hands the slot straight to the next in line, or frees it.
      const next = this.waiting.shift()
      if (next) next()
      else this.running--
    }
  }

  private keep(key: string, data: Buffer): void {
    if (data.length > this.limits.cacheBytes) return
    this.cache.set(key, data)
    this.cachedBytes += data.length
    for (const [oldKey, old] of this.cache) {
      if (this.cachedBytes <= this.limits.cacheBytes) break
      this.cache.delete(oldKey)
      this.cachedBytes -= old.length
    }
  }
}
