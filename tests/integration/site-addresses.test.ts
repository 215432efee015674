/**
 * The proxy's address table (lib/content/addresses.ts) against a real lake loaded with the seed:
 * short links redirect, page addresses pass on to Next, the publish webhook's forgetAddresses()
 * brings in a new short link, and with the lake killed short links still redirect while an address
 * only the backend could answer gets the 503 page, also after a restart of the site.
 */
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import type { SanityClient } from '@sanity/client'

import { eventually } from '../helpers/eventually'
import { startTestLake, type TestLake } from '@somliga-tror/lake/testing'
import { pointSiteModulesAt } from '../helpers/site'

jest.mock('server-only', () => ({}))
jest.mock('next/cache', () => ({ cacheLife: jest.fn(), cacheTag: jest.fn() }))

type AddressesModule = typeof import('@/lib/content/addresses')

const STATE_KEY = Symbol.for('somliga-tror.addresses')
/** The table's copy on disk, where a server started in this directory keeps it. */
const SNAPSHOT_FILE = join(process.cwd(), '.next', 'cache', 'addresses.json')

let lake: TestLake
let editor: SanityClient
let addresses: AddressesModule
let seededLinks: { path: string; permanent: boolean | null }[]
let quickExit: { label: string; url: string }
let error: jest.SpyInstance

/** The module as a freshly started server has it: no table in memory. */
async function freshServer(): Promise<AddressesModule> {
  delete (globalThis as Record<symbol, unknown>)[STATE_KEY]
  let loaded: Promise<AddressesModule> | undefined
  jest.isolateModules(() => {
    loaded = import('@/lib/content/addresses')
  })
  return loaded!
}

beforeAll(async () => {
  lake = await startTestLake({ seed: 'sanity/seed/production.ndjson' })
  editor = lake.client()
  rmSync(SNAPSHOT_FILE, { force: true })
  pointSiteModulesAt(lake)
  addresses = await freshServer()
  seededLinks = await editor.fetch('*[_type == "shortLink"]{path, permanent}')
  expect(seededLinks.length).toBeGreaterThan(0)
  quickExit = await editor.fetch('*[_id == "settings"][0].quickExit{label, url}')
})

afterAll(async () => {
  rmSync(SNAPSHOT_FILE, { force: true })
  await lake?.stop()
})

beforeEach(() => {
  error = jest.spyOn(console, 'error').mockImplementation(() => {})
})

afterEach(() => {
  error.mockRestore()
})

describe('with the content backend up', () => {
  it('redirects every short link, permanently only when so set, naming the short link for the figures', async () => {
    for (const { path, permanent } of seededLinks) {
      expect(await addresses.proxyAnswerFor(path)).toEqual({
        redirect: { destination: expect.stringMatching(/^\//), permanent: permanent ?? false },
        shortLink: path,
      })
    }
  })

  it('finds a short link and a page whatever the case of the address typed', async () => {
    const [{ path }] = seededLinks
    const asTyped = await addresses.proxyAnswerFor(path.toUpperCase())
    expect(asTyped).toEqual(await addresses.proxyAnswerFor(path))
    expect(asTyped).not.toBeNull()
    expect(await addresses.proxyAnswerFor('/For-Dig-Som-Vill-Sluta')).toEqual({
      redirect: { destination: '/for-dig-som-vill-sluta', permanent: false },
    })
  })

  it('lets Next answer pages, its own routes, unknown slugs and anything that cannot be a page', async () => {
    const paths = ['/for-dig-som-vill-sluta', '/hjalp', '/tillganglighet', '/finns-inte-an', '/Inte_En_Sida', '/a/b/c']
    const answers = await Promise.all(paths.map((path) => addresses.proxyAnswerFor(path)))
    expect(answers).toEqual(paths.map(() => null))
  })

  it('finds a short link published later once the webhook has made it forget the table', async () => {
    const path = `/ny-lank-${Date.now()}`
    await editor.create({
      _id: `shortLink-addresses-${Date.now()}`,
      _type: 'shortLink',
      path,
      destination: { type: 'path', path: '/hjalp' },
    })
    expect(await addresses.proxyAnswerFor(path)).toBeNull()
    addresses.forgetAddresses()
    expect(await addresses.proxyAnswerFor(path)).toEqual({
      redirect: { destination: '/hjalp', permanent: false },
      shortLink: path,
    })
  })
})

describe('with the content backend down', () => {
  beforeAll(async () => {
    await lake.kill('SIGKILL')
  })

  afterAll(async () => {
    await lake.restart()
  })

  it('still redirects short links and lets Next serve the pages it has', async () => {
    addresses.forgetAddresses()
    for (const { path } of seededLinks) expect(await addresses.proxyAnswerFor(path)).toHaveProperty('redirect')
    expect(await addresses.proxyAnswerFor('/for-dig-som-vill-sluta')).toBeNull()
    expect(await addresses.proxyAnswerFor('/hjalp')).toBeNull()
    expect(error).toHaveBeenCalledWith(expect.stringMatching(/^Addresses: Could not read content/))
  })

  it('answers an address only the backend could answer with the 503 page and the quick exit from the settings', async () => {
    expect(await addresses.proxyAnswerFor('/finns-inte-an')).toEqual({ unavailable: quickExit })
  })

  it('keeps redirecting after a restart of the site, from the copy on disk', async () => {
    const restarted = await freshServer()
    for (const { path } of seededLinks) expect(await restarted.proxyAnswerFor(path)).toHaveProperty('redirect')
  })
})

it('lets Next answer unknown slugs again once the backend is back', async () => {
  await eventually(async () => (await addresses.proxyAnswerFor('/finns-inte-an')) === null, {
    describe: () => 'the proxy still answers 503 for /finns-inte-an',
  })
}, 60_000)
