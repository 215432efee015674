/**
 * The site's build for tests: `next build` once, pointed at a test lake through environment
 * variables only (the same switch production uses). deploy/stack.ts runs what it builds.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { resolve } from 'node:path'

export { siteEnv } from './site-env'

const ROOT = resolve(__dirname, '../..')

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

function run(args: string[], env: NodeJS.ProcessEnv, cwd: string): { child: ChildProcess; output: () => string } {
  let log = ''
  // The tree's own Next, so that it and the app load one and the same React.
  const nextCli = resolve(cwd, 'node_modules/next/dist/bin/next')
  const child = spawn(process.execPath, [nextCli, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()))
  return { child, output: () => log }
}

/**
 * `next build` of the repository (or of a copy of it, `dir`) against the given environment;
 * rejects with the build's output when it fails.
 */
export function buildSite(env: NodeJS.ProcessEnv, dir = ROOT): Promise<string> {
  const { child, output } = run(['build'], env, dir)
  return new Promise((resolveBuild, reject) => {
    child.once('error', reject)
    child.once('exit', (code) =>
      code === 0 ? resolveBuild(output()) : reject(new Error(`next build failed (exit ${code}):\n${output()}`)),
    )
  })
}
