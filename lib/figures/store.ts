/**
 * Where the campaign figures are kept: a Redis of their own with persistence (docs/deploy.md,
 * "Campaign figures"), one hash per kind and day, field the path or short link, value the count:
 *
 *   <prefix>:figures:pages:2026-12-03        "/hjalp" → 17, "/" → 40
 *   <prefix>:figures:shortLinks:2026-12-03   "/busskur" → 5
 *   <prefix>:figures:offsets:<source>        "<file identity>" → bytes of that log file counted
 *
 * Counts and the offset of the log they came from change in one transaction, so a restart of the
 * aggregator or of Redis (its append-only file replays whole transactions) neither loses nor
 * repeats a line. Nothing else is stored: no time of day, no visitor.
 *
 * Loaded by Node directly in the aggregator (deploy/figures/aggregator.ts): erasable TypeScript only.
 */
import { createClient } from 'redis'

import type { FiguresKind, FiguresRow } from '../../vocabulary/figures.ts'

/**
 * A connection to the figures' Redis. Commands fail at once while it is away instead of queueing:
 * the aggregator's lines wait in the log, the Studio's read gets a message.
 */
export function figuresClient(url: string) {
  const redis = createClient({
    url,
    disableOfflineQueue: true,
    socket: { connectTimeout: 2_000, reconnectStrategy: (retries: number) => Math.min(retries * 200, 2_000) },
  })
  return redis
}

export type FiguresRedis = ReturnType<typeof figuresClient>

export const figuresKey = (prefix: string, kind: FiguresKind, day: string) => `${prefix}:figures:${kind}:${day}`
export const offsetsKey = (prefix: string, source: string) => `${prefix}:figures:offsets:${source}`

/** Every count of `days` (YYYY-MM-DD), as rows sorted by day, kind and key. */
export async function readFigures(redis: FiguresRedis, prefix: string, days: string[]): Promise<FiguresRow[]> {
  const kinds: FiguresKind[] = ['pages', 'shortLinks']
  const wanted = days.flatMap((day) => kinds.map((kind) => ({ day, kind })))
  const hashes = await Promise.all(wanted.map(({ day, kind }) => redis.hGetAll(figuresKey(prefix, kind, day))))
  return wanted
    .flatMap(({ day, kind }, index) =>
      Object.entries(hashes[index]).map(([key, count]) => ({ day, kind, key, count: Number(count) })),
    )
    .sort((a, b) => a.day.localeCompare(b.day) || a.kind.localeCompare(b.kind) || a.key.localeCompare(b.key))
}
