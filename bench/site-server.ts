/**
 * What every site bench needs: a seeded lake, `next build` against it and `next start`, the way a
 * browser-test run has them, plus the bench's shared output (tables, percentiles, JSON results).
 *
 * The build happens in a private copy of the working tree (tracked and untracked files, not
 * ignored ones; node_modules hard-linked), so a bench neither overwrites the repository's `.next`
 * nor breaks a `next start` or test run that uses it.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { chmodSync, cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import { join } from 'node:path'
import { createClient, type SanityClient } from '@sanity/client'
import { freePort, startTestLake } from '@somliga-tror/lake/testing'

import { startStack, type Stack } from '../deploy/stack.ts'
import { siteEnv } from '../tests/helpers/site-env.ts'
import { copyWorkingTree, linkNodeModules } from '../tests/helpers/working-tree.ts'

export { freePort }

const ROOT = new URL('..', import.meta.url).pathname
const RESULTS_DIR = new URL('./results/', import.meta.url).pathname
const SEED = join(ROOT, 'sanity/seed/production.ndjson')
const WEBHOOKS = join(ROOT, 'sanity/webhooks.json')
const BARE_PAGE = join(ROOT, 'bench/bare-next-page')
const START_TIMEOUT_MS = 120_000

/** wrk's settings in every site bench: 2 threads, 50 connections, a warm-up, then the run. */
export const WRK_THREADS = 2
export const WRK_CONNECTIONS = 50
export const WARM_UP_SECONDS = 3
export const RUN_SECONDS = 15

export interface WrkResult {
  requestsPerSecond: number
  latencyP50Ms: number
  latencyP99Ms: number
  requests: number
  /** Responses other than 2xx/3xx. */
  non2xx: number
  /** Connect, read and write errors, and requests that took longer than wrk's 2 s timeout. */
  socketErrors: number
}

const UNIT_MS: Record<string, number> = { us: 0.001, ms: 1, s: 1000, m: 60_000 }

function milliseconds(value: string): number {
  const match = /^([\d.]+)(us|ms|s|m)$/.exec(value)
  if (!match) throw new Error(`Unexpected wrk latency "${value}"`)
  return Number(match[1]) * UNIT_MS[match[2]]
}

/** wrk against `url`; `encoding` other than identity is sent as Accept-Encoding. */
export function wrk(url: string, seconds: number, encoding: string): WrkResult {
  const headers = encoding === 'identity' ? [] : ['-H', `Accept-Encoding: ${encoding}`]
  const run = spawnSync(
    'wrk',
    [`-t${WRK_THREADS}`, `-c${WRK_CONNECTIONS}`, `-d${seconds}s`, '--latency', ...headers, url],
    { encoding: 'utf8' },
  )
  if (run.status !== 0) throw new Error(`wrk failed:\n${run.stdout}${run.stderr}`)
  const out = run.stdout
  const field = (pattern: RegExp) => {
    const match = pattern.exec(out)
    if (!match) throw new Error(`Could not read ${pattern} from wrk's output:\n${out}`)
    return match[1]
  }
  const socketErrors = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out)
  return {
    requestsPerSecond: Number(field(/Requests\/sec:\s+([\d.]+)/)),
    latencyP50Ms: milliseconds(field(/^\s+50%\s+(\S+)/m)),
    latencyP99Ms: milliseconds(field(/^\s+99%\s+(\S+)/m)),
    requests: Number(field(/(\d+) requests in/)),
    non2xx: Number(/Non-2xx or 3xx responses: (\d+)/.exec(out)?.[1] ?? 0),
    socketErrors: socketErrors ? socketErrors.slice(1).reduce((sum, count) => sum + Number(count), 0) : 0,
  }
}

/** The campaign page with the most sections: the heaviest page editors have made. */
export async function campaignPagePath(lakeUrl: string, token: string): Promise<string> {
  const query = `*[_type == "page" && defined(slug.current) && _id != *[_id == "settings"][0].startPage._ref] | order(count(sections) desc, slug.current asc)[0].slug.current`
  const response = await fetch(`${lakeUrl}/v2025-02-19/data/query/production?query=${encodeURIComponent(query)}`, {
    headers: { Authorization: `Bearer ${token}` },
  })
  const { result } = (await response.json()) as { result: string | null }
  if (!result) throw new Error('The seeded lake has no campaign page besides the start page')
  return `/${result}`
}

