/**
 * The deployed topology the browser-test run starts (tests/browser/global-setup.ts, deploy/stack.ts):
 * the nginx edge, two site instances and Redis. Tests that kill or stop a part start it again and
 * keep the run's state file current, so that later test files and the teardown find what runs.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'

import { freePort } from '@somliga-tror/lake/testing'

import { prepareInstanceDir, startInstance, startRedis, type StackState } from '../../deploy/stack'
import { browserRun } from './browser-env'

const ROOT = join(__dirname, '../..')

/** Text as React writes it into HTML. */
export const escapeHtml = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#x27;')

/** The page at `path` from `base` (the edge, or an instance addressed directly). */
export async function pageAt(base: string, path: string, headers: Record<string, string> = {}) {
  const response = await fetch(new URL(path, base), { headers, redirect: 'manual' })
  return {
    status: response.status,
    html: await response.text(),
    headers: response.headers,
    cache: response.headers.get('x-nextjs-cache'),
    edgeCache: response.headers.get('x-edge-cache'),
  }
}

export function stack(): StackState {
  const { stack } = browserRun()
  if (!stack) throw new Error('The browser-test run has no stack: run through jest --selectProjects browser')
  return stack
}

function saveStack(next: StackState): void {
  const file = process.env.BROWSER_RUN_STATE as string
  writeFileSync(file, JSON.stringify({ ...browserRun(), stack: next }, null, 2))
}

export function processEnded(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return false
  } catch {
    return true
  }
}

/** Sends a signal and waits until the process has ended. */
export async function endProcess(pid: number, signal: NodeJS.Signals): Promise<void> {
  if (!processEnded(pid)) process.kill(pid, signal)
  while (!processEnded(pid)) await new Promise((wait) => setTimeout(wait, 50))
}

/** Starts an instance of the stack again, in its own directory and on its own port. */
export async function restartInstance(name: string): Promise<void> {
  const current = stack()
  const instance = current.instances.find((candidate) => candidate.name === name)
  if (!instance) throw new Error(`No instance ${name}`)
  if (!processEnded(instance.pid)) return
  const started = await startInstance({ ...instance, env: current.instanceEnv })
  saveStack({
    ...current,
    instances: current.instances.map((candidate) =>
      candidate.name === name ? { ...candidate, pid: started.pid } : candidate,
    ),
  })
}

/** A new instance, prepared from the same build, that the edge does not know: for the caller to stop. */
export async function startExtraInstance(dir: string) {
  const port = await freePort()
  prepareInstanceDir(ROOT, dir)
  const started = await startInstance({ name: 'extra', dir, port, env: stack().instanceEnv })
  return { ...started, url: `http://127.0.0.1:${port}` }
}

export async function stopRedis(): Promise<void> {
  await endProcess(stack().redis.pid, 'SIGKILL')
}

export async function startRedisAgain(): Promise<void> {
  const current = stack()
  if (!processEnded(current.redis.pid)) return
  const redis = await startRedis({ port: current.redis.port, dir: current.redis.dir })
  saveStack({ ...current, redis: { ...current.redis, pid: redis.pid } })
}
