/**
 * The site as deployed (deploy/stack.ts: the nginx edge, two instances, Redis), measured in one run:
 *
 * 1. Throughput and latency through the edge, for the start page and the campaign page with the
 *    most sections, at 50 connections, without compression (wrk's default) and with
 *    `Accept-Encoding: gzip`, beside nginx serving the very same bytes from disk with its gzip
 *    copies made in advance (`gzip_static`). The figure is edge ÷ static. A second static nginx also
 *    sends the response headers the edge sends for that page (the security headers and the rest), so
 *    that what goes over the wire is the same, headers included: the site must send those headers,
 *    and the first reference does not. Beside each, the CPU time each nginx's workers spent per
 *    request. Brotli through the edge is measured too (the static references have no brotli module).
 *    The servers of a row take turns, three rounds each, and each figure is the median of its rounds:
 *    one 15-second run after another swung by a third on this shared machine. Sections 4 and 5
 *    compare their pairs the same way.
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
const ROUNDS = 3

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

type Measured = WrkResult & { cpuMicrosPerRequest?: number }

/**
 * wrk's figures, and with an nginx's master pid the CPU time its workers spent per request: steadier
 * than requests per second on a shared machine, and it shows what the edge costs beyond a file.
 */
function measureOnce(url: string, encoding: string, seconds: number, nginxPid?: number): Measured {
  const cpuBefore = nginxPid === undefined ? 0 : workerCpuSeconds(nginxPid)
  const result = wrk(url, seconds, encoding)
  if (nginxPid === undefined) return result
  return { ...result, cpuMicrosPerRequest: ((workerCpuSeconds(nginxPid) - cpuBefore) / result.requests) * 1e6 }
}

const median = (values: number[]) =>
  percentile(
    [...values].sort((a, b) => a - b),
    50,
  )

/**
 * Servers compared in turn: each warmed up, then measured in ROUNDS rounds that take turns (the run
 * time split between them), so that a swing of this shared machine falls on all of them alike.
 * Each figure is the median of its rounds; requests and errors are summed.
 */
function measureInTurn(servers: { url: string; nginxPid?: number }[], encoding: string): Measured[] {
  for (const server of servers) wrk(server.url, WARM_UP_SECONDS, encoding)
  const rounds = servers.map((): Measured[] => [])
  for (let round = 0; round < ROUNDS; round += 1)
    servers.forEach((server, index) =>
      rounds[index].push(measureOnce(server.url, encoding, RUN_SECONDS / ROUNDS, server.nginxPid)),
    )
  return rounds.map((results) => {
    const sum = (pick: (result: Measured) => number) => results.reduce((total, result) => total + pick(result), 0)
    const cpu = results.flatMap((result) =>
      result.cpuMicrosPerRequest === undefined ? [] : [result.cpuMicrosPerRequest],
    )
    return {
      requestsPerSecond: median(results.map((result) => result.requestsPerSecond)),
      latencyP50Ms: median(results.map((result) => result.latencyP50Ms)),
      latencyP99Ms: median(results.map((result) => result.latencyP99Ms)),
      requests: sum((result) => result.requests),
      non2xx: sum((result) => result.non2xx),
      socketErrors: sum((result) => result.socketErrors),
      ...(cpu.length > 0 && { cpuMicrosPerRequest: median(cpu) }),
    }
  })
}

/** Headers nginx writes itself for a static file, left out of the ones a static reference adds. */
const OWN_HEADERS = new Set([
  'date',
  'server',
  'connection',
  'keep-alive',
  'content-type',
  'content-length',
  'content-encoding',
  'transfer-encoding',
  'etag',
  'last-modified',
])

interface SavedPage {
  path: string
  file: string
  html: Buffer
  /** The headers the edge sent with the page's stored copy, less the ones nginx writes itself. */
  headers: [string, string][]
}

/** A header value as an nginx string; nginx has no escape for `$`, which would name a variable. */
function nginxString(value: string): string {
  if (value.includes('$'))
    throw new Error(`A header value with "$" cannot be written into nginx's configuration: ${value}`)
  return `"${value.replace(/["\\]/g, (character) => `\\${character}`)}"`
}

/**
 * nginx serving saved pages and their gzip copies, made in advance, as a static site would; with
 * `withHeaders`, each page also goes out with the headers the edge sent with it.
 */
