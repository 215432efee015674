/**
 * Counting campaign figures as deployed, without a site build: the real edge (nginx with the
 * project's template, deploy/stack.ts) in front of a small stand-in for the site's instances, the
 * figures' aggregator as its own process, and a real Redis with its append-only file. Requests go
 * through the edge as visitors' do; the counts and the log are then read and inspected.
 * (tests/browser/stack-figures.test.ts does the same in front of the real site.)
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

import { freePort } from '@somliga-tror/lake/testing'

import { figuresLogDir, startEdge, startFiguresAggregator, startRedis, type RunningProcess } from '../../deploy/stack'
import { figuresClient, offsetsKey, type FiguresRedis } from '../../lib/figures/store'
import { eventually } from '../helpers/eventually'

const ROOT = resolve(__dirname, '../..')
const PREFIX = 'somliga-tror'
const haveNginx = spawnSync('sh', ['-c', 'command -v nginx && command -v redis-server']).status === 0
const describeWithNginx = haveNginx ? describe : describe.skip

/** Waiting for nginx's buffered log and the aggregator's passes (not a speed assertion). */
const TEST_TIMEOUT_MS = 90_000

/** What a browser sends that must never reach the figures. */
const VISITOR_HEADERS = {
  'User-Agent': 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36',
  'X-Forwarded-For': '198.51.100.23',
  Referer: 'https://sok.example/?q=hemligt-sokord',
  Cookie: 'spar=besokare-4711',
  'Accept-Encoding': 'gzip',
}
const BOT_HEADERS = {
  ...VISITOR_HEADERS,
  'User-Agent': 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
}

let dir: string
let upstream: Server
let edge: RunningProcess
let redis: RunningProcess
let redisPort: number
const aggregators: RunningProcess[] = []
let client: FiguresRedis
let edgeUrl: string
let logDir: string

/** The site's instances, as far as the edge can tell: pages, a short link, assets, a 404. */
function startUpstream(port: number): Promise<Server> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://site').pathname
    if (path === '/' || path === '/hjalp') {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 's-maxage=600' })
      response.end(`<!doctype html><title>${path}</title><p>${'Somliga tror '.repeat(50)}</p>`)
    } else if (path.toLowerCase() === '/busskur') {
      response.writeHead(307, { Location: '/hjalp', 'Cache-Control': 'no-store', 'X-Short-Link': '/busskur' })
      response.end()
    } else if (path.startsWith('/_next/static/')) {
      response.writeHead(200, { 'Content-Type': 'text/javascript', 'Cache-Control': 'public, max-age=31536000' })
      response.end('console.log(1)')
    } else {
      response.writeHead(404, { 'Content-Type': 'text/html' })
      response.end('<!doctype html><title>Sidan finns inte</title>')
    }
  })
  return new Promise((resolveListen) => server.listen(port, '127.0.0.1', () => resolveListen(server)))
}

const startAggregator = async () => {
  const started = await startFiguresAggregator({ root: ROOT, redisUrl: `redis://127.0.0.1:${redisPort}`, logDir })
  aggregators.push(started)
  return started
}

async function connect(): Promise<FiguresRedis> {
  const connected = figuresClient(`redis://127.0.0.1:${redisPort}`)
  connected.on('error', () => {})
  await connected.connect()
  return connected
}

type Totals = Record<string, Record<string, number>>

/** Every count in Redis, summed over days: kind → key → count, keys sorted. */
async function totals(): Promise<Totals> {
  const result: Totals = { pages: {}, shortLinks: {} }
  for (const key of await client.keys(`${PREFIX}:figures:*:????-??-??`)) {
    const kind = key.split(':')[2]
    for (const [field, count] of Object.entries(await client.hGetAll(key)))
      result[kind][field] = (result[kind][field] ?? 0) + Number(count)
  }
  return sorted(result)
}

const sorted = (totals: Totals): Totals =>
  Object.fromEntries(
    Object.entries(totals).map(([kind, counts]) => [kind, Object.fromEntries(Object.entries(counts).sort())]),
  )

/** Requests as visitors' (and bots') browsers make them, through the edge. */
async function visit(path: string, { times = 1, method = 'GET', headers = VISITOR_HEADERS } = {}) {
  for (let index = 0; index < times; index += 1) {
    const response = await fetch(`${edgeUrl}${path}`, { method, headers, redirect: 'manual' })
    await response.arrayBuffer()
  }
}

/** Waits until the counts are these and the aggregator has read every line the edge has written. */
async function settledTotals(expected: Totals) {
  await eventually(
    async () => {
      const live = join(logDir, 'figures.log')
      const size = readFileSync(live).length
      const offsets = Object.values(await client.hGetAll(offsetsKey(PREFIX, 'edge'))).map(Number)
      return offsets.includes(size) && JSON.stringify(await totals()) === JSON.stringify(sorted(expected))
    },
    { describe: async () => `counts ${JSON.stringify(await totals())}, expected ${JSON.stringify(expected)}` },
  )
  return totals()
}

