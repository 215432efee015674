/**
 * The site as visitors and editors get it: `next build` once, then `next start`, pointed at a test
 * lake through environment variables only (the same switch production uses).
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { resolve } from 'node:path'

export { siteEnv } from './site-env'

const ROOT = resolve(__dirname, '../..')
const NEXT_CLI = resolve(ROOT, 'node_modules/next/dist/bin/next')
const START_TIMEOUT_MS = 90_000

/**
 * Points the site's own modules, imported into a test process, at a test lake. lib/env reads the
 * environment once, at import, so call this before importing them.
 */
export function pointSiteModulesAt(lake: { httpUrl: string; tokens: { read: string } }): void {
  Object.assign(process.env, {
    NEXT_PUBLIC_SANITY_PROJECT_ID: 'local',
    NEXT_PUBLIC_SANITY_DATASET: 'production',
    LAKE_PORT: new URL(lake.httpUrl).port,
    SANITY_API_READ_TOKEN: lake.tokens.read,
  })
}

function run(args: string[], env: NodeJS.ProcessEnv): { child: ChildProcess; output: () => string } {
  let log = ''
  const child = spawn(process.execPath, [NEXT_CLI, ...args], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] })
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()))
  return { child, output: () => log }
}

/** `next build` against the given environment; rejects with the build's output when it fails. */
export function buildSite(env: NodeJS.ProcessEnv): Promise<string> {
  const { child, output } = run(['build'], env)
  return new Promise((resolveBuild, reject) => {
    child.once('error', reject)
    child.once('exit', (code) =>
      code === 0 ? resolveBuild(output()) : reject(new Error(`next build failed (exit ${code}):\n${output()}`)),
    )
  })
}

export interface RunningSite {
  readonly url: string
  readonly pid: number
  output(): string
  stop(): Promise<void>
}

/** `next start` of the last build on `port`; resolves once the start page answers. */
export async function startSite(env: NodeJS.ProcessEnv, port: number): Promise<RunningSite> {
  const url = `http://localhost:${port}`
  const { child, output } = run(['start', '--port', String(port)], env)
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) => reject(new Error(`next start exited (code ${code}):\n${output()}`))),
  )
  exited.catch(() => {})
  const deadline = Date.now() + START_TIMEOUT_MS
  for (;;) {
    const answered = await Promise.race([
      fetch(url, { redirect: 'manual' }).then(
        () => true,
        () => false,
      ),
      exited,
    ])
    if (answered) break
    if (Date.now() > deadline) {
      child.kill('SIGKILL')
      throw new Error(`next start did not answer within ${START_TIMEOUT_MS} ms:\n${output()}`)
    }
    await new Promise((wait) => setTimeout(wait, 250))
  }
  return {
    url,
    pid: child.pid ?? -1,
    output,
    stop: () =>
      new Promise((resolveStop) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolveStop()
        child.once('exit', () => resolveStop())
        child.kill('SIGTERM')
      }),
  }
}
