/**
 * The one way to run a lake as a child process and know when it is ready: the CLI prints one
 * ready line (`ready-line.ts`) after both servers listen and any seed is imported.
 *
 *   const lake = await spawnLake({ dir: '.lake', args: ['--seed=seed.ndjson'] })
 *   lake.httpUrl                         // http://127.0.0.1:4455
 *   await lake.stop()                    // SIGTERM, then waits for the exit
 *
 * Used by the test helper (`testing.ts`), and by anything that starts a lake for a developer or a
 * benchmark. In-process use needs no launcher: call `startLake()` from `lake.ts`.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { parseReadyLine } from './ready-line.ts'

const CLI = fileURLToPath(new URL('./cli.ts', import.meta.url))
const DEFAULT_START_TIMEOUT_MS = 60_000

export interface SpawnLakeOptions {
  /** Data directory (LAKE_DIR); the CLI's default is `.lake` in `cwd`. */
  dir?: string
  /** Ports to listen on (0 picks free ones, which the lake then reports); else LAKE_PORT and LAKE_TLS_PORT. */
  ports?: { http: number; https: number }
  /** Working directory of the lake process (where it looks for `.env.local`). */
  cwd?: string
  /** Environment on top of this process's own, e.g. tokens or LAKE_WEBHOOKS_FILE. */
  env?: Record<string, string | undefined>
  /** CLI arguments, e.g. `['--seed=seed.ndjson', '--quiet']`. */
  args?: string[]
  /** Every chunk the lake prints, as it arrives (to relay or prefix it). */
  onOutput?: (text: string, stream: 'stdout' | 'stderr') => void
  startTimeoutMs?: number
}

export interface SpawnedLake {
  /** Plain HTTP/1.1, e.g. `http://127.0.0.1:4455`. */
  readonly httpUrl: string
  /** HTTP/2 with TLS (self-signed), e.g. `https://localhost:4456`. */
  readonly httpsUrl: string
  /** The data directory the lake reported. */
  readonly dir: string
  readonly process: ChildProcess
  /** Resolves when the process has ended, with its exit code or signal. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>
  /** Everything the lake printed so far, for error messages. */
  output(): string
  /** SIGTERM (a clean stop) and wait for the exit. */
  stop(): Promise<void>
  /** Any signal (SIGKILL by default, a crash) and wait for the exit. */
  kill(signal?: NodeJS.Signals): Promise<void>
}

/** Starts `cli.ts` and resolves once it prints its ready line; rejects with its output if it cannot. */
export function spawnLake(options: SpawnLakeOptions = {}): Promise<SpawnedLake> {
  const { ports, startTimeoutMs = DEFAULT_START_TIMEOUT_MS } = options
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...(ports ? { LAKE_PORT: String(ports.http), LAKE_TLS_PORT: String(ports.https) } : {}),
    ...(options.dir ? { LAKE_DIR: options.dir } : {}),
    ...options.env,
  }
  const child = spawn(process.execPath, [CLI, ...(options.args ?? [])], {
    cwd: options.cwd,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolveExit) =>
    child.once('exit', (code, signal) => resolveExit({ code, signal })),
  )
  let log = ''
  const capture = (stream: 'stdout' | 'stderr') => (chunk: Buffer) => {
    const text = chunk.toString()
    log += text
    options.onOutput?.(text, stream)
  }
  child.stdout.on('data', capture('stdout'))
  child.stderr.on('data', capture('stderr'))

  const endWith = async (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal)
    await exited
  }

  return new Promise((resolveStart, reject) => {
    const fail = (message: string) => {
      clearTimeout(timer)
      child.kill('SIGKILL')
      reject(new Error(`${message}\n--- lake output ---\n${log}`))
    }
    const timer = setTimeout(() => fail(`The lake did not start within ${startTimeoutMs / 1000} s`), startTimeoutMs)
    const watch = () => {
      const ready = parseReadyLine(log)
      if (!ready) return
      clearTimeout(timer)
      child.stdout.off('data', watch)
      resolveStart({
        ...ready,
        process: child,
        exited,
        output: () => log,
        stop: () => endWith('SIGTERM'),
        kill: (signal = 'SIGKILL') => endWith(signal),
      })
    }
    child.stdout.on('data', watch)
    child.once('error', (error) => fail(`The lake could not be started: ${error.message}`))
    void exited.then(({ code, signal }) => {
      if (!parseReadyLine(log)) fail(`The lake exited before it was ready (code ${code}, signal ${signal})`)
    })
  })
}