describeWithNginx('counting page views and short-link uses at the edge', () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'figures-counting-'))
    const upstreamPort = await freePort()
    upstream = await startUpstream(upstreamPort)
    redisPort = await freePort()
    redis = await startRedis({ port: redisPort, dir: join(dir, 'figures-redis'), persistent: true })
    const edgePort = await freePort()
    edgeUrl = `http://127.0.0.1:${edgePort}`
    const runDir = join(dir, 'edge')
    logDir = figuresLogDir(runDir)
    edge = await startEdge({
      root: ROOT,
      port: edgePort,
      innerPort: await freePort(),
      sizerPort: await freePort(),
      runDir,
      upstreams: [`127.0.0.1:${upstreamPort}`],
      purgeFrom: '127.0.0.1',
    })
    await startAggregator()
    client = await connect()
  })

  afterAll(async () => {
    client?.destroy()
    for (const aggregator of aggregators) await aggregator.stop()
    await edge?.stop()
    await redis?.stop()
    await new Promise((done) => (upstream ? upstream.close(done) : done(undefined)))
    if (dir) rmSync(dir, { recursive: true, force: true })
  })

  it(
    'counts N page views and N short-link uses as exactly N, and nothing else',
    async () => {
      await visit('/hjalp', { times: 12 })
      await visit('/hjalp?utm_source=affisch', { times: 3 })
      await visit('/', { times: 2 })
      await visit('/busskur', { times: 4 })
      await visit('/BUSSKUR')
      // Not counted: bots that say so, HEAD, assets, a not-found page, a POST.
      await visit('/hjalp', { times: 5, headers: BOT_HEADERS })
      await visit('/busskur', { times: 2, headers: BOT_HEADERS })
      await visit('/hjalp', { times: 2, method: 'HEAD' })
      await visit('/_next/static/chunks/app.js', { times: 3 })
      await visit('/finns-inte', { times: 2 })
      await visit('/hjalp', { method: 'POST' })

      expect(await settledTotals({ pages: { '/': 2, '/hjalp': 15 }, shortLinks: { '/busskur': 5 } })).toEqual({
        pages: { '/': 2, '/hjalp': 15 },
        shortLinks: { '/busskur': 5 },
      })
    },
    TEST_TIMEOUT_MS,
  )

  it('writes no address, user agent, referrer, cookie or query string to its log, and stores only counts', async () => {
    const log = readFileSync(join(logDir, 'figures.log'), 'utf8')
    expect(log).toMatch(/^\d{4}-\d{2}-\d{2} GET 200 visitor "-" "\/hjalp"$/m)
    expect(log).toMatch(/^\d{4}-\d{2}-\d{2} GET 200 bot "-" "\/hjalp"$/m)
    for (const secret of [
      '127.0.0.1',
      '198.51.100.23',
      'Mozilla',
      'Googlebot',
      'hemligt',
      'besokare',
      'utm_source',
      ':',
    ])
      expect(log).not.toContain(secret)
    // Lines that can never count are not written at all.
    expect(log).not.toContain('/_next/')

    const keys = await client.keys('*')
    for (const key of keys)
      expect(key).toMatch(/^somliga-tror:figures:((pages|shortLinks):\d{4}-\d{2}-\d{2}|offsets:edge)$/)
    const stored = JSON.stringify(await Promise.all(keys.map((key) => client.hGetAll(key))))
    for (const secret of ['127.0.0.1', '198.51.100.23', 'Mozilla', 'hemligt', 'besokare', 'utm_source'])
      expect(stored).not.toContain(secret)
  })

  it(
    'loses and repeats no count when the aggregator stops and Redis is killed and started again',
    async () => {
      const before = await totals()
      for (const aggregator of aggregators.splice(0)) await aggregator.stop()
      await visit('/hjalp', { times: 6 })
      await visit('/busskur', { times: 3 })
      // Killed, not stopped: what the append-only file holds is what survives.
      process.kill(redis.pid, 'SIGKILL')
      await redis.stop()
      client.destroy()
      redis = await startRedis({ port: redisPort, dir: join(dir, 'figures-redis'), persistent: true })
      client = await connect()
      expect(await totals()).toEqual(before)
      await startAggregator()
      expect(
        await settledTotals({
          pages: { '/': 2, '/hjalp': before.pages['/hjalp'] + 6 },
          shortLinks: { '/busskur': before.shortLinks['/busskur'] + 3 },
        }),
      ).toEqual({ pages: { '/': 2, '/hjalp': 21 }, shortLinks: { '/busskur': 8 } })
    },
    TEST_TIMEOUT_MS,
  )

  it(
    'counts each line once with two aggregators on the same log, and reads a rotated log to its end',
    async () => {
      await startAggregator()
      await visit('/hjalp', { times: 10 })
      // Rotation as the edge image does it: rename, then nginx opens a new file.
      await eventually(async () => readFileSync(join(logDir, 'figures.log'), 'utf8').split('\n').length > 30, {
        describe: () => 'the edge has not written the last visits',
      })
      spawnSync('mv', [join(logDir, 'figures.log'), join(logDir, 'figures.log.20260303120000')])
      const reopened = spawnSync('nginx', [
        '-p',
        join(dir, 'edge'),
        '-c',
        join(dir, 'edge', 'nginx.conf'),
        '-s',
        'reopen',
      ])
      expect(reopened.status).toBe(0)
      // `-s reopen` only signals the master; it opens the new file a moment later.
      await eventually(async () => existsSync(join(logDir, 'figures.log')), {
        describe: () => 'nginx has not opened a new figures log',
      })
      await visit('/', { times: 3 })
      expect(await settledTotals({ pages: { '/': 5, '/hjalp': 31 }, shortLinks: { '/busskur': 8 } })).toEqual({
        pages: { '/': 5, '/hjalp': 31 },
        shortLinks: { '/busskur': 8 },
      })
    },
    TEST_TIMEOUT_MS,
  )
})