export function say(message: string): void {
  console.error(`bench: ${message}`)
}

/** Fails with the install line when a command-line tool the bench needs is missing. */
export function requireTools(tools: string[]): void {
  const missing = tools.filter((tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0)
  if (missing.length > 0) {
    throw new Error(`This bench needs ${missing.join(' and ')}. On Debian or Ubuntu: apt-get install nginx-light wrk`)
  }
}

const children = new Set<ChildProcess>()
const cleanups: (() => void)[] = []
/** Asynchronous stops (the stack's, the lake's), awaited in reverse order before the cleanups. */
const stoppers: (() => Promise<void>)[] = []

/** Stops everything the bench started and removes its temporary directories. */
export async function stopAll(): Promise<void> {
  for (const stop of stoppers.splice(0).reverse()) await stop()
  await Promise.all(
    [...children].map(
      (child) =>
        new Promise<void>((resolveExit) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolveExit()
          child.once('exit', () => resolveExit())
          child.kill('SIGTERM')
        }),
    ),
  )
  for (const cleanup of cleanups.splice(0)) cleanup()
}

/**
 * Runs a bench's (or a script's) main: a failure is printed as its message and sets the exit
 * code, and everything started is stopped either way.
 */
export function runBench(main: () => Promise<void>): Promise<void> {
  return main()
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error)
      process.exitCode = 1
    })
    .finally(stopAll)
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    say(`${signal}: stopping`)
    stopAll().finally(() => process.exit(130))
  })
}

/** Starts a process, keeps its output for error messages, and stops it with the bench. */
export function startProcess(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }) {
  let output = ''
  const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] })
  children.add(child)
  child.once('exit', () => children.delete(child))
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  return { child, output: () => output }
}

export function temporaryDirectory(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }))
  return dir
}

