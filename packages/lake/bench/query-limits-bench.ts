/**
 * Measures what a query built to run for ever does to everything else, and the ways to stop it:
 *
 * 1. The options, in this process over 1 000 articles: what a query costs in the engine itself, on
 *    a pooled worker thread, and on a worker started for it; how long one groq-js `match` call
 *    blocks its thread (a deadline checked between documents cannot end it); how long a nested
 *    scan with no `match` at all takes (bounding `match` patterns would not stop it).
 * 2. The lake as it runs: p50/p95/p99/max of `/v1/ping` and of an ordinary query, first alone,
 *    then while a catastrophic `match` query and a deep nested scan are sent again and again; each
 *    must answer with the time-limit error, and how long that took is measured too.
 *
 *   npm run bench:queries   # in packages/lake: prints tables, writes bench/results/query-limits-<time>.json
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { evaluateSync, parse } from 'groq-js'
import { importDocuments } from '../src/io/ndjson.ts'
import { createLogger } from '../src/log.ts'
import { QueryEngine, type QueryRequest } from '../src/query/engine.ts'
import { QueryWorkers } from '../src/query/workers.ts'
import { spawnLake } from '../src/spawn.ts'
import { Store } from '../src/store/store.ts'

const ARTICLES = 1_000
const RUNS = 300
const PINGS = 500
/** Pings are spread out, so that under attack they span several stopped queries. */
const PING_GAP_MS = 20
const TOKEN = 'bench-write-token'
/** The lake's default query time limit, set explicitly so that the figures say what they measured. */
const QUERY_TIMEOUT_MS = 5000
const RESULTS_DIR = new URL('./results/', import.meta.url).pathname

const WORDS = 'sex köp lag hjälp stöd samtal kampanj värmland polisen region ansvar frihet tvång skydd brott'.split(' ')
const LONG_WORD = 'a'.repeat(40)
/** Against LONG_WORD: every `*` can take any share of it, so the ways to try grow combinatorially. */
const CATASTROPHIC = `"${LONG_WORD}" match "${'a*'.repeat(20)}b"`
const NESTED_SCAN = '*[count(*[count(*[count(*[_id > ^._id]) > 0]) > 0]) > 0]'
const ORDINARY = '*[_type == "article" && category == $category] | order(publishedAt desc)[0...20]{_id, title}'

function articles(): Array<Record<string, unknown>> {
  return Array.from({ length: ARTICLES }, (_, i) => ({
    _id: `article-${i}`,
    _type: 'article',
    title: Array.from({ length: 6 }, (_, w) => WORDS[(i * 7 + w * 13) % WORDS.length]).join(' '),
    category: `c${i % 10}`,
    publishedAt: new Date(Date.UTC(2024, 0, 1) + i * 3_600_000).toISOString(),
  }))
}

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b)
  return round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))])
}

function round(value: number): number {
  return Math.round(value * 100) / 100
}

async function time(run: () => unknown): Promise<number> {
  const started = performance.now()
  await run()
  return performance.now() - started
}

async function samples(count: number, run: () => unknown, warmUp = 20): Promise<number[]> {
  for (let i = 0; i < warmUp; i++) await run()
  const measured: number[] = []
  for (let i = 0; i < count; i++) measured.push(await time(run))
  return measured
}

const summary = (measured: number[]) => ({
  p50: percentile(measured, 50),
  p95: percentile(measured, 95),
  p99: percentile(measured, 99),
  max: round(Math.max(...measured)),
})

// --- 1. the options, in this process ---------------------------------------------------------

