/**
 * The site as deployed (deploy/stack.ts: the nginx edge, two instances, Redis), measured in one run:
 *
 * 1. Throughput and latency through the edge, for the start page and the campaign page with the
 *    most sections, at 50 connections, without compression (wrk's default) and with
 *    `Accept-Encoding: gzip`, beside nginx serving the very same bytes from disk with its gzip
 *    copies made in advance (`gzip_static`). The figure is edge ÷ static. Beside it, the CPU time
 *    each nginx's workers spent per request. Brotli through the edge is measured too (the static
 *    reference has no brotli module).
 * 2. Publish to live through the edge: N edits of a campaign page's title, each timed from just
 *    before the publish until a visitor's request through the edge (one every 25 ms) gets it.
 * 3. A cold instance joining the warm cache: how long a new instance of the same build takes from
 *    its start until it answers, and how long its first page takes (and whether it was rendered).
 * 4. The cost of the shared cache: one instance addressed directly, reading Redis, against one
 *    instance of the same build with only its own cache (no REDIS_URL).
 * 5. The cost of counting campaign figures: the stack's edge, which writes the figures log, against
 *    a second edge from the same template without it, in front of the same instances, one after
 *    the other on the start page (gzip).
 *
 *   node bench/site-edge.ts [edits]    # default 20; needs nginx, redis-server and wrk
 */
import { gzipSync } from 'node:zlib'
import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { join } from 'node:path'

import { freePort } from '@somliga-tror/lake/testing'

import { prepareInstanceDir, startEdge, startInstance } from '../deploy/stack.ts'
import {
  campaignPagePath,
  openToAll,
  percentile,
  printTable,
  requireTools,
  RUN_SECONDS,
  say,
  startProcess,
  editorClient,
  startSite,
  runBench,
  temporaryDirectory,
  WARM_UP_SECONDS,
  wrk,
  writeResults,
  type WrkResult,
} from './site-server.ts'

const EDITS = Number(process.argv[2] ?? 20)
const POLL_INTERVAL_MS = 25
const GIVE_UP_MS = 60_000
const PAUSE_MS = 300
const COLD_STARTS = 3

const CLOCK_TICKS_PER_SECOND = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout) || 100

/** CPU time (user and system, in seconds) that an nginx master's workers have used, from /proc. */
function workerCpuSeconds(masterPid: number): number {
  const workers = spawnSync('pgrep', ['-P', String(masterPid)], { encoding: 'utf8' })
    .stdout.split('\n')
    .filter(Boolean)
  const ticks = workers.reduce((sum, pid) => {
    // Fields after the command's closing parenthesis; utime and stime are the 14th and 15th.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')
    return sum + Number(fields[11]) + Number(fields[12])
  }, 0)
  return ticks / CLOCK_TICKS_PER_SECOND
}

/**
 * wrk's figures, and with an nginx's master pid the CPU time its workers spent per request: steadier
 * than requests per second on a shared machine, and it shows what the edge costs beyond a file.
 */
function measure(url: string, encoding: string, nginxPid?: number): WrkResult & { cpuMicrosPerRequest?: number } {
  wrk(url, WARM_UP_SECONDS, encoding)
  const cpuBefore = nginxPid === undefined ? 0 : workerCpuSeconds(nginxPid)
  const result = wrk(url, RUN_SECONDS, encoding)
  if (nginxPid === undefined) return result
  return { ...result, cpuMicrosPerRequest: ((workerCpuSeconds(nginxPid) - cpuBefore) / result.requests) * 1e6 }
}

/** nginx serving saved pages and their gzip copies, made in advance, as a static site would. */
async function startStaticNginx(pages: { path: string; file: string; html: Buffer }[], staticDir: string) {
  const root = temporaryDirectory('site-bench-static-')
  openToAll(root)
  mkdirSync(join(root, 'www'), { recursive: true })
  mkdirSync(join(root, 'tmp'))
  cpSync(staticDir, join(root, 'www/_next/static'), { recursive: true })
  for (const page of pages) {
    writeFileSync(join(root, 'www', page.file), page.html)
    writeFileSync(join(root, 'www', `${page.file}.gz`), gzipSync(page.html, { level: 9 }))
  }
  const port = await freePort()
  const locations = pages
    .map(
      (page) =>
        `    location = ${page.path} { default_type "text/html; charset=utf-8"; try_files /${page.file} =404; }`,
    )
    .join('\n')
  writeFileSync(
    join(root, 'nginx.conf'),
    `worker_processes auto;
daemon off;
pid ${root}/nginx.pid;
error_log stderr warn;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path ${root}/tmp;
  proxy_temp_path ${root}/tmp;
  fastcgi_temp_path ${root}/tmp;
  uwsgi_temp_path ${root}/tmp;
  scgi_temp_path ${root}/tmp;
  include /etc/nginx/mime.types;
  sendfile on;
  tcp_nopush on;
  keepalive_timeout 65;
  keepalive_requests 1000000;
  gzip_static on;
  server {
    listen 127.0.0.1:${port};
    root ${root}/www;
${locations}
  }
}
`,
  )
  const nginx = startProcess('nginx', ['-p', root, '-c', join(root, 'nginx.conf'), '-e', 'stderr'], {
    cwd: root,
    env: process.env,
  })
  const url = `http://127.0.0.1:${port}`
  for (let tries = 0; ; tries += 1) {
    if (
      await fetch(url).then(
        () => true,
        () => false,
      )
    )
      return { url, pid: nginx.child.pid ?? -1 }
    if (tries > 40 || nginx.child.exitCode !== null) throw new Error(`nginx did not start:\n${nginx.output()}`)
    await new Promise((wait) => setTimeout(wait, 250))
  }
}

