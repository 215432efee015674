/**
 * The figures route (app/api/figures) against a real lake and a real Redis: only a person signed
 * in to the Studio gets the figures. Sessions are made as the Studio makes them, through the
 * lake's own login form and `/auth/fetch`.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { freePort, startTestLake, type TestLake } from '@somliga-tror/lake/testing'

import { startRedis, type RunningProcess } from '../../deploy/stack'
import { figuresClient, figuresKey, type FiguresRedis } from '../../lib/figures/store'
import type { FiguresAnswer } from '../../vocabulary/figures'
import { eventually } from '../helpers/eventually'
import { pointSiteModulesAt } from '../helpers/site'

jest.mock('server-only', () => ({}))
// Next's request context exists only inside Next.
jest.mock('next/server', () => ({ ...jest.requireActual('next/server'), connection: async () => {} }))

type Route = typeof import('@/app/api/figures/route')

const STUDIO_ORIGIN = 'http://localhost:3000'

let lake: TestLake
let redis: RunningProcess
let client: FiguresRedis
let dir: string
let GET: Route['GET']
let error: jest.SpyInstance

/** A Studio session of a local user: the login form's post, then the Studio's exchange of the id. */
async function sessionOf(user: 'editor' | 'viewer'): Promise<string> {
  const login = await fetch(`${lake.httpUrl}/auth/login/local`, {
    method: 'POST',
    headers: { Origin: lake.httpUrl, 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ user, origin: `${STUDIO_ORIGIN}/studio`, type: 'token' }),
    redirect: 'manual',
  })
  const sid = /#sid=([^&]+)/.exec(login.headers.get('location') ?? '')?.[1]
  if (!sid) throw new Error(`No session id from the login form (${login.status})`)
  const { token } = await (await fetch(`${lake.httpUrl}/auth/fetch?sid=${sid}`)).json()
  return token
}

const ask = (query: string, token?: string) =>
  GET(
    new Request(`${STUDIO_ORIGIN}/api/figures${query}`, {
      headers: token ? { Authorization: `Bearer ${token}` } : {},
    }),
  )

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'figures-route-'))
  lake = await startTestLake({ seed: 'sanity/seed/production.ndjson' })
  pointSiteModulesAt(lake)
  const port = await freePort()
  redis = await startRedis({ port, dir: join(dir, 'redis'), persistent: true })
  process.env.FIGURES_REDIS_URL = `redis://127.0.0.1:${port}`
  client = figuresClient(process.env.FIGURES_REDIS_URL)
  client.on('error', () => {})
  await client.connect()
  await client.hSet(figuresKey('somliga-tror', 'pages', '2026-03-03'), { '/hjalp': '17', '/': '40' })
  await client.hSet(figuresKey('somliga-tror', 'shortLinks', '2026-03-04'), { '/busskur': '5' })
  await client.hSet(figuresKey('somliga-tror', 'pages', '2026-05-01'), { '/hjalp': '1' })
  ;({ GET } = await import('@/app/api/figures/route'))
})

afterAll(async () => {
  // The route's own connection, kept for the process (lib/figures/read.ts).
  const routeConnection = (globalThis as Record<symbol, Promise<FiguresRedis> | undefined>)[
    Symbol.for('somliga-tror.figures.connection')
  ]
  ;(await routeConnection?.catch(() => undefined))?.destroy()
  client?.destroy()
  await redis?.stop()
  await lake?.stop()
  if (dir) rmSync(dir, { recursive: true, force: true })
})

beforeEach(() => {
  error = jest.spyOn(console, 'error').mockImplementation(() => {})
})

afterEach(() => {
  error.mockRestore()
})

describe('who may read the figures', () => {
  it('refuses a request without a Studio session with 401, in Swedish, never cached', async () => {
    const response = await ask('?from=2026-03-01&to=2026-03-31')
    expect(response.status).toBe(401)
    expect((await response.json()).message).toMatch(/inloggad/)
    expect(response.headers.get('cache-control')).toBe('private, no-store')
  })

  it('refuses a token the content backend does not know, and one that is no bearer token', async () => {
    expect((await ask('', 'not-a-session-0000')).status).toBe(401)
    const basic = await GET(
      new Request(`${STUDIO_ORIGIN}/api/figures`, { headers: { Authorization: 'Basic dXNlcjpwYXNz' } }),
    )
    expect(basic.status).toBe(401)
  })

  it.each(['viewer', 'editor'] as const)('gives a signed-in %s the counts of the days asked for', async (user) => {
    const response = await ask('?from=2026-03-01&to=2026-03-31', await sessionOf(user))
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('private, no-store')
    const answer: FiguresAnswer = await response.json()
    expect(answer).toEqual({
      from: '2026-03-01',
      to: '2026-03-31',
      counting: true,
      rows: [
        { day: '2026-03-03', kind: 'pages', key: '/', count: 40 },
        { day: '2026-03-03', kind: 'pages', key: '/hjalp', count: 17 },
        { day: '2026-03-04', kind: 'shortLinks', key: '/busskur', count: 5 },
      ],
    })
  })

  it('refuses a session after it has logged out', async () => {
    const token = await sessionOf('viewer')
    expect((await ask('', token)).status).toBe(200)
    await fetch(`${lake.httpUrl}/auth/logout`, { method: 'POST', headers: { Authorization: `Bearer ${token}` } })
    expect((await ask('', token)).status).toBe(401)
  })
})

describe('what may be asked', () => {
  let token: string
  beforeAll(async () => {
    token = await sessionOf('viewer')
  })

  it('answers the last twelve weeks when no days are given', async () => {
    const answer: FiguresAnswer = await (await ask('', token)).json()
    const days = (Date.parse(answer.to) - Date.parse(answer.from)) / 86_400_000 + 1
    expect(days).toBe(84)
    expect(answer.to).toBe(new Date().toISOString().slice(0, 10))
  })

  it.each([
    ['?from=2026-3-1&to=2026-03-31', /ÅÅÅÅ-MM-DD/],
    ['?from=2026-02-30&to=2026-03-31', /ÅÅÅÅ-MM-DD/],
    ['?from=2026-04-01&to=2026-03-31', /efter slutdatumet/],
    ['?from=2024-01-01&to=2026-03-31', /högst 400 dagar/],
  ])('refuses %s with 400 and says why', async (query, message) => {
    const response = await ask(query, token)
    expect(response.status).toBe(400)
    expect((await response.json()).message).toMatch(message)
  })

  it('says so with 503 while the figures’ Redis is away, and answers again when it is back', async () => {
    await redis.stop()
    const response = await ask('?from=2026-03-01&to=2026-03-31', token)
    expect(response.status).toBe(503)
    expect((await response.json()).message).toMatch(/går inte att läsa just nu/)
    redis = await startRedis({
      port: Number(new URL(process.env.FIGURES_REDIS_URL!).port),
      dir: join(dir, 'redis'),
      persistent: true,
    })
    // The route's connection comes back by itself; the counts survived in the append-only file.
    const again = await eventually(
      async () => {
        const answer = await ask('?from=2026-03-01&to=2026-03-31', token)
        return answer.status === 200 && ((await answer.json()) as FiguresAnswer)
      },
      { describe: () => 'the route still cannot read the figures' },
    )
    expect(again.rows).toHaveLength(3)
  })
})