/** `next build` in `dir`; throws with the build's output when it fails. */
function nextBuild(dir: string, env: NodeJS.ProcessEnv): void {
  say(`next build in ${dir} (a minute or more)`)
  const build = spawnSync(process.execPath, [join(dir, 'node_modules/next/dist/bin/next'), 'build'], {
    cwd: dir,
    env,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
  if (build.status !== 0) throw new Error(`next build failed in ${dir}:\n${build.stdout}${build.stderr}`)
}

/** `next start` in `dir` on `port`; resolves with its URL once it answers 200. */
async function nextStart(dir: string, port: number, env: NodeJS.ProcessEnv): Promise<string> {
  const url = `http://localhost:${port}`
  const started = startProcess(
    process.execPath,
    [join(dir, 'node_modules/next/dist/bin/next'), 'start', '--port', String(port)],
    { cwd: dir, env },
  )
  await waitFor(
    () =>
      fetch(url).then(
        (response) => response.status === 200,
        () => false,
      ),
    started,
    `next start in ${dir}`,
  )
  return url
}

export interface BenchSite {
  url: string
  /** The private build directory (its `.next/static` is what nginx serves next to saved pages). */
  dir: string
  lake: { httpUrl: string; tokens: { write: string; read: string } }
  /** The site's environment, for starting more servers of the same build. */
  env: NodeJS.ProcessEnv
  /** With `serve: 'stack'`: the edge, the instances and Redis (deploy/stack.ts). */
  stack?: Stack
}

/** A client of the bench's lake with the editor's token, for benches that publish. */
export function editorClient(site: BenchSite): SanityClient {
  return createClient({
    projectId: 'local',
    dataset: 'production',
    apiVersion: '2025-02-19',
    apiHost: site.lake.httpUrl,
    useProjectHostname: false,
    useCdn: false,
    token: site.lake.tokens.write,
  })
}

/**
 * A seeded lake, a production build of the working tree against it, and the site on free ports:
 * `next start` (one process), or with `serve: 'stack'` the deployed topology (deploy/stack.ts),
 * whose edge is then the site's address. The lake delivers its publish webhook to that address,
 * signed as in production.
 */
export async function startSite({ serve = 'next-start' }: { serve?: 'next-start' | 'stack' } = {}): Promise<BenchSite> {
  const sitePort = await freePort()
  const siteUrl = `http://localhost:${sitePort}`
  const revalidateSecret = `bench-revalidate-${process.pid}-${Date.now()}`
  const lake = await startTestLake({
    seed: SEED,
    env: { LAKE_WEBHOOKS_FILE: WEBHOOKS, NEXT_PUBLIC_SITE_URL: siteUrl, SANITY_REVALIDATE_SECRET: revalidateSecret },
  })
  stoppers.push(() => lake.stop())

  const dir = temporaryDirectory('site-bench-tree-')
  copyWorkingTree(ROOT, dir)
  const env = siteEnv({
    lakeHttpUrl: lake.httpUrl,
    lakeHttpsUrl: lake.httpsUrl,
    tokens: lake.tokens,
    sitePort,
    revalidateSecret,
  })
  nextBuild(dir, env)
  let stack: Stack | undefined
  if (serve === 'stack') {
    const runDir = temporaryDirectory('site-bench-stack-')
    const started = await startStack({ buildDir: dir, runDir, env, edgePort: sitePort })
    stoppers.push(() => started.stop())
    stack = started
  } else {
    await nextStart(dir, sitePort, env)
  }
  say(`site ready at ${siteUrl}`)
  return { url: siteUrl, dir, lake: { httpUrl: lake.httpUrl, tokens: lake.tokens }, env, stack }
}

/**
 * The reference, measured here and now: a bare Next App Router page with one server component
 * (bench/bare-next-page), built and started with the same Next version as the site.
 */
export async function startBareNextPage(): Promise<string> {
  const dir = temporaryDirectory('site-bench-bare-')
  cpSync(BARE_PAGE, dir, { recursive: true })
  linkNodeModules(ROOT, dir)
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' }
  nextBuild(dir, env)
  return nextStart(dir, await freePort(), env)
}

async function waitFor(
  ready: () => boolean | Promise<boolean>,
  started: { child: ChildProcess; output: () => string },
  name: string,
): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS
  while (!(await ready())) {
    if (started.child.exitCode !== null) throw new Error(`${name} exited:\n${started.output()}`)
    if (Date.now() > deadline)
      throw new Error(`${name} did not start within ${START_TIMEOUT_MS / 1000} s:\n${started.output()}`)
    await new Promise((wait) => setTimeout(wait, 250))
  }
}

/** Makes a temporary directory readable by a server that drops privileges (nginx workers). */
export function openToAll(dir: string): void {
  chmodSync(dir, 0o755)
}

export function percentile(sortedValues: number[], p: number): number {
  if (sortedValues.length === 0) return Number.NaN
  const index = Math.min(sortedValues.length - 1, Math.ceil((p / 100) * sortedValues.length) - 1)
  return sortedValues[Math.max(0, index)]
}

/** Prints rows as an aligned table. */
export function printTable(rows: Record<string, string | number>[]): void {
  if (rows.length === 0) return
  const columns = Object.keys(rows[0])
  const widths = columns.map((column) => Math.max(column.length, ...rows.map((row) => String(row[column]).length)))
  const line = (values: string[]) => values.map((value, index) => value.padEnd(widths[index])).join('  ')
  console.log(line(columns))
  console.log(line(widths.map((width) => '-'.repeat(width))))
  for (const row of rows) console.log(line(columns.map((column) => String(row[column]))))
}

/** Writes the results as JSON into bench/results/<name>-<time>.json, with the machine they ran on. */
export function writeResults(name: string, results: unknown): string {
  mkdirSync(RESULTS_DIR, { recursive: true })
  const file = join(RESULTS_DIR, `${name}-${new Date().toISOString().replace(/[:.]/g, '-')}.json`)
  const machine = { cpus: cpus().length, cpuModel: cpus()[0]?.model, node: process.version }
  writeFileSync(file, `${JSON.stringify({ date: new Date().toISOString(), machine, results }, null, 2)}\n`)
  return file
}
