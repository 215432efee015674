import 'server-only'

import { serverEnv } from '@/lib/server-env'
import type { FiguresRow } from '@/vocabulary/figures'

import { figuresClient, readFigures, type FiguresRedis } from './store'

/** The figures route's connection to the figures' Redis: made at the first read, kept for the process. */
const CONNECTION_KEY = Symbol.for('somliga-tror.figures.connection')
const globals = globalThis as typeof globalThis & { [CONNECTION_KEY]?: Promise<FiguresRedis> }

function connection(url: string): Promise<FiguresRedis> {
  globals[CONNECTION_KEY] ??= (async () => {
    const redis = figuresClient(url)
    redis.on('error', () => {
      // Reported to the Studio by the read that fails.
    })
    await redis.connect()
    return redis
  })().catch((error) => {
    delete globals[CONNECTION_KEY]
    throw error
  })
  return globals[CONNECTION_KEY]
}

/** The counts of these days, or null where nothing is counted (no figures Redis configured). */
export async function figuresOf(days: string[]): Promise<FiguresRow[] | null> {
  if (!serverEnv.figuresRedisUrl) return null
  const redis = await connection(serverEnv.figuresRedisUrl)
  return readFigures(redis, serverEnv.redisKeyPrefix, days)
}
