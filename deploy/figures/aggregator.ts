/**
 * The campaign figures' aggregator: every second, counts the lines the edge has added to its
 * figures logs into Redis (lib/figures/aggregate.ts; why and what: docs/deploy.md, "Campaign
 * figures"). One runs beside each edge, reading that edge's log directory; it only reads the logs.
 *
 *   FIGURES_REDIS_URL=redis://figures-redis:6379 FIGURES_LOG_DIR=/var/log/edge-figures \
 *     node deploy/figures/aggregator.ts
 *
 * FIGURES_SOURCE names the edge (default `edge`; give each edge its own when there are several),
 * REDIS_KEY_PREFIX is the site's (default `somliga-tror`). SIGTERM ends it after one more pass.
 */
import { aggregateOnce } from '../../lib/figures/aggregate.ts'
import { figuresClient } from '../../lib/figures/store.ts'

const INTERVAL_MS = 1_000

function required(name: string): string {
  const value = process.env[name]?.trim()
  if (!value) {
    console.error(`[figures] Set ${name}: see docs/deploy.md, "Campaign figures".`)
    process.exit(1)
  }
  return value
}

const url = required('FIGURES_REDIS_URL')
const dir = required('FIGURES_LOG_DIR')
const source = process.env.FIGURES_SOURCE?.trim() || 'edge'
const prefix = process.env.REDIS_KEY_PREFIX?.trim() || 'somliga-tror'

// Lines wait in the log while Redis is away: a pass fails and the next one counts them.
const redis = figuresClient(url)
let reported = ''
redis.on('error', (error: Error) => {
  if (error.message !== reported) console.error(`[figures] Redis: ${error.message}`)
  reported = error.message
})

let stopping = false
let wake: () => void = () => {}
for (const signal of ['SIGTERM', 'SIGINT'] as const)
  process.on(signal, () => {
    stopping = true
    wake()
  })

await redis.connect()
console.log(`[figures] counting ${dir} into ${url.replace(/\/\/[^@]*@/, '//')} as ${source}`)
for (;;) {
  try {
    if (redis.isReady) await aggregateOnce({ redis, prefix, source, dir })
    reported = ''
  } catch (error) {
    const message = (error as Error).message
    if (message !== reported) console.error(`[figures] not counted this time, will try again: ${message}`)
    reported = message
  }
  if (stopping) break
  await new Promise<void>((resolve) => setTimeout((wake = resolve), INTERVAL_MS))
}
await redis.close()
