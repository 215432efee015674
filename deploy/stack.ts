/**
 * The deployed topology on one machine, without containers: Redis as the shared cache, two or more
 * site instances and the nginx edge in front of them (docs/deploy.md). Each instance runs exactly
 * as the image runs it, `node server.js` in its own copy of the standalone build, so that no two
 * instances share a file. The content backend (the local lake, or hosted Sanity) is the caller's.
 *
 * Used by `npm run stack` (scripts/stack.ts), the browser-test run (tests/browser/global-setup.ts)
 * and the benches. Every process it starts is returned with its pid, so that a test may kill one
 * and start it again.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { chmodSync, cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

import { freePort } from '@somliga-tror/lake/testing'

/** In the repository (or a bench's copy of it), next to this file. */
export const EDGE_TEMPLATE = 'deploy/edge/nginx.conf.template'
const NGINX_MODULES = '/usr/lib/nginx/modules'
const START_TIMEOUT_MS = 60_000

export interface RunningProcess {
  readonly pid: number
  output(): string
  /** SIGTERM, and resolves when the process has ended. */
  stop(): Promise<void>
}

function launch(name: string, command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }) {
  let log = ''
  const child: ChildProcess = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] })
  child.stdout?.on('data', (chunk: Buffer) => (log = (log + chunk.toString()).slice(-50_000)))
  child.stderr?.on('data', (chunk: Buffer) => (log = (log + chunk.toString()).slice(-50_000)))
  const ended = new Promise<void>((resolveEnd) => child.once('exit', () => resolveEnd()))
  const running: RunningProcess = {
    pid: child.pid ?? -1,
    output: () => log,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
      await ended
    },
  }
  return { running, child, name }
}

async function until(
  started: ReturnType<typeof launch>,
  ready: () => Promise<boolean> | boolean,
  timeoutMs = START_TIMEOUT_MS,
): Promise<RunningProcess> {
  const deadline = Date.now() + timeoutMs
  while (!(await ready())) {
    if (started.child.exitCode !== null || started.child.signalCode !== null)
      throw new Error(`${started.name} exited:\n${started.running.output()}`)
    if (Date.now() > deadline) {
      started.child.kill('SIGKILL')
      throw new Error(`${started.name} did not start within ${timeoutMs / 1000} s:\n${started.running.output()}`)
    }
    await new Promise((wait) => setTimeout(wait, 100))
  }
  return started.running
}

const answers = (url: string) =>
  fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(2_000) }).then(
    (response) => response.ok,
    () => false,
  )

/**
 * The shared cache's Redis has no persistence: the cache can always be rebuilt from the content
 * backend. The campaign figures' Redis (`persistent`) keeps an append-only file, written every
 * second, and evicts nothing: its counts exist nowhere else (docs/deploy.md, "Campaign figures").
 */
export function startRedis({
  port,
  dir,
  persistent = false,
}: {
  port: number
  dir: string
  persistent?: boolean
}): Promise<RunningProcess> {
  mkdirSync(dir, { recursive: true })
  const args = [
    ...['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', ''],
    ...(persistent
      ? ['--appendonly', 'yes', '--appendfsync', 'everysec', '--maxmemory-policy', 'noeviction']
      : // Entries carry a time to live and may be evicted; tag times carry none and never are.
        ['--appendonly', 'no', '--maxmemory', '256mb', '--maxmemory-policy', 'volatile-lru']),
  ]
  const started = launch('redis-server', 'redis-server', args, { cwd: dir, env: process.env })
  return until(started, () => /Ready to accept connections/.test(started.running.output()))
}

/**
 * Copies the standalone build into `dir` as the image lays it out: server.js with its traced
 * files, `.next/static` and `public/`. node_modules is hard-linked (never written to).
 */
export function prepareInstanceDir(buildDir: string, dir: string): void {
  const standalone = join(buildDir, '.next/standalone')
  if (!existsSync(join(standalone, 'server.js')))
    throw new Error(`No standalone build in ${buildDir}/.next: run next build first.`)
  mkdirSync(dir, { recursive: true })
  cpSync(standalone, dir, { recursive: true, filter: (source) => !source.startsWith(join(standalone, 'node_modules')) })
  const linked = spawnSync('cp', ['-al', join(standalone, 'node_modules'), join(dir, 'node_modules')])
  if (linked.status !== 0) throw new Error(`Could not link node_modules into ${dir}: ${linked.stderr}`)
  cpSync(join(buildDir, '.next/static'), join(dir, '.next/static'), { recursive: true })
  if (existsSync(join(buildDir, 'public'))) cpSync(join(buildDir, 'public'), join(dir, 'public'), { recursive: true })
}

/** `node server.js` in a prepared directory, as the image starts it; resolves once it is live. */
export function startInstance({
  name,
  dir,
  port,
  env,
}: {
  name: string
  dir: string
  port: number
  env: NodeJS.ProcessEnv
}): Promise<RunningProcess> {
  const started = launch(name, process.execPath, ['server.js'], {
    cwd: dir,
    env: { ...env, PORT: String(port), HOSTNAME: '127.0.0.1' },
  })
  return until(started, () => answers(`http://127.0.0.1:${port}/api/health/live`))
}

