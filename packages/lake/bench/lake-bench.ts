/**
 * Measures the local content lake: query latency (p50/p95) for a typical filtered query, a by-id
 * query and a text::query() search, mutation throughput (single-document and batched
 * transactions), and the lake process's memory, at 1 000 and 10 000 documents.
 *
 *   npm run bench      # in packages/lake: prints a table, writes bench/results/lake-bench-<time>.json
 *
 * The lake runs as its own process (as in development) on free ports in a temporary directory;
 * requests go over plain HTTP with keep-alive, so latencies include HTTP and JSON both ways.
 */
import type { ChildProcess } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import { join } from 'node:path'
import { spawnLake } from '../src/spawn.ts'

const SIZES = [1_000, 10_000]
const QUERY_RUNS = 300
const SINGLE_TRANSACTIONS = 300
const BATCH_SIZE = 500
const TOKEN = 'bench-write-token'
const RESULTS_DIR = new URL('./results/', import.meta.url).pathname

const WORDS = (
  'sex köp lag hjälp stöd samtal kampanj värmland polisen region länsstyrelsen myndighet ansvar ' +
  'människa frihet tvång utsatt handel prostitution information kunskap fråga svar telefon chatt ' +
  'anonym trygg förebygga skydd brott straff böter fängelse ungdom vuxen skola föräldrar samhälle'
).split(' ')
const CATEGORIES = ['fakta', 'lag', 'stöd', 'nyheter', 'kampanj', 'forskning', 'röster', 'frågor', 'press', 'om']

interface LakeProcess {
  url: string
  child: ChildProcess
  dir: string
}

function pick<T>(list: readonly T[], index: number): T {
  return list[index % list.length]
}

function sentence(seed: number, length: number): string {
  return Array.from({ length }, (_, i) => pick(WORDS, seed * 7 + i * 13 + ((seed >> 3) % 11))).join(' ')
}

function article(index: number) {
  return {
    _id: `article-${index}`,
    _type: 'article',
    title: sentence(index, 5),
    slug: { _type: 'slug', current: `artikel-${index}` },
    category: pick(CATEGORIES, index),
    publishedAt: new Date(Date.UTC(2024, 0, 1) + index * 3_600_000).toISOString(),
    author: { _type: 'reference', _ref: `author-${index % 50}` },
    body: Array.from({ length: 3 }, (_, block) => ({
      _key: `b${block}`,
      _type: 'block',
      style: 'normal',
      markDefs: [],
      children: [{ _key: `s${block}`, _type: 'span', marks: [], text: sentence(index + block, 20) }],
    })),
  }
}

async function startLake(): Promise<LakeProcess> {
  const dir = mkdtempSync(join(tmpdir(), 'lake-bench-'))
  const lake = await spawnLake({
    dir,
    cwd: dir,
    ports: { http: 0, https: 0 },
    env: { SANITY_API_WRITE_TOKEN: TOKEN },
    args: ['--quiet'],
    onOutput: (text, stream) => stream === 'stderr' && process.stderr.write(text),
  })
  return { url: lake.httpUrl, child: lake.process, dir }
}

async function stopLake(lake: LakeProcess): Promise<void> {
  const exited = new Promise((resolve) => lake.child.once('exit', resolve))
  lake.child.kill('SIGTERM')
  await exited
  rmSync(lake.dir, { recursive: true, force: true })
}

/** Resident memory of the lake process in MiB (Linux). */
function rssMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  const kib = Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0)
  return Math.round((kib / 1024) * 10) / 10
}

async function mutate(lake: LakeProcess, mutations: unknown[]): Promise<void> {
  const response = await fetch(`${lake.url}/v2025-02-19/data/mutate/production`, {
    method: 'POST',
    headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify({ mutations }),
  })
  if (!response.ok) throw new Error(`mutate failed: ${response.status} ${await response.text()}`)
  await response.arrayBuffer()
}

async function query(lake: LakeProcess, groq: string, params: Record<string, unknown>): Promise<number> {
  const search = new URLSearchParams({ query: groq, returnQuery: 'false' })
  for (const [key, value] of Object.entries(params)) search.set(`$${key}`, JSON.stringify(value))
  const started = performance.now()
  const response = await fetch(`${lake.url}/v2025-02-19/data/query/production?${search}`, {
    headers: { authorization: `Bearer ${TOKEN}` },
  })
  const body = (await response.json()) as { result?: unknown }
  if (!response.ok || body.result === undefined) throw new Error(`query failed: ${JSON.stringify(body)}`)
  return performance.now() - started
}

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b)
  const value = sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
  return Math.round(value * 100) / 100
}

