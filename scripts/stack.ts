/**
 * `npm run stack`: the site as it is deployed, on this machine (docs/deploy.md): the local lake with
 * the seed, `next build` (standalone), Redis, two instances started as the image starts them, and
 * the nginx edge in front. Prints the public URL; Ctrl-C stops everything and removes its files.
 *
 *   npm run stack                 # builds first
 *   npm run stack -- --no-build   # reuses the last build (it must have been made for the same ports)
 *
 * STACK_PORT (the edge, 8080), LAKE_PORT and LAKE_TLS_PORT (4455, 4456) and STACK_INSTANCES (2)
 * may be set; secrets and tokens come from .env.local, else .env.example. Needs redis-server and
 * nginx with the cache-purge and njs modules:
 * `apt-get install redis-server nginx libnginx-mod-http-cache-purge libnginx-mod-http-js`
 * (and libnginx-mod-http-brotli-filter for brotli).
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseEnv } from 'node:util'
import { spawnLake } from '@somliga-tror/lake/spawn'

import { startStack, type RunningProcess } from '../deploy/stack.ts'

const root = new URL('..', import.meta.url).pathname
const say = (message: string) => console.log(`stack: ${message}`)

function requireTools(): void {
  const missing = ['redis-server', 'nginx'].filter((tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0)
  if (missing.length > 0)
    throw new Error(
      `The stack needs ${missing.join(' and ')}: apt-get install redis-server nginx libnginx-mod-http-cache-purge libnginx-mod-http-js`,
    )
}

/** .env.example's defaults, .env.local over them, the environment over both. */
function projectEnv(): Record<string, string> {
  const read = (file: string) => (existsSync(join(root, file)) ? parseEnv(readFileSync(join(root, file), 'utf8')) : {})
  return Object.fromEntries(
    Object.entries({ ...read('.env.example'), ...read('.env.local'), ...process.env }).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string',
    ),
  )
}

/** Starts the local lake, seeded from LAKE_SEED_FILE, and resolves once it is ready. */
async function startLake(env: NodeJS.ProcessEnv): Promise<RunningProcess> {
  // From the repository, as `npm run dev` starts it, with the settings of .env.example and .env.local.
  const lake = await spawnLake({ cwd: root, env, args: ['--seed', '--quiet'] })
  return { pid: lake.process.pid ?? -1, output: lake.output, stop: lake.stop }
}

async function main(): Promise<void> {
  requireTools()
  const env = projectEnv()
  const edgePort = Number(env.STACK_PORT || 8080)
  const siteUrl = `http://localhost:${edgePort}`
  const runDir = mkdtempSync(join(tmpdir(), 'somliga-stack-'))
  const siteEnv: NodeJS.ProcessEnv = {
    ...env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    NEXT_PUBLIC_SITE_URL: siteUrl,
    LAKE_DIR: join(runDir, 'lake'),
  }
  const stopping: (() => Promise<void>)[] = []
  const stopAll = async () => {
    for (const stop of stopping.reverse()) await stop().catch(() => {})
    rmSync(runDir, { recursive: true, force: true })
  }
  process.once('SIGINT', () => void stopAll().finally(() => process.exit(0)))
  process.once('SIGTERM', () => void stopAll().finally(() => process.exit(0)))

  try {
    say(`starting the local lake (seeded) on ports ${siteEnv.LAKE_PORT} and ${siteEnv.LAKE_TLS_PORT}`)
    const lake = await startLake(siteEnv)
    stopping.push(() => lake.stop())
    if (!process.argv.includes('--no-build')) {
      say('next build (a few minutes)')
      const build = spawnSync(process.execPath, [join(root, 'node_modules/next/dist/bin/next'), 'build'], {
        cwd: root,
        env: siteEnv,
        stdio: 'inherit',
      })
      if (build.status !== 0) throw new Error('next build failed')
    }
    const instances = Number(env.STACK_INSTANCES || 2)
    say(`starting Redis, ${instances} instances, the edge and the campaign figures' aggregator`)
    const stack = await startStack({ buildDir: root, runDir, env: siteEnv, edgePort, instances })
    stopping.push(() => stack.stop())
    for (const instance of stack.state.instances) say(`${instance.name}: ${instance.url} (pid ${instance.pid})`)
    say(`Redis: ${stack.state.redis.url}; edge access log: ${join(stack.state.edge.runDir, 'access.log')}`)
    say(
      `campaign figures: ${stack.state.figures.logDir} counted into ${stack.state.figures.redisUrl} (Studio: Kampanjsiffror)`,
    )
    say(`the site is at ${siteUrl} (Studio: ${siteUrl}/studio); Ctrl-C stops everything`)
  } catch (error) {
    console.error(`stack: ${error instanceof Error ? error.message : error}`)
    await stopAll()
    process.exit(1)
  }
}

await main()
