/**
 * What a browser test gets from the run's global setup (`tests/browser/global-setup.ts`): the site's
 * URL and a client for the lake the site was built against.
 */
import { readFileSync } from 'node:fs'
import { createClient, type SanityClient } from '@sanity/client'

import { LAKE_API_VERSION } from './lake'

export interface BrowserRunState {
  siteUrl: string
  revalidateSecret: string
  lake: { httpUrl: string; httpsUrl: string; dir: string; tokens: { write: string; read: string } }
}

export function browserRun(): BrowserRunState {
  const file = process.env.BROWSER_RUN_STATE
  if (!file) throw new Error('BROWSER_RUN_STATE is not set: run browser tests through jest --selectProjects browser')
  return JSON.parse(readFileSync(file, 'utf8')) as BrowserRunState
}

/** A client for the run's lake: editor rights unless `token` says otherwise (`null`: anonymous). */
export function lakeClient(token: 'write' | 'read' | null = 'write'): SanityClient {
  const { lake } = browserRun()
  return createClient({
    projectId: 'local',
    dataset: 'production',
    apiVersion: LAKE_API_VERSION,
    useCdn: false,
    useProjectHostname: false,
    apiHost: lake.httpUrl,
    token: token ? lake.tokens[token] : undefined,
  })
}
