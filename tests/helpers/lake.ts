/**
 * A real local content lake for tests: `node sanity/lake/cli.ts` as a child process, on free ports,
 * in a fresh temporary directory, optionally seeded from an NDJSON file.
 *
 *   const lake = await startTestLake({ seed: 'sanity/seed/production.ndjson' })
 *   const editor = lake.client()                 // write token (editor rights)
 *   const viewer = lake.client({ token: 'read' }) // read token (viewer rights)
 *   const anonymous = lake.client({ token: null })
 *   await lake.kill('SIGKILL'); await lake.restart() // same directory, same ports
 *   await lake.stop()                            // also removes the temporary directory
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { createClient, type ClientConfig, type ClientError, type SanityClient } from '@sanity/client'

const CLI = resolve(__dirname, '../../sanity/lake/cli.ts')
const READY = /lake ready\s+http=(\S+)\s+https=(\S+)/
const START_TIMEOUT_MS = 20_000

export const LAKE_API_VERSION = '2025-02-19'

/** The error a request the lake must refuse was refused with; fails the test if it succeeded. */
export async function refusal(promise: Promise<unknown>): Promise<ClientError> {
  try {
    await promise
  } catch (error) {
    return error as ClientError
  }
  throw new Error('Expected the lake to refuse the request')
}

export interface TestLakeOptions {
  /** An NDJSON file imported into `production` before the lake starts. */
  seed?: string
  /** Extra environment for the lake process. */
  env?: Record<string, string>
  /** Extra command-line arguments, e.g. `['--seed']`. */
  args?: string[]
  /** Start again on the directory, ports and tokens of a lake whose process has ended. */
  reuse?: Pick<TestLake, 'dir' | 'httpUrl' | 'httpsUrl' | 'tokens'>
}

export interface ClientOptions extends Omit<Partial<ClientConfig>, 'token'> {
  /** `'write'` (default), `'read'`, `null` for anonymous, or any other token string. */
  token?: 'write' | 'read' | string | null
}

export interface TestLake {
  /** Plain HTTP, e.g. `http://127.0.0.1:41234`. */
  readonly httpUrl: string
  /** HTTP/2 with TLS (self-signed), e.g. `https://localhost:41235`. */
  readonly httpsUrl: string
  readonly dir: string
  readonly tokens: { write: string; read: string }
  /** The running lake process, or undefined while it is stopped. */
  readonly pid: number | undefined
  /** A @sanity/client configured for the lake (dataset `production`, no CDN, no project hostname). */
  client(options?: ClientOptions): SanityClient
  /** Everything the lake printed so far, for failure messages. */
  output(): string
  /** Stops the lake gracefully (SIGTERM) and removes its directory. */
  stop(): Promise<void>
  /** Sends a signal (SIGKILL by default) and waits for the process to end; the directory stays. */
  kill(signal?: NodeJS.Signals): Promise<void>
  /** Starts the lake again on the same directory and ports, stopping it first if it runs. */
  restart(): Promise<void>
}

export async function startTestLake(options: TestLakeOptions = {}): Promise<TestLake> {
  const { reuse } = options
  const dir = reuse?.dir ?? mkdtempSync(join(tmpdir(), 'lake-test-'))
  const tokens = reuse?.tokens ?? {
    write: `test-write-${process.pid}-${Date.now()}`,
    read: `test-read-${process.pid}-${Date.now()}`,
  }
  const baseEnv: NodeJS.ProcessEnv = {
    ...process.env,
    LAKE_DIR: dir,
    SANITY_API_WRITE_TOKEN: tokens.write,
    SANITY_API_READ_TOKEN: tokens.read,
    ...options.env,
  }
  if (options.seed) {
    const seeded = spawnSync(process.execPath, [CLI, 'import', 'production', resolve(options.seed)], {
      env: baseEnv,
      cwd: dir,
      encoding: 'utf8',
    })
    if (seeded.status !== 0) throw new Error(`Seeding the test lake failed:\n${seeded.stdout}${seeded.stderr}`)
  }

  let child: ChildProcess | undefined
  let log = ''
  let urls = { http: '', https: '' }
  let ports = reuse
    ? { http: new URL(reuse.httpUrl).port, https: new URL(reuse.httpsUrl).port }
    : { http: '0', https: '0' }

  const launch = () =>
    new Promise<void>((resolveStart, reject) => {
      const env = { ...baseEnv, LAKE_PORT: ports.http, LAKE_TLS_PORT: ports.https }
      // The working directory is the temporary one, so a developer's .env.local is not read.
      const started = spawn(process.execPath, [CLI, '--quiet', ...(options.args ?? [])], {
        env,
        cwd: dir,
        stdio: ['ignore', 'pipe', 'pipe'],
      })
      child = started
      const from = log.length
      let ready = false
      const fail = (message: string) => {
        clearTimeout(timer)
        started.kill('SIGKILL')
        reject(new Error(`${message}\n--- lake output ---\n${log}`))
      }
      const timer = setTimeout(() => fail(`The lake did not start within ${START_TIMEOUT_MS} ms`), START_TIMEOUT_MS)
      started.stdout?.on('data', (chunk: Buffer) => {
        log += chunk.toString()
        const match = ready ? null : READY.exec(log.slice(from))
        if (!match) return
        ready = true
        clearTimeout(timer)
        urls = { http: match[1], https: match[2] }
        ports = { http: new URL(urls.http).port, https: new URL(urls.https).port }
        resolveStart()
      })
      started.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()))
      started.once('exit', (code, signal) => {
        if (!ready) fail(`The lake exited before it was ready (code ${code}, signal ${signal})`)
      })
    })

  const waitForExit = (signal: NodeJS.Signals) =>
    new Promise<void>((resolvePromise) => {
      const running = child
      child = undefined
      if (!running || running.exitCode !== null || running.signalCode !== null) return resolvePromise()
      running.once('exit', () => resolvePromise())
      running.kill(signal)
    })

  await launch()

  return {
    get httpUrl() {
      return urls.http
    },
    get httpsUrl() {
      return urls.https
    },
    dir,
    tokens,
    get pid() {
      return child?.pid
    },
    client({ token = 'write', ...config }: ClientOptions = {}) {
      const resolved = token === 'write' ? tokens.write : token === 'read' ? tokens.read : (token ?? undefined)
      return createClient({
        projectId: 'local',
        dataset: 'production',
        apiVersion: LAKE_API_VERSION,
        useCdn: false,
        useProjectHostname: false,
        apiHost: urls.http,
        token: resolved,
        ...config,
      })
    },
    output: () => log,
    async stop() {
      await waitForExit('SIGTERM')
      rmSync(dir, { recursive: true, force: true })
    },
    kill: (signal = 'SIGKILL') => waitForExit(signal),
    async restart() {
      await waitForExit('SIGTERM')
      await launch()
    },
  }
}
