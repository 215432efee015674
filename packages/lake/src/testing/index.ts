/**
 * A real lake for tests: the CLI as a child process (`spawn.ts`), on free ports, in a fresh
 * temporary directory, optionally seeded from an NDJSON file, with a `@sanity/client` for it.
 *
 *   const lake = await startTestLake({ seed: 'seed/production.ndjson' })
 *   const editor = lake.client()                 // write token (editor rights)
 *   const viewer = lake.client({ token: 'read' }) // read token (viewer rights)
 *   const anonymous = lake.client({ token: null })
 *   await lake.kill('SIGKILL'); await lake.restart() // same directory, same ports
 *   await lake.stop()                            // also removes the temporary directory
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { createClient, type ClientConfig, type ClientError, type SanityClient } from '@sanity/client'
import { spawnLake, type SpawnedLake } from '../spawn.ts'

const START_TIMEOUT_MS = 20_000

export const LAKE_API_VERSION = '2025-02-19'

/** A port that was free a moment ago on 127.0.0.1, for servers that must know their port up front. */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer()
    server.unref()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() =>
        typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port')),
      )
    })
  })
}

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
  /** An NDJSON file imported into an empty `production` before the lake reports ready. */
  seed?: string
  /** Extra environment for the lake process. */
  env?: Record<string, string>
  /** Extra command-line arguments. */
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
  let ports = reuse ? { http: port(reuse.httpUrl), https: port(reuse.httpsUrl) } : { http: 0, https: 0 }
  let running: SpawnedLake | undefined
  let earlierOutput = ''

  const launch = async () => {
    running = await spawnLake({
      dir,
      ports,
      // The temporary directory, so that a developer's .env.local is not read.
      cwd: dir,
      env: { SANITY_API_WRITE_TOKEN: tokens.write, SANITY_API_READ_TOKEN: tokens.read, ...options.env },
      args: ['--quiet', ...(options.seed ? [`--seed=${resolve(options.seed)}`] : []), ...(options.args ?? [])],
      startTimeoutMs: START_TIMEOUT_MS,
    })
    ports = { http: port(running.httpUrl), https: port(running.httpsUrl) }
  }
  const end = async (signal: NodeJS.Signals) => {
    const ending = running
    running = undefined
    if (!ending) return
    await ending.kill(signal)
    earlierOutput += ending.output()
  }

  await launch()
  const urls = { http: running!.httpUrl, https: running!.httpsUrl }

  return {
    httpUrl: urls.http,
    httpsUrl: urls.https,
    dir,
    tokens,
    get pid() {
      return running?.process.pid
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
    output: () => earlierOutput + (running?.output() ?? ''),
    async stop() {
      await end('SIGTERM')
      rmSync(dir, { recursive: true, force: true })
    },
    kill: (signal = 'SIGKILL') => end(signal),
    async restart() {
      await end('SIGTERM')
      await launch()
    },
  }
}

function port(url: string): number {
  return Number(new URL(url).port)
}
export { WebhookReceiver, bodyOf, forDocument, type Answer, type Delivery } from './webhook-receiver.ts'
