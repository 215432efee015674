/**
 * `npm run dev`: everything a developer needs, from a fresh clone, with one command.
 *
 * 1. Copies .env.example to .env.local when there is none (and says so).
 * 2. Starts the local content lake, seeding it from sanity/seed when its dataset is empty.
 * 3. Once the lake is ready, starts `next dev` (extra arguments go to it).
 * 4. Ctrl-C (or SIGTERM) stops both; when either stops on its own, the other is stopped too.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { copyFileSync, existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { spawnLake } from '@somliga-tror/lake/spawn'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(import.meta.url)

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

/** Starts the lake, seeding an empty dataset from LAKE_SEED_FILE (.env.example), and waits until it is ready. */
async function startLake(): Promise<void> {
  const lake = await spawnLake({
    // The lake reads its ports, directory and files from .env.local there, as next dev does.
    cwd: root,
    args: ['--seed'],
    onOutput: (text, stream) => process[stream].write(text.replace(/^(?=.)/gm, 'lake | ')),
  }).catch((error: Error) => {
    // Its own output, relayed above, says why (a port in use, a setting .env.local lacks).
    throw new Error(`${error.message.split('\n')[0]}; see the lake's lines above`)
  })
  track('the lake', lake.process)
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
