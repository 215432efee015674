/**
 * A deployment that kept the example secrets from .env.example (which `npm run dev` copies to
 * .env.local), or left one empty, does not start: an instance of this run's build, started as the
 * image starts it (`node server.js`), stops with a message naming the variable, whenever the project is hosted Sanity or the site runs in
 * production at a public address. The same build starts with real secrets, and with the example
 * ones on this machine's local lake (as this test run's own site does).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

import { freePort } from '@somliga-tror/lake/testing'

import { prepareInstanceDir, startInstance } from '../../deploy/stack'
import { browserRun } from '../helpers/browser-env'
import { siteEnv } from '../helpers/site'

const { lake, revalidateSecret } = browserRun()
const PUBLIC_URL = 'https://somligatror.example'

/** The values .env.example hands every developer. */
const EXAMPLE = Object.fromEntries(
  readFileSync(resolve(__dirname, '../../.env.example'), 'utf8')
    .split('\n')
    .filter((line) => /^[A-Z_]+=/.test(line))
    .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
)

const instanceDir = mkdtempSync(join(tmpdir(), 'somliga-secrets-'))
beforeAll(() => prepareInstanceDir(resolve(__dirname, '../..'), instanceDir))
afterAll(() => rmSync(instanceDir, { recursive: true, force: true }))

/** One instance of the run's build, on its own port, with `env`. */
const startSite = async (env: NodeJS.ProcessEnv, port: number) => ({
  url: `http://127.0.0.1:${port}/`,
  ...(await startInstance({ name: 'site', dir: instanceDir, port, env })),
})

/** A production environment for this run's build, at `siteUrl`, with `overrides`. */
async function productionEnv(overrides: Record<string, string>) {
  const port = await freePort()
  const env = {
    ...siteEnv({
      lakeHttpUrl: lake.httpUrl,
      lakeHttpsUrl: lake.httpsUrl,
      tokens: lake.tokens,
      sitePort: port,
      revalidateSecret,
    }),
    NEXT_PUBLIC_SITE_URL: PUBLIC_URL,
    ...overrides,
  }
  return { env, port }
}

/** What the instance said when it stopped; fails the test when it started instead. */
async function refusal(overrides: Record<string, string>): Promise<string> {
  const { env, port } = await productionEnv(overrides)
  const started = await startSite(env, port).then(
    (site) => site,
    (error: Error) => error,
  )
  if (started instanceof Error) return started.message
  await started.stop()
  throw new Error(`The instance served ${started.url} with ${JSON.stringify(overrides)}`)
}

it('knows the example secrets', () => {
  expect(EXAMPLE.SANITY_REVALIDATE_SECRET).toMatch(/change-me/)
  expect(EXAMPLE.SANITY_API_READ_TOKEN).toMatch(/change-me/)
})

it('refuses the example webhook secret in production at a public address, naming it', async () => {
  expect(await refusal({ SANITY_REVALIDATE_SECRET: EXAMPLE.SANITY_REVALIDATE_SECRET })).toMatch(
    /SANITY_REVALIDATE_SECRET.*\.env\.example/,
  )
})

it('refuses the example viewer token in production at a public address, naming it', async () => {
  expect(await refusal({ SANITY_API_READ_TOKEN: EXAMPLE.SANITY_API_READ_TOKEN })).toMatch(
    /SANITY_API_READ_TOKEN.*\.env\.example/,
  )
})

it('refuses an empty webhook secret in production at a public address, naming it', async () => {
  expect(await refusal({ SANITY_REVALIDATE_SECRET: '' })).toMatch(/SANITY_REVALIDATE_SECRET.*(empty|not set)/)
})

it('refuses the example secrets for a hosted Sanity project, at any address', async () => {
  const message = await refusal({
    NEXT_PUBLIC_SANITY_PROJECT_ID: 'abc123',
    NEXT_PUBLIC_SITE_URL: 'http://localhost:3000',
    SANITY_REVALIDATE_SECRET: EXAMPLE.SANITY_REVALIDATE_SECRET,
    SANITY_API_READ_TOKEN: EXAMPLE.SANITY_API_READ_TOKEN,
  })
  expect(message).toMatch(/SANITY_REVALIDATE_SECRET/)
  expect(message).toMatch(/SANITY_API_READ_TOKEN/)
})

it('starts in production at a public address with real secrets', async () => {
  const { env, port } = await productionEnv({})
  const site = await startSite(env, port)
  try {
    expect((await fetch(site.url, { redirect: 'manual' })).status).toBe(200)
  } finally {
    await site.stop()
  }
})
