/**
 * What a browser test gets from the run's global setup (`tests/browser/global-setup.ts`): the site's
 * URL and a client for the lake the site was built against.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { createClient, type SanityClient } from '@sanity/client'

import { LAKE_API_VERSION, startTestLake } from '@somliga-tror/lake/testing'

export interface BrowserRunState {
  siteUrl: string
  revalidateSecret: string
  lake: {
    httpUrl: string
    httpsUrl: string
    dir: string
    tokens: { write: string; read: string }
    /** The lake's process; tests that stop and start the lake keep it current. */
    pid: number | undefined
    /** Environment the lake needs to deliver its webhook to the site. */
    env: Record<string, string>
  }
}

function stateFile(): string {
  const file = process.env.BROWSER_RUN_STATE
  if (!file) throw new Error('BROWSER_RUN_STATE is not set: run browser tests through jest --selectProjects browser')
  return file
}

export function browserRun(): BrowserRunState {
  return JSON.parse(readFileSync(stateFile(), 'utf8')) as BrowserRunState
}

function processEnded(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return false
  } catch {
    return true
  }
}

/** Stops the run's lake (the site keeps running), e.g. to show that visitors still get pages. */
export async function stopLake(): Promise<void> {
  const state = browserRun()
  const { pid } = state.lake
  if (pid === undefined) return
  if (!processEnded(pid)) process.kill(pid, 'SIGTERM')
  while (!processEnded(pid)) await new Promise((wait) => setTimeout(wait, 50))
  writeFileSync(stateFile(), JSON.stringify({ ...state, lake: { ...state.lake, pid: undefined } }, null, 2))
}

/** Starts the run's lake again on the same directory, ports and tokens. */
export async function startLake(): Promise<void> {
  const state = browserRun()
  if (state.lake.pid !== undefined) return
  const lake = await startTestLake({ reuse: state.lake, env: state.lake.env })
  writeFileSync(stateFile(), JSON.stringify({ ...state, lake: { ...state.lake, pid: lake.pid } }, null, 2))
}

/**
 * A client for the run's lake: `'write'` (editor rights, the default), `'read'`, `null` for
 * anonymous, or any other token string (a Studio session's, say).
 */
export function lakeClient(token: 'write' | 'read' | null | string = 'write'): SanityClient {
  const { lake } = browserRun()
  return createClient({
    projectId: 'local',
    dataset: 'production',
    apiVersion: LAKE_API_VERSION,
    useCdn: false,
    useProjectHostname: false,
    apiHost: lake.httpUrl,
    token: token === 'write' || token === 'read' ? lake.tokens[token] : (token ?? undefined),
  })
}
