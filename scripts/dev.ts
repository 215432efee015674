/**
 * `npm run dev`: everything a developer needs, from a fresh clone, with one command.
 *
 * 1. Copies .env.example to .env.local when there is none (and says so).
 * 2. Starts the local content lake, seeding it from sanity/seed when its dataset is empty.
 * 3. Waits for the lake's ready line, then starts `next dev` (extra arguments go to it).
 * 4. Ctrl-C (or SIGTERM) stops both; when either stops on its own, the other is stopped too.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { copyFileSync, existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(import.meta.url)
const LAKE_READY = /^lake ready\s/m
const LAKE_START_TIMEOUT_MS = 60_000

function say(message: string): void {
  console.log(`dev: ${message}`)
}

function ensureEnvFile(): void {
  const envFile = join(root, '.env.local')
  if (existsSync(envFile)) return
  copyFileSync(join(root, '.env.example'), envFile)
  say('created .env.local from .env.example (local lake, local tokens); edit it to change a setting')
}

const children = new Set<ChildProcess>()
let stopping = false

function stopAll(exitCode: number): void {
  if (stopping) return
  stopping = true
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
  const exit = () => process.exit(exitCode)
  if (children.size === 0) exit()
  // Both children stop within a second or two; do not wait forever for one that hangs.
  const force = setTimeout(() => {
    for (const child of children) child.kill('SIGKILL')
    exit()
  }, 10_000)
  force.unref()
}

function track(name: string, child: ChildProcess): void {
  children.add(child)
  child.once('exit', (code, signal) => {
    children.delete(child)
    if (!stopping) {
      say(`${name} stopped (${signal ?? `exit code ${code}`}); stopping the rest`)
      stopAll(code ?? 1)
    } else if (children.size === 0) {
      process.exit(process.exitCode ?? 0)
    }
  })
}

/** Starts the lake (seeding an empty dataset) and resolves when it prints its ready line. */
function startLake(): Promise<void> {
  return new Promise((resolve, reject) => {
    const lake = spawn(process.execPath, [join(root, 'sanity/lake/cli.ts'), '--seed'], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    track('the lake', lake)
    let ready = false
    let output = ''
    const timer = setTimeout(
      () => reject(new Error(`the lake did not start within ${LAKE_START_TIMEOUT_MS / 1000} s`)),
      LAKE_START_TIMEOUT_MS,
    )
    const relay = (stream: NodeJS.WriteStream) => (chunk: Buffer) => {
      const text = chunk.toString()
      stream.write(text.replace(/^(?=.)/gm, 'lake | '))
      if (ready) return
      output += text
      if (LAKE_READY.test(output)) {
        ready = true
        clearTimeout(timer)
        resolve()
      }
    }
    lake.stdout?.on('data', relay(process.stdout))
    lake.stderr?.on('data', relay(process.stderr))
    lake.once('exit', () => {
      if (!ready) {
        clearTimeout(timer)
        reject(
          new Error('the lake stopped before it was ready (is another lake running on the same port or directory?)'),
        )
      }
    })
  })
}

function startNext(args: string[]): void {
  // Next's telemetry would phone home from a developer's machine; this project sends nothing anywhere.
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }
  const next = spawn(process.execPath, [require.resolve('next/dist/bin/next'), 'dev', ...args], {
    cwd: root,
    env,
    stdio: 'inherit',
  })
  track('next dev', next)
}

process.on('SIGINT', () => stopAll(0))
process.on('SIGTERM', () => stopAll(0))

ensureEnvFile()
say('starting the local content lake')
try {
  await startLake()
} catch (error) {
  say(error instanceof Error ? error.message : String(error))
  stopAll(1)
}
if (!stopping) {
  say('starting next dev (the Studio is at /studio)')
  startNext(process.argv.slice(2))
}