async function latency(run: (i: number) => Promise<number>): Promise<{ p50: number; p95: number }> {
  for (let i = 0; i < 20; i++) await run(i) // warm up: parse cache, views, JIT
  const samples: number[] = []
  for (let i = 0; i < QUERY_RUNS; i++) samples.push(await run(i))
  return { p50: percentile(samples, 50), p95: percentile(samples, 95) }
}

async function measure(size: number) {
  const lake = await startLake()
  try {
    const rssEmpty = rssMiB(lake.child.pid as number)
    const authors = Array.from({ length: 50 }, (_, i) => ({
      createOrReplace: { _id: `author-${i}`, _type: 'author', name: sentence(i, 2) },
    }))
    await mutate(lake, authors)

    // Batched: the whole data set in transactions of BATCH_SIZE documents.
    let started = performance.now()
    for (let from = 0; from < size; from += BATCH_SIZE) {
      const batch = Array.from({ length: Math.min(BATCH_SIZE, size - from) }, (_, i) => ({
        create: article(from + i),
      }))
      await mutate(lake, batch)
    }
    const batchedSeconds = (performance.now() - started) / 1000
    // Drafts for one article in ten, as an editor's working set.
    await mutate(
      lake,
      Array.from({ length: size / 10 }, (_, i) => ({
        create: { ...article(i * 10), _id: `drafts.article-${i * 10}`, title: `Utkast ${i}` },
      })),
    )
    const rssLoaded = rssMiB(lake.child.pid as number)

    // Single-document transactions, one after the other, each acknowledged only once on disk.
    started = performance.now()
    for (let i = 0; i < SINGLE_TRANSACTIONS; i++) {
      await mutate(lake, [{ patch: { id: `article-${(i * 37) % size}`, inc: { views: 1 } } }])
    }
    const singleSeconds = (performance.now() - started) / 1000

    const filtered = await latency(() =>
      query(
        lake,
        '*[_type == "article" && category == $category] | order(publishedAt desc)[0...20]{_id, title, "author": author->name}',
        { category: pick(CATEGORIES, Math.floor(Math.random() * 10)) },
      ),
    )
    const byId = await latency(() =>
      query(lake, '*[_id == $id][0]', { id: `article-${Math.floor(Math.random() * size)}` }),
    )
    const search = await latency((i) =>
      query(lake, '*[_type == "article" && [@, _id] match text::query($q)] | order(_id)[0...20]{_id, title}', {
        q: `${pick(WORDS, i * 7)} ${pick(WORDS, i * 3 + 1).slice(0, 4)}*`,
      }),
    )
    const rssAfterQueries = rssMiB(lake.child.pid as number)
    return {
      documents: size + size / 10 + 50,
      queryMs: { filtered, byId, textSearch: search },
      mutations: {
        batchedDocumentsPerSecond: Math.round(size / batchedSeconds),
        batchSize: BATCH_SIZE,
        singleTransactionsPerSecond: Math.round(SINGLE_TRANSACTIONS / singleSeconds),
      },
      rssMiB: { empty: rssEmpty, loaded: rssLoaded, afterQueries: rssAfterQueries },
    }
  } finally {
    await stopLake(lake)
  }
}

const results = []
for (const size of SIZES) {
  process.stdout.write(`measuring ${size} articles…\n`)
  results.push({ articles: size, ...(await measure(size)) })
}

const rows = results.map((r) => [
  String(r.articles),
  String(r.documents),
  `${r.queryMs.filtered.p50} / ${r.queryMs.filtered.p95}`,
  `${r.queryMs.byId.p50} / ${r.queryMs.byId.p95}`,
  `${r.queryMs.textSearch.p50} / ${r.queryMs.textSearch.p95}`,
  String(r.mutations.singleTransactionsPerSecond),
  String(r.mutations.batchedDocumentsPerSecond),
  `${r.rssMiB.empty} → ${r.rssMiB.loaded} → ${r.rssMiB.afterQueries}`,
])
const header = [
  'articles',
  'documents',
  'filtered p50/p95 ms',
  'by id p50/p95 ms',
  'text::query p50/p95 ms',
  'single tx/s',
  `batched docs/s (${BATCH_SIZE}/tx)`,
  'RSS MiB empty → loaded → queried',
]
const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)))
const line = (cells: string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`
console.log(['', line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n'))

const machine = { node: process.version, cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown' }
mkdirSync(RESULTS_DIR, { recursive: true })
const file = join(RESULTS_DIR, `lake-bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`)
writeFileSync(
  file,
  JSON.stringify({ date: new Date().toISOString(), machine, queryRuns: QUERY_RUNS, results }, null, 2),
)
console.log(`\n${machine.cpus} × ${machine.cpu}, Node ${machine.node}; written to ${file}`)