async function measureOptions() {
  const dir = mkdtempSync(join(tmpdir(), 'lake-query-limits-'))
  const store = Store.open(dir)
  const engine = new QueryEngine(store, 'local')
  importDocuments({ store, queries: engine }, 'production', articles(), 'create')
  const request: QueryRequest = {
    dataset: 'production',
    query: ORDINARY,
    params: { category: 'c3' },
    perspective: { kind: 'published' },
    includePrivate: true,
    identity: '',
  }
  const log = createLogger({ quiet: true })
  const pooled = new QueryWorkers({ store, projectId: 'local', size: 1, timeoutMs: 60_000, log, replicate: true })
  try {
    const inEngine = await samples(RUNS, () => engine.run(request))
    const onPooledWorker = await samples(RUNS, () => pooled.run(request))
    const onNewWorker = await samples(
      20,
      async () => {
        const single = new QueryWorkers({ store, projectId: 'local', size: 1, timeoutMs: 60_000, log, replicate: true })
        await single.run(request)
        await single.close()
      },
      2,
    )
    // One `match` call is one regular expression call: nothing inside groq-js runs until it returns.
    const oneMatchCall = await time(() => evaluateSync(parse(`"${'a'.repeat(26)}" match "${'a*'.repeat(13)}b"`), {}))
    // No `match` at all: 1 000 × 1 000 comparisons.
    const nestedScan = await time(() => engine.run({ ...request, query: '*[count(*[_id > ^._id]) > 0]', params: {} }))
    return {
      queryMs: {
        inEngine: summary(inEngine),
        onPooledWorker: summary(onPooledWorker),
        onNewWorker: summary(onNewWorker),
      },
      oneMatchCallMs: round(oneMatchCall),
      nestedScanTwoDeepMs: round(nestedScan),
    }
  } finally {
    await pooled.close()
    store.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

// --- 2. the lake as it runs ------------------------------------------------------------------

async function measureLake() {
  const dir = mkdtempSync(join(tmpdir(), 'lake-query-limits-'))
  const seed = join(dir, 'seed.ndjson')
  const documents = [...articles(), { _id: 'long-word', _type: 'note', title: LONG_WORD }]
  writeFileSync(seed, documents.map((document) => JSON.stringify(document)).join('\n'))
  const lake = await spawnLake({
    dir: join(dir, 'lake'),
    cwd: dir,
    ports: { http: 0, https: 0 },
    env: { SANITY_API_WRITE_TOKEN: TOKEN, LAKE_QUERY_TIMEOUT_MS: String(QUERY_TIMEOUT_MS) },
    args: ['--quiet', `--seed=${seed}`],
    onOutput: (text, stream) => stream === 'stderr' && process.stderr.write(text),
  })
  const ping = async () => {
    const response = await fetch(`${lake.httpUrl}/v1/ping`)
    if ((await response.text()) !== 'PONG') throw new Error('ping failed')
  }
  const query = async (groq: string, params: Record<string, unknown> = {}) => {
    const search = new URLSearchParams({ query: groq, returnQuery: 'false' })
    for (const [key, value] of Object.entries(params)) search.set(`$${key}`, JSON.stringify(value))
    const response = await fetch(`${lake.httpUrl}/v2025-02-19/data/query/production?${search}`, {
      headers: { authorization: `Bearer ${TOKEN}` },
    })
    return { status: response.status, body: (await response.json()) as { error?: { description?: string } } }
  }
  const ordinary = async () => {
    const { status } = await query(ORDINARY, { category: 'c3' })
    if (status !== 200) throw new Error(`ordinary query failed: ${status}`)
  }
  /** Pings one at a time, a short pause between them, timing each ping alone. */
  const pings = async () => {
    const measured: number[] = []
    for (let i = 0; i < PINGS; i++) {
      measured.push(await time(ping))
      await new Promise((resolve) => setTimeout(resolve, PING_GAP_MS))
    }
    return summary(measured)
  }
  try {
    const quiet = {
      ping: await pings(),
      query: summary(await samples(RUNS, ordinary)),
    }
    // Two attackers, each sending its query again as soon as the last one was stopped.
    let attacking = true
    // How long each attack query took to be answered with the time-limit error.
    const stopped: Record<'catastrophicMatch' | 'nestedScan', number[]> = { catastrophicMatch: [], nestedScan: [] }
    const attacker = async (groq: string, name: keyof typeof stopped) => {
      while (attacking) {
        const started = performance.now()
        const { status, body } = await query(groq)
        if (status !== 400 || !/time limit/.test(body.error?.description ?? '')) {
          throw new Error(`expected the time limit, got ${status} ${JSON.stringify(body)}`)
        }
        stopped[name].push(performance.now() - started)
      }
    }
    const attackers = [attacker(CATASTROPHIC, 'catastrophicMatch'), attacker(NESTED_SCAN, 'nestedScan')]
    await new Promise((resolve) => setTimeout(resolve, 500))
    const attacked = {
      ping: await pings(),
      // With both query workers taken, an ordinary query waits for one to be free.
      query: summary(await samples(5, ordinary, 0)),
    }
    attacking = false
    await Promise.all(attackers)
    return {
      quiet,
      attacked,
      stoppedQueries: {
        catastrophicMatch: summary(stopped.catastrophicMatch),
        nestedScan: summary(stopped.nestedScan),
      },
      stoppedCount: { catastrophicMatch: stopped.catastrophicMatch.length, nestedScan: stopped.nestedScan.length },
    }
  } finally {
    await lake.stop()
    rmSync(dir, { recursive: true, force: true })
  }
}

process.stdout.write(`measuring the options over ${ARTICLES} articles…\n`)
const options = await measureOptions()
process.stdout.write('measuring the lake, quiet and under attack…\n')
const lake = await measureLake()

const ms = (s: { p50: number; p99: number }) => `${s.p50} / ${s.p99}`
const pingMs = (s: { p50: number; p95: number; max: number }) => `${s.p50} / ${s.p95} / ${s.max}`
const stopMs = (name: 'catastrophicMatch' | 'nestedScan') =>
  `${lake.stoppedCount[name]} stopped, answered after p50 ${lake.stoppedQueries[name].p50} / max ${lake.stoppedQueries[name].max} ms`
console.log(`
| how a query runs (${ARTICLES} articles)            | p50 / p99 ms |
| ----------------------------------------- | ------------ |
| in the engine, on the request thread      | ${ms(options.queryMs.inEngine)} |
| on a pooled worker thread                 | ${ms(options.queryMs.onPooledWorker)} |
| on a worker thread started for it         | ${ms(options.queryMs.onNewWorker)} |

one groq-js match call ("a"×26 match "a*"×13 + "b"): ${options.oneMatchCallMs} ms without a chance to stop
a scan nested two deep (no match at all): ${options.nestedScanTwoDeepMs} ms

| lake over HTTP           | ping p50 / p95 / max ms | ordinary query p50 / p99 ms |
| ------------------------ | ----------------------- | --------------------------- |
| quiet                    | ${pingMs(lake.quiet.ping)} | ${ms(lake.quiet.query)} |
| match attack + deep scan | ${pingMs(lake.attacked.ping)} | ${ms(lake.attacked.query)} |

attack queries meanwhile, each answered 400 with the ${QUERY_TIMEOUT_MS} ms time-limit error:
  match:       ${stopMs('catastrophicMatch')}
  nested scan: ${stopMs('nestedScan')}`)

// Other work on the machine shows in every figure: say how busy it was.
const machine = {
  node: process.version,
  cpus: cpus().length,
  cpu: cpus()[0]?.model ?? 'unknown',
  loadAverage: round(loadavg()[1]),
}
mkdirSync(RESULTS_DIR, { recursive: true })
const file = join(RESULTS_DIR, `query-limits-${new Date().toISOString().replace(/[:.]/g, '-')}.json`)
writeFileSync(file, JSON.stringify({ date: new Date().toISOString(), machine, options, lake }, null, 2))
console.log(
  `\n${machine.cpus} × ${machine.cpu}, Node ${machine.node}, load average ${machine.loadAverage}; written to ${file}`,
)