async function firstShown(url: string, text: string, since: number): Promise<number> {
  for (;;) {
    const html = await (await fetch(url)).text()
    const now = performance.now()
    if (html.includes(text)) return now - since
    if (now - since > GIVE_UP_MS) throw new Error(`"${text}" did not show on ${url} within ${GIVE_UP_MS / 1000} s`)
    await new Promise((wait) => setTimeout(wait, POLL_INTERVAL_MS))
  }
}

const summary = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), min: sorted[0], max: sorted[sorted.length - 1] }
}

async function main(): Promise<void> {
  if (!Number.isInteger(EDITS) || EDITS < 1) throw new Error('Usage: node bench/site-edge.ts [number of edits]')
  requireTools(['nginx', 'redis-server', 'wrk'])
  const site = await startSite({ serve: 'stack' })
  const stack = site.stack
  if (!stack) throw new Error('The stack did not start')
  const edge = stack.state.edgeUrl
  const campaign = await campaignPagePath(site.lake.httpUrl, site.lake.tokens.read)
  const pages = [
    { name: 'start page', path: '/', file: 'start.html' },
    { name: 'campaign page', path: campaign, file: 'campaign.html' },
  ]

  // 1. Throughput: the same bytes from the edge and from disk.
  const saved = []
  for (const page of pages) {
    const response = await fetch(new URL(page.path, edge), { headers: { 'Accept-Encoding': 'identity' } })
    if (response.status !== 200) throw new Error(`${page.path} answered ${response.status} through the edge`)
    saved.push({ ...page, html: Buffer.from(await response.arrayBuffer()) })
  }
  const reference = await startStaticNginx(saved, join(site.dir, '.next/static'))
  const loadBefore = loadavg()
  const throughput = []
  for (const encoding of ['identity', 'gzip', 'br']) {
    for (const page of pages) {
      say(`edge ${page.name} (${encoding})`)
      const viaEdge = measure(new URL(page.path, edge).toString(), encoding, stack.state.edge.pid)
      const fromDisk =
        encoding === 'br' ? null : measure(new URL(page.path, reference.url).toString(), encoding, reference.pid)
      throughput.push({ page: `${page.name} (${page.path})`, encoding, edge: viaEdge, static: fromDisk })
    }
  }
  const loadAfter = loadavg()

  // 5. The cost of the figures log: the same edge without it, in front of the same instances.
  const plainPort = await freePort()
  const plainEdge = await startEdge({
    root: site.dir,
    port: plainPort,
    innerPort: await freePort(),
    sizerPort: await freePort(),
    runDir: temporaryDirectory('site-bench-edge-without-figures-'),
    upstreams: stack.state.instances.map((instance) => new URL(instance.url).host),
    purgeFrom: '127.0.0.1',
    withoutFigures: true,
  })
  const countingCost: { edge: string; result: ReturnType<typeof measure> }[] = []
  for (const [name, base, pid] of [
    ['edge with the figures log', edge, stack.state.edge.pid],
    ['edge without it', `http://127.0.0.1:${plainPort}`, plainEdge.pid],
  ] as const) {
    say(`start page (gzip), ${name}`)
    countingCost.push({ edge: name, result: measure(new URL('/', base).toString(), 'gzip', pid) })
  }
  await plainEdge.stop()

  // 4. The cost of the shared cache, while nothing else runs: an instance with Redis, directly,
  // against an instance of the same build alone.
  const withRedis = stack.state.instances[0]
  const aloneDir = temporaryDirectory('site-bench-alone-')
  prepareInstanceDir(site.dir, aloneDir)
  const aloneEnv = { ...stack.state.instanceEnv, REDIS_URL: '', EDGE_PURGE_URLS: '' }
  const alonePort = await freePort()
  const alone = await startInstance({ name: 'alone', dir: aloneDir, port: alonePort, env: aloneEnv })
  const sharedCost = []
  for (const [name, base] of [
    ['shared cache (Redis)', withRedis.url],
    ['own cache only', `http://127.0.0.1:${alonePort}`],
  ]) {
    say(`one instance, ${name}`)
    sharedCost.push({ instance: name, result: measure(new URL(campaign, base).toString(), 'identity') })
  }
  await alone.stop()

  // 3. Cold instances joining the warm cache.
  const coldStarts = []
  for (let start = 1; start <= COLD_STARTS; start += 1) {
    const dir = temporaryDirectory('site-bench-cold-')
    prepareInstanceDir(site.dir, dir)
    const port = await freePort()
    const began = performance.now()
    const cold = await startInstance({ name: `cold-${start}`, dir, port, env: stack.state.instanceEnv })
    const live = performance.now() - began
    const requested = performance.now()
    const response = await fetch(new URL(campaign, `http://127.0.0.1:${port}`))
    await response.arrayBuffer()
    coldStarts.push({
      startMs: live,
      firstPageMs: performance.now() - requested,
      totalMs: performance.now() - began,
      cache: response.headers.get('x-nextjs-cache'),
    })
    await cold.stop()
  }

  // 2. Publish to live through the edge.
  const client = editorClient(site)
  const page = await client.fetch<{ _id: string; title: string }>(`*[slug.current == $slug][0]{_id, title}`, {
    slug: campaign.slice(1),
  })
  const url = new URL(campaign, edge).toString()
  await firstShown(url, page.title, performance.now())
  const latencies: number[] = []
  const stamp = Date.now().toString(36)
  for (let edit = 1; edit <= EDITS; edit += 1) {
    const marker = `m${stamp}x${edit}x`
    const started = performance.now()
    await client
      .patch(page._id)
      .set({ title: `${page.title} ${marker}` })
      .commit()
    latencies.push(await firstShown(url, marker, started))
    say(`edit ${edit}/${EDITS}: ${latencies.at(-1)?.toFixed(0)} ms`)
    await new Promise((wait) => setTimeout(wait, PAUSE_MS))
  }
  await client.patch(page._id).set({ title: page.title }).commit()

  const ms = (value: number) => value.toFixed(1)
  console.log('\nThroughput through the edge, beside nginx serving the same bytes from disk')
  printTable(
    throughput.map((row) => ({
      page: row.page,
      encoding: row.encoding,
      'edge req/s': row.edge.requestsPerSecond.toFixed(0),
      'edge p50/p99 ms': `${ms(row.edge.latencyP50Ms)} / ${ms(row.edge.latencyP99Ms)}`,
      'static req/s': row.static ? row.static.requestsPerSecond.toFixed(0) : '-',
      'static p50/p99 ms': row.static ? `${ms(row.static.latencyP50Ms)} / ${ms(row.static.latencyP99Ms)}` : '-',
      'edge ÷ static': row.static ? (row.edge.requestsPerSecond / row.static.requestsPerSecond).toFixed(3) : '-',
      'CPU µs/req edge / static': `${row.edge.cpuMicrosPerRequest?.toFixed(1)} / ${row.static?.cpuMicrosPerRequest?.toFixed(1) ?? '-'}`,
      errors: `${row.edge.non2xx + row.edge.socketErrors} / ${row.static ? row.static.non2xx + row.static.socketErrors : '-'}`,
    })),
  )
  console.log(
    `load average before ${loadBefore.map((load) => load.toFixed(2)).join(' ')}, after ${loadAfter.map((load) => load.toFixed(2)).join(' ')}`,
  )
  const publish = summary(latencies)
  console.log(`\nPublish to live through the edge (${EDITS} edits of ${campaign}'s title)`)
  printTable([
    {
      'p50 ms': publish.p50.toFixed(0),
      'p95 ms': publish.p95.toFixed(0),
      'min ms': publish.min.toFixed(0),
      'max ms': publish.max.toFixed(0),
    },
  ])
  console.log('\nA cold instance joining the warm cache')
  printTable(
    coldStarts.map((cold, index) => ({
      start: index + 1,
      'start to live ms': cold.startMs.toFixed(0),
      'first page ms': cold.firstPageMs.toFixed(1),
      'x-nextjs-cache': cold.cache ?? '-',
    })),
  )
  console.log(`\nThe cost of the shared cache: one instance, ${campaign}, no compression`)
  printTable(
    sharedCost.map(({ instance, result }) => ({
      instance,
      'req/s': result.requestsPerSecond.toFixed(0),
      'p50/p99 ms': `${ms(result.latencyP50Ms)} / ${ms(result.latencyP99Ms)}`,
    })),
  )
  console.log('\nThe cost of counting campaign figures: the start page through the edge, gzip')
  printTable(
    countingCost.map(({ edge: name, result }) => ({
      edge: name,
      'req/s': result.requestsPerSecond.toFixed(0),
      'p50/p99 ms': `${ms(result.latencyP50Ms)} / ${ms(result.latencyP99Ms)}`,
      'CPU µs/req': result.cpuMicrosPerRequest?.toFixed(1) ?? '-',
      'with ÷ without': (countingCost[0].result.requestsPerSecond / countingCost[1].result.requestsPerSecond).toFixed(
        2,
      ),
    })),
  )
  const file = writeResults('site-edge', {
    loadAverage: { before: loadBefore, after: loadAfter },
    throughput,
    publish: { ...publish, edits: EDITS, pollIntervalMs: POLL_INTERVAL_MS, latenciesMs: latencies },
    coldStarts,
    sharedCost,
    countingCost,
  })
  console.log(`results: ${file}`)
}

void runBench(main)
