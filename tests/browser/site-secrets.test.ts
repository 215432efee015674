/**
 * A deployment that kept the example secrets from .env.example (which `npm run dev` copies to
 * .env.local), or left one empty, does not start. The site is built, as the image builds it, for a
 * public address (Next writes the address into the build, so the run's own build, made for
 * localhost, cannot stand in), and each instance is started as the image starts it, `node
 * server.js`, with the secrets under test. An instance with unsafe secrets stops with a message
 * naming the variable; the same build starts with real ones. (The hosted-project case needs a
 * hosted project to build against; tests/unit/env.test.ts covers its rule.)
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

import { freePort } from '@somliga-tror/lake/testing'

import { prepareInstanceDir, startInstance } from '../../deploy/stack'
import { browserRun } from '../helpers/browser-env'
import { buildSite, siteEnv } from '../helpers/site'
import { copyWorkingTree } from '../helpers/working-tree'

const ROOT = resolve(__dirname, '../..')
const PUBLIC_URL = 'https://somligatror.example'
const { lake, revalidateSecret } = browserRun()

/** The values .env.example hands every developer. */
const EXAMPLE = Object.fromEntries(
  readFileSync(resolve(ROOT, '.env.example'), 'utf8')
    .split('\n')
    .filter((line) => /^[A-Z_]+=/.test(line))
    .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
)

/** The environment of a build and server for the public address, with real (test) secrets. */
const publicSiteEnv = (sitePort: number) => ({
  ...siteEnv({
    lakeHttpUrl: lake.httpUrl,
    lakeHttpsUrl: lake.httpsUrl,
    tokens: lake.tokens,
    sitePort,
    revalidateSecret,
  }),
  NEXT_PUBLIC_SITE_URL: PUBLIC_URL,
})

const workDir = mkdtempSync(join(tmpdir(), 'somliga-secrets-'))
const instanceDir = join(workDir, 'instance')

beforeAll(async () => {
  const buildDir = join(workDir, 'build')
  copyWorkingTree(ROOT, buildDir)
  await buildSite(publicSiteEnv(443), buildDir)
  prepareInstanceDir(buildDir, instanceDir)
}, 15 * 60_000)

afterAll(() => rmSync(workDir, { recursive: true, force: true }))

/** An instance of the public build on a free port, with `overrides` over real secrets. */
async function startPublicInstance(overrides: Record<string, string>) {
  const port = await freePort()
  const instance = await startInstance({
    name: 'site',
    dir: instanceDir,
    port,
    env: { ...publicSiteEnv(port), ...overrides },
  })
  return { ...instance, url: `http://127.0.0.1:${port}/` }
}

/** What the instance said when it stopped; fails the test when it started instead. */
async function refusal(overrides: Record<string, string>): Promise<string> {
  const started = await startPublicInstance(overrides).then(
    (instance) => instance,
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

it('starts in production at a public address with real secrets', async () => {
  const site = await startPublicInstance({})
  try {
    expect((await fetch(site.url, { redirect: 'manual' })).status).toBe(200)
  } finally {
    await site.stop()
  }
})
