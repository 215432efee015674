/**
 * Campaign material: how long a file takes to get, drawn (cold: the first request) and from the
 * shared cache (cached: the requests after it), for every format the site makes: each PDF size
 * with and without bleed and crop marks, and each PNG.
 *
 * The site runs as deployed (deploy/stack.ts: two instances sharing Redis, a production build);
 * requests go to the instances directly, as the edge passes /api/material on without caching it.
 * Each round publishes a material document of its own, with every format, so that its first
 * request draws each file. Per file: one request to the first instance (cold; its answer must say
 * `X-Material-Cache: MISS`), then CACHED_REQUESTS requests alternating between the two instances,
 * the first instance first (cached: Next stores the entry after it has answered, and a read on the
 * same instance waits for that store). An answer among those that was drawn again after all (a
 * late webhook's expiry) is counted, and left out of the cached times. Times are from the request
 * to the last byte of the answer.
 *
 *   node bench/material.ts [rounds]    # default 5; needs nginx and redis-server
 */
import { loadavg } from 'node:os'

import { MATERIAL_FORMATS } from '../vocabulary/lists.ts'
import {
  percentile,
  printTable,
  requireTools,
  say,
  editorClient,
  startSite,
  runBench,
  writeResults,
  type BenchSite,
} from './site-server.ts'

const ROUNDS = Number(process.argv[2] ?? 5)
const CACHED_REQUESTS = 10
/** The publish webhook expires a material's files at once and again five seconds later. */
const WEBHOOK_SETTLED_MS = 10_000

/** The files as vocabulary/material-files.ts names them (which Node cannot load: its imports have no extension). */
type BenchFile = { file: string; format: string; bleed: boolean }
const FILES = MATERIAL_FORMATS.flatMap((format): BenchFile[] =>
  format.kind === 'pdf'
    ? [
        { file: `${format.value}.pdf`, format: format.value, bleed: false },
        { file: `${format.value}-tryck.pdf`, format: format.value, bleed: true },
      ]
    : [{ file: `${format.value}.png`, format: format.value, bleed: false }],
)

async function timed(url: string): Promise<{ ms: number; cache: string | null; bytes: number }> {
  const started = performance.now()
  const response = await fetch(url)
  const body = await response.arrayBuffer()
  const ms = performance.now() - started
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}: ${Buffer.from(body).toString()}`)
  return { ms, cache: response.headers.get('x-material-cache'), bytes: body.byteLength }
}

/** Measures on a site started with `startSite({ serve: 'stack' })`; exported for a run that shares its build. */
export async function benchMaterial(site: BenchSite, rounds: number): Promise<void> {
  const instances = site.stack!.state.instances.map((instance) => instance.url)
  const client = editorClient(site)

  const stamp = Date.now().toString(36)
  const slugs = Array.from({ length: rounds }, (_, round) => `bench-${stamp}-${round + 1}`)
  const transaction = client.transaction()
  for (const slug of slugs) {
    transaction.create({
      _id: `campaignMaterial-${slug}`,
      _type: 'campaignMaterial',
      title: `Bench ${slug}`,
      slug: { _type: 'slug', current: slug },
      belief: 'att straffet bara är böter.',
      answer: 'Sedan 2022 är straffet för att köpa sex fängelse i upp till ett år.',
      palette: 'night',
      formats: MATERIAL_FORMATS.map((format) => format.value),
      shortLink: { _type: 'reference', _ref: 'shortLink-affisch' },
    })
  }
  await transaction.commit()
  await new Promise((wait) => setTimeout(wait, WEBHOOK_SETTLED_MS))

  const load = { before: loadavg(), after: [] as number[] }
  const times = new Map(
    FILES.map(({ file }) => [file, { cold: [] as number[], cached: [] as number[], drawnAgain: 0, bytes: 0 }]),
  )
  for (const [round, slug] of slugs.entries()) {
    for (const { file } of FILES) {
      const entry = times.get(file)!
      const path = `/api/material/${slug}/${file}`
      const cold = await timed(`${instances[0]}${path}`)
      if (cold.cache !== 'MISS') throw new Error(`${path}: the first request was not drawn (${cold.cache})`)
      entry.cold.push(cold.ms)
      entry.bytes = cold.bytes
      for (let request = 0; request < CACHED_REQUESTS; request += 1) {
        const cached = await timed(`${instances[request % instances.length]}${path}`)
        if (cached.cache === 'HIT') entry.cached.push(cached.ms)
        else entry.drawnAgain += 1
      }
    }
    say(`round ${round + 1}/${rounds} done`)
  }
  load.after = loadavg()
  await client.delete({ query: '*[_type == "campaignMaterial" && slug.current in $slugs]', params: { slugs } })

  const rows = FILES.map(({ file, format, bleed }) => {
    const { cold, cached, drawnAgain, bytes } = times.get(file)!
    const sortedCold = [...cold].sort((a, b) => a - b)
    const sortedCached = [...cached].sort((a, b) => a - b)
    return {
      file,
      format,
      bleed,
      bytes,
      coldP50Ms: percentile(sortedCold, 50),
      coldMaxMs: sortedCold.at(-1)!,
      cachedP50Ms: percentile(sortedCached, 50),
      cachedP95Ms: percentile(sortedCached, 95),
      drawnAgain,
      coldMs: cold,
      cachedMs: cached,
    }
  })
  printTable(
    rows.map((row) => ({
      file: row.file,
      KB: (row.bytes / 1024).toFixed(0),
      'cold p50 ms': row.coldP50Ms.toFixed(0),
      'cold max ms': row.coldMaxMs.toFixed(0),
      'cached p50 ms': row.cachedP50Ms.toFixed(1),
      'cached p95 ms': row.cachedP95Ms.toFixed(1),
      'drawn again': row.drawnAgain,
    })),
  )
  const format = (values: number[]) => values.map((value) => value.toFixed(2)).join(' ')
  say(`load average before ${format(load.before)}, after ${format(load.after)}`)
  console.log(`results: ${writeResults('material', { rounds, cachedRequestsPerRound: CACHED_REQUESTS, load, rows })}`)
}

async function main(): Promise<void> {
  if (!Number.isInteger(ROUNDS) || ROUNDS < 1) throw new Error('Usage: node bench/material.ts [rounds]')
  requireTools(['nginx', 'redis-server'])
  await benchMaterial(await startSite({ serve: 'stack' }), ROUNDS)
}

if (import.meta.main) void runBench(main)