export interface EdgeOptions {
  /** The repository (or a copy of it), where the configuration template is. */
  root: string
  port: number
  /** Loopback port of the edge's inner, compressing hop. */
  innerPort: number
  /** Loopback port of the edge's sizing hop, which gives compressed copies their length. */
  sizerPort: number
  /** Where nginx keeps its configuration, cache, temporary files and logs. */
  runDir: string
  upstreams: string[]
  /** The one address or network allowed to purge (the instances'). */
  purgeFrom: string
  /** Defaults to a file in runDir; `/dev/stdout` in the image. */
  accessLog?: string
  /** Leaves the campaign figures' log out, for the bench that measures what it costs. */
  withoutFigures?: boolean
}

/** Where the edge writes the campaign figures' log, in its run directory (the aggregator reads it). */
export const figuresLogDir = (edgeRunDir: string) => join(edgeRunDir, 'figures')

/**
 * The campaign figures' aggregator (deploy/figures/aggregator.ts), as the image starts it; it
 * counts `logDir` into the figures' Redis.
 */
export function startFiguresAggregator({
  root,
  redisUrl,
  logDir,
}: {
  root: string
  redisUrl: string
  logDir: string
}): Promise<RunningProcess> {
  const started = launch('figures aggregator', process.execPath, ['deploy/figures/aggregator.ts'], {
    cwd: root,
    env: { ...process.env, FIGURES_REDIS_URL: redisUrl, FIGURES_LOG_DIR: logDir },
  })
  return until(started, () => /\[figures\] counting/.test(started.running.output()))
}

/** The edge's configuration, from the template the image uses too. */
export function edgeConfig(options: EdgeOptions): string {
  // Purge and njs (the sizing hop) are needed; brotli is used where it is installed.
  const modules = [
    'ngx_http_cache_purge_module.so',
    'ngx_http_js_module.so',
    'ngx_http_brotli_filter_module.so',
  ].filter((file) => existsSync(join(NGINX_MODULES, file)))
  const brotli = modules.includes('ngx_http_brotli_filter_module.so')
  const values: Record<string, string> = {
    EDGE_LOAD_MODULES: modules.map((file) => `load_module ${join(NGINX_MODULES, file)};`).join('\n'),
    EDGE_RUN_DIR: options.runDir,
    EDGE_ERROR_LOG: join(options.runDir, 'error.log'),
    EDGE_ACCESS_LOG: options.accessLog ?? join(options.runDir, 'access.log'),
    EDGE_FIGURES_LOG: join(figuresLogDir(options.runDir), 'figures.log'),
    EDGE_LISTEN: `127.0.0.1:${options.port}`,
    EDGE_INNER_LISTEN: `127.0.0.1:${options.innerPort}`,
    EDGE_SIZER_LISTEN: `127.0.0.1:${options.sizerPort}`,
    EDGE_SCRIPT_DIR: join(options.root, 'deploy/edge'),
    EDGE_UPSTREAMS: options.upstreams.map((upstream) => `server ${upstream} max_fails=1 fail_timeout=3s;`).join(' '),
    EDGE_PURGE_FROM: options.purgeFrom,
    EDGE_BROTLI_OFF: brotli ? '' : '#',
    EDGE_BROTLI_FILTER: brotli
      ? '    brotli on;\n    brotli_comp_level 6;\n    brotli_types text/css text/plain text/xml text/javascript application/javascript application/json application/xml application/manifest+json image/svg+xml text/x-component;'
      : '',
  }
  const config = readFileSync(join(options.root, EDGE_TEMPLATE), 'utf8').replace(
    /\$\{(EDGE_[A-Z_]+)\}/g,
    (whole, name: string) => {
      if (!(name in values)) throw new Error(`${EDGE_TEMPLATE} names ${whole}, which deploy/stack.ts does not fill in`)
      return values[name]
    },
  )
  if (!options.withoutFigures) return config
  const withoutFigures = config.replace(/^\s*access_log \S+ figures .*\n/m, '')
  if (withoutFigures === config) throw new Error(`${EDGE_TEMPLATE} has no figures access_log line to leave out`)
  return withoutFigures
}

/** nginx with the edge configuration; resolves once it answers. */
export async function startEdge(options: EdgeOptions): Promise<RunningProcess> {
  for (const sub of ['cache', 'body', 'proxy', 'fastcgi', 'uwsgi', 'scgi', 'figures'])
    mkdirSync(join(options.runDir, sub), { recursive: true })
  const configFile = join(options.runDir, 'nginx.conf')
  writeFileSync(configFile, edgeConfig(options))
  // Started as root (CI), nginx runs its workers as `nobody`, who must reach the cache and logs.
  if (process.getuid?.() === 0) {
    for (let dir = options.runDir; dir !== dirname(dir) && dir !== tmpdir(); dir = dirname(dir)) chmodSync(dir, 0o755)
    spawnSync('chown', ['-R', 'nobody:', options.runDir])
  }
  const started = launch('nginx', 'nginx', ['-p', options.runDir, '-c', configFile, '-e', 'stderr'], {
    cwd: options.runDir,
    env: process.env,
  })
  const url = `http://127.0.0.1:${options.port}`
  return until(started, () =>
    fetch(url, { method: 'HEAD', signal: AbortSignal.timeout(2_000) }).then(
      () => true,
      () => false,
    ),
  )
}

