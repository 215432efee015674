/**
 * A production build must fail, with a message that says what to do, rather than ship an empty
 * site: when the content backend cannot be reached, and when it answers but holds no content.
 * (The build itself runs these same reads; `NEXT_PHASE` is how Next tells code it is building.)
 */
import { createServer } from 'node:net'

import { PHASE_PRODUCTION_BUILD } from 'next/constants'

import { startTestLake, type TestLake } from '@somliga-tror/lake/testing'

jest.mock('server-only', () => ({}))
jest.mock('next/cache', () => ({ cacheLife: jest.fn(), cacheTag: jest.fn() }))

let lake: TestLake

beforeAll(async () => {
  lake = await startTestLake()
})

afterAll(async () => {
  await lake?.stop()
  delete process.env.NEXT_PHASE
})

/** The fetch layer, configured for the given lake port (lib/env reads the environment at import). */
async function fetchLayerFor(port: string) {
  jest.resetModules()
  Object.assign(process.env, {
    NEXT_PUBLIC_SANITY_PROJECT_ID: 'local',
    NEXT_PUBLIC_SANITY_DATASET: 'production',
    LAKE_PORT: port,
  })
  return import('@/lib/content/fetch')
}

/** A port nobody listens on: taken from the system, then released. */
function closedPort(): Promise<string> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(String(port)))
    })
  })
}

it('fails with the address it tried and how to start the lake when the lake is not running', async () => {
  const port = await closedPort()
  const { fetchContent, ContentUnavailableError } = await fetchLayerFor(port)
  // @sanity/client retries a refused connection a few times before giving up.
  const read = fetchContent('routes', {})
  await expect(read).rejects.toBeInstanceOf(ContentUnavailableError)
  await expect(read).rejects.toThrow(new RegExp(`http://127\\.0\\.0\\.1:${port}.*npm run lake -- --seed`))
}, 60_000)

it('refuses to build from a reachable but empty dataset, and says how to seed it', async () => {
  process.env.NEXT_PHASE = PHASE_PRODUCTION_BUILD
  const { fetchContent } = await fetchLayerFor(new URL(lake.httpUrl).port)
  await expect(fetchContent('settings', {})).rejects.toThrow(/has no settings document.*npm run lake -- --seed/)
})

it('keeps serving with fallbacks, outside a build, when the settings are missing', async () => {
  delete process.env.NEXT_PHASE
  const warn = jest.spyOn(console, 'warn').mockImplementation(() => {})
  const { fetchContent } = await fetchLayerFor(new URL(lake.httpUrl).port)
  await expect(fetchContent('settings', {})).resolves.toMatchObject({ siteName: 'Somliga tror' })
  warn.mockRestore()
})