async function startStaticNginx(pages: SavedPage[], staticDir: string, { withHeaders }: { withHeaders: boolean }) {
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
    .map((page) => {
      const headers = withHeaders
        ? page.headers.map(([name, value]) => ` add_header ${name} ${nginxString(value)} always;`).join('')
        : ''
      return `    location = ${page.path} { default_type "text/html; charset=utf-8";${headers} try_files /${page.file} =404; }`
    })
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
  # As at the edge: headers over 1460 bytes (withHeaders) would otherwise leave in a packet of their own.
  postpone_output 4k;
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

  // 1. Throughput: the same bytes from the edge and from disk (asked until the edge sends its
  // stored copy, so that the headers are those of a cache hit).
  const saved: SavedPage[] = []
  for (const page of pages) {
    for (let tries = 0; ; tries += 1) {
      const response = await fetch(new URL(page.path, edge), { headers: { 'Accept-Encoding': 'identity' } })
      if (response.status !== 200) throw new Error(`${page.path} answered ${response.status} through the edge`)
      const html = Buffer.from(await response.arrayBuffer())
      if (response.headers.get('x-edge-cache') === 'HIT') {
        const headers = [...response.headers].filter(([name]) => !OWN_HEADERS.has(name))
        saved.push({ ...page, html, headers })
        break
      }
      if (tries > 100) throw new Error(`The edge never answered ${page.path} from its cache`)
      await new Promise((wait) => setTimeout(wait, 50))
    }
  }
  const staticDir = join(site.dir, '.next/static')
  const reference = await startStaticNginx(saved, staticDir, { withHeaders: false })
  const referenceWithHeaders = await startStaticNginx(saved, staticDir, { withHeaders: true })
  const loadBefore = loadavg()
  const throughput = []
  for (const encoding of ['identity', 'gzip', 'br']) {
    for (const page of pages) {
      say(`${page.name} (${encoding}): the edge${encoding === 'br' ? '' : ' and the static references'}`)
      const at = (base: string) => new URL(page.path, base).toString()
      const servers = [
        { url: at(edge), nginxPid: stack.state.edge.pid },
        ...(encoding === 'br'
          ? []
          : [reference, referenceWithHeaders].map((server) => ({ url: at(server.url), nginxPid: server.pid }))),
      ]
      const [viaEdge, fromDisk = null, fromDiskWithHeaders = null] = measureInTurn(servers, encoding)
      throughput.push({
        page: `${page.name} (${page.path})`,
        encoding,
        edge: viaEdge,
        static: fromDisk,
        staticWithHeaders: fromDiskWithHeaders,
      })
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
  say('start page (gzip): the edge with the figures log and without it')
  const edges = [
    { name: 'edge with the figures log', url: new URL('/', edge).toString(), nginxPid: stack.state.edge.pid },
    { name: 'edge without it', url: `http://127.0.0.1:${plainPort}/`, nginxPid: plainEdge.pid },
  ]
  const countingCost = measureInTurn(edges, 'gzip').map((result, index) => ({ edge: edges[index].name, result }))
  await plainEdge.stop()

  // 4. The cost of the shared cache, while nothing else runs: an instance with Redis, directly,
  // against an instance of the same build alone.
  const withRedis = stack.state.instances[0]
  const aloneDir = temporaryDirectory('site-bench-alone-')
  prepareInstanceDir(site.dir, aloneDir)
  const aloneEnv = { ...stack.state.instanceEnv, REDIS_URL: '', EDGE_PURGE_URLS: '' }
  const alonePort = await freePort()
  const alone = await startInstance({ name: 'alone', dir: aloneDir, port: alonePort, env: aloneEnv })
  say('one instance with the shared cache, and one with only its own')
  const instances = [
    { name: 'shared cache (Redis)', url: new URL(campaign, withRedis.url).toString() },
    { name: 'own cache only', url: new URL(campaign, `http://127.0.0.1:${alonePort}`).toString() },
  ]
  const sharedCost = measureInTurn(instances, 'identity').map((result, index) => ({
    instance: instances[index].name,
    result,
  }))
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
      'static + headers req/s': row.staticWithHeaders ? row.staticWithHeaders.requestsPerSecond.toFixed(0) : '-',
      'edge ÷ static + headers': row.staticWithHeaders
        ? (row.edge.requestsPerSecond / row.staticWithHeaders.requestsPerSecond).toFixed(3)
        : '-',
      'CPU µs/req edge / static / + headers': [row.edge, row.static, row.staticWithHeaders]
        .map((result) => result?.cpuMicrosPerRequest?.toFixed(1) ?? '-')
        .join(' / '),
      errors: [row.edge, row.static, row.staticWithHeaders]
        .map((result) => (result ? result.non2xx + result.socketErrors : '-'))
        .join(' / '),
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