export interface StackOptions {
  /** A directory with a standalone `next build` (the repository, or a bench's copy). */
  buildDir: string
  /** Where instance copies, Redis and nginx keep their files. */
  runDir: string
  /** The site's environment (content backend, secrets), without the stack's own variables. */
  env: NodeJS.ProcessEnv
  edgePort: number
  instances?: number
}

export interface StackState {
  edgeUrl: string
  redis: { url: string; port: number; dir: string; pid: number }
  /** The campaign figures: their Redis (persistent), the aggregator, and the log it counts. */
  figures: {
    redisUrl: string
    redisPort: number
    redisDir: string
    redisPid: number
    aggregatorPid: number
    logDir: string
  }
  instances: { name: string; url: string; port: number; dir: string; pid: number }[]
  edge: { runDir: string; pid: number }
  /** What every instance is started with (the site's environment plus the stack's). */
  instanceEnv: NodeJS.ProcessEnv
}

export interface Stack {
  state: StackState
  processes: RunningProcess[]
  stop(): Promise<void>
}

/**
 * The environment each instance gets on top of the site's: the shared cache, the edge to purge and
 * the campaign figures' Redis (which the Studio's figures route reads).
 */
export function instanceEnvironment(
  env: NodeJS.ProcessEnv,
  redisUrl: string,
  edgeUrl: string,
  figuresRedisUrl: string,
): NodeJS.ProcessEnv {
  return {
    ...env,
    NODE_ENV: 'production',
    REDIS_URL: redisUrl,
    EDGE_PURGE_URLS: edgeUrl,
    FIGURES_REDIS_URL: figuresRedisUrl,
  }
}

/**
 * Redis and the figures' Redis, then the instances, then the edge and the figures' aggregator;
 * stops what started if a later part fails.
 */
export async function startStack({ buildDir, runDir, env, edgePort, instances = 2 }: StackOptions): Promise<Stack> {
  const processes: RunningProcess[] = []
  const stop = async () => {
    for (const process of processes.reverse()) await process.stop()
  }
  try {
    const redisPort = await freePort()
    const redisDir = join(runDir, 'redis')
    const redis = await startRedis({ port: redisPort, dir: redisDir })
    processes.push(redis)
    const redisUrl = `redis://127.0.0.1:${redisPort}`
    const figuresRedisPort = await freePort()
    const figuresRedisDir = join(runDir, 'figures-redis')
    const figuresRedis = await startRedis({ port: figuresRedisPort, dir: figuresRedisDir, persistent: true })
    processes.push(figuresRedis)
    const figuresRedisUrl = `redis://127.0.0.1:${figuresRedisPort}`
    const edgeUrl = `http://127.0.0.1:${edgePort}`
    const instanceEnv = instanceEnvironment(env, redisUrl, edgeUrl, figuresRedisUrl)
    const specs = []
    for (let index = 1; index <= instances; index += 1) {
      const spec = { name: `site-${index}`, dir: join(runDir, `site-${index}`), port: await freePort() }
      prepareInstanceDir(buildDir, spec.dir)
      specs.push(spec)
    }
    const started = await Promise.all(specs.map((spec) => startInstance({ ...spec, env: instanceEnv })))
    processes.push(...started)
    const edgeRunDir = join(runDir, 'edge')
    const edge = await startEdge({
      root: buildDir,
      port: edgePort,
      innerPort: await freePort(),
      sizerPort: await freePort(),
      runDir: edgeRunDir,
      upstreams: specs.map((spec) => `127.0.0.1:${spec.port}`),
      purgeFrom: '127.0.0.1',
    })
    processes.push(edge)
    const logDir = figuresLogDir(edgeRunDir)
    const aggregator = await startFiguresAggregator({ root: buildDir, redisUrl: figuresRedisUrl, logDir })
    processes.push(aggregator)
    const state: StackState = {
      edgeUrl,
      redis: { url: redisUrl, port: redisPort, dir: redisDir, pid: redis.pid },
      figures: {
        redisUrl: figuresRedisUrl,
        redisPort: figuresRedisPort,
        redisDir: figuresRedisDir,
        redisPid: figuresRedis.pid,
        aggregatorPid: aggregator.pid,
        logDir,
      },
      instances: specs.map((spec, index) => ({
        ...spec,
        url: `http://127.0.0.1:${spec.port}`,
        pid: started[index].pid,
      })),
      edge: { runDir: edgeRunDir, pid: edge.pid },
      instanceEnv,
    }
    return { state, processes, stop }
  } catch (error) {
    await stop()
    throw error
  }
}
