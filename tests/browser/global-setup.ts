/**
 * Once per browser-test run: a seeded lake, `next build` against it, and `next start`. Test files
 * find them through `tests/helpers/browser-env.ts`.
 */
import { writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

import { assertChromiumInstalled } from '../helpers/browser'
import { freePort, startTestLake, type TestLake } from '@somliga-tror/lake/testing'

import { buildSite, siteEnv, startSite, type RunningSite } from '../helpers/site'
import type { BrowserRunState } from '../helpers/browser-env'

declare global {
  var __browserRun: { lake: TestLake; site: RunningSite; stateFile: string } | undefined
}

export default async function globalSetup(): Promise<void> {
  assertChromiumInstalled()
  const sitePort = await freePort()
  const revalidateSecret = `test-revalidate-${process.pid}-${Date.now()}`
  const siteUrl = `http://localhost:${sitePort}`
  // The lake delivers its publish webhook to the site, signed with the site's secret.
  const lakeEnv = {
    LAKE_WEBHOOKS_FILE: resolve(__dirname, '../../sanity/webhooks.json'),
    NEXT_PUBLIC_SITE_URL: siteUrl,
    SANITY_REVALIDATE_SECRET: revalidateSecret,
  }
  const lake = await startTestLake({ seed: resolve(__dirname, '../../sanity/seed/production.ndjson'), env: lakeEnv })
  const env = siteEnv({
    lakeHttpUrl: lake.httpUrl,
    lakeHttpsUrl: lake.httpsUrl,
    tokens: lake.tokens,
    sitePort,
    revalidateSecret,
  })
  try {
    await buildSite(env)
  } catch (error) {
    await lake.stop()
    throw error
  }
  const site = await startSite(env, sitePort)

  const state: BrowserRunState = {
    siteUrl: site.url,
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
  globalThis.__browserRun = { lake, site, stateFile }
}
