/**
 * Once per browser-test run: a seeded lake, one `next build` against it, and the site as it is
 * deployed (deploy/stack.ts): Redis, two instances started as the image starts them, and the nginx
 * edge, whose address is the site's public URL. Test files find them through
 * `tests/helpers/browser-env.ts` and `tests/helpers/stack.ts`.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

import { startStack, type Stack } from '../../deploy/stack'
import { assertChromiumInstalled } from '../helpers/browser'
import { freePort, startTestLake, type TestLake } from '@somliga-tror/lake/testing'

import { buildSite, siteEnv } from '../helpers/site'
import type { BrowserRunState } from '../helpers/browser-env'

const ROOT = resolve(__dirname, '../..')

declare global {
  var __browserRun: { lake: TestLake; stack: Stack; runDir: string; stateFile: string } | undefined
}

export default async function globalSetup(): Promise<void> {
  assertChromiumInstalled()
  const edgePort = await freePort()
  const revalidateSecret = `test-revalidate-${process.pid}-${Date.now()}`
  const siteUrl = `http://localhost:${edgePort}`
  // The lake delivers its publish webhook to the site's public address (the edge), signed with the site's secret.
  const lakeEnv = {
    LAKE_WEBHOOKS_FILE: resolve(ROOT, 'sanity/webhooks.json'),
    NEXT_PUBLIC_SITE_URL: siteUrl,
    SANITY_REVALIDATE_SECRET: revalidateSecret,
  }
  const lake = await startTestLake({ seed: resolve(ROOT, 'sanity/seed/production.ndjson'), env: lakeEnv })
  const env = siteEnv({
    lakeHttpUrl: lake.httpUrl,
    lakeHttpsUrl: lake.httpsUrl,
    tokens: lake.tokens,
    sitePort: edgePort,
    revalidateSecret,
  })
  const runDir = mkdtempSync(join(tmpdir(), 'somliga-browser-run-'))
  let stack: Stack
  try {
    await buildSite(env)
    stack = await startStack({ buildDir: ROOT, runDir, env, edgePort })
  } catch (error) {
    await lake.stop()
    throw error
  }

  const state: BrowserRunState = {
    siteUrl,
    stack: stack.state,
    revalidateSecret,
    lake: {
      httpUrl: lake.httpUrl,
      httpsUrl: lake.httpsUrl,
      dir: lake.dir,
      tokens: lake.tokens,
      pid: lake.pid,
      env: lakeEnv,
    },
  }
  const stateFile = join(tmpdir(), `somliga-browser-run-${process.pid}.json`)
  writeFileSync(stateFile, JSON.stringify(state, null, 2))
  process.env.BROWSER_RUN_STATE = stateFile
  globalThis.__browserRun = { lake, stack, runDir, stateFile }
}
