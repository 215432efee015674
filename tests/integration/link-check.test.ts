/**
 * The link checker (lib/link-check.ts) against web servers on this machine and a real lake over
 * HTTP: a page that works, one that is gone, one that never answers and a chain of redirects, each
 * recorded on the help link, on its draft too, with the time of the check.
 */
import { execFile } from 'node:child_process'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { resolve } from 'node:path'
import { promisify } from 'node:util'
import { startTestLake, type TestLake } from '@somliga-tror/lake/testing'

import { checkHelpLinks, type LinkCheck } from '@/lib/link-check'
import { pointSiteModulesAt } from '../helpers/site'

jest.mock('server-only', () => ({}))

jest.setTimeout(30_000)

/** Stands in for the services' web sites. `/slow` sends nothing back until the test ends. */
function startSites(): Promise<{ server: Server; base: string }> {
  const server = createServer((request, response) => {
    switch (request.url) {
      case '/ok':
        return response.writeHead(200, { 'Content-Type': 'text/html' }).end('<p>Hej</p>')
      case '/gone':
        return response.writeHead(404).end('Finns inte')
      case '/moved':
        return response.writeHead(301, { Location: '/moved-again' }).end()
      case '/moved-again':
        return response.writeHead(302, { Location: `http://127.0.0.1:${port()}/ok` }).end()
      case '/loop':
        return response.writeHead(302, { Location: '/loop' }).end()
      case '/slow':
        return // never answers
      default:
        return response.writeHead(500).end()
    }
  })
  const port = () => (server.address() as AddressInfo).port
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ server, base: `http://127.0.0.1:${port()}` })),
  )
}

describe('the link checker', () => {
  let lake: TestLake
  let sites: { server: Server; base: string }

  beforeAll(async () => {
    ;[lake, sites] = await Promise.all([startTestLake(), startSites()])
  })

  afterAll(async () => {
    sites.server.closeAllConnections()
    await new Promise((resolve) => sites.server.close(resolve))
    await lake.stop()
  })

  const helpLink = (id: string, providerUrl: string, channelUrl?: string) => ({
    _id: id,
    _type: 'helpLink',
    name: `Tjänst ${id}`,
    providerUrl,
    channels: channelUrl ? [{ _key: 'web1', _type: 'webChannel', url: channelUrl }] : [],
  })
  const linkCheckOf = async (id: string) => (await lake.client().getDocument<{ linkCheck?: LinkCheck }>(id))?.linkCheck

  it('records a 200, a 404, a timeout and a redirect chain on each help link, draft and published', async () => {
    const { base } = sites
    await lake
      .client()
      .transaction()
      .create(helpLink('hl-ok', `${base}/ok`, `${base}/moved`))
      .create(helpLink('hl-gone', `${base}/ok`, `${base}/gone`))
      .create(helpLink('hl-slow', `${base}/slow`))
      .create(helpLink('hl-loop', `${base}/loop`))
      // A draft with a new address: its check is its own, and survives its publishing.
      .create(helpLink('drafts.hl-ok', `${base}/ok`, `${base}/gone`))
      .commit()

    const before = new Date()
    const summary = await checkHelpLinks(lake.client().withConfig({ perspective: 'raw' }), {
      allowPrivateHosts: true,
      timeoutMs: 1_000,
    })

    expect(summary.helpLinks).toBe(4)
    expect(summary.broken.map(({ id }) => id).sort()).toEqual(['hl-gone', 'hl-loop', 'hl-ok', 'hl-slow'])

    const ok = await linkCheckOf('hl-ok')
    expect(ok).toMatchObject({ broken: false })
    expect(new Date(ok!.checkedAt).getTime()).toBeGreaterThanOrEqual(before.getTime() - 1_000)
    expect(ok!.addresses).toEqual([
      { _key: 'provider', _type: 'addressCheck', url: `${base}/ok`, ok: true, status: 200, redirects: [] },
      {
        _key: 'web1',
        _type: 'addressCheck',
        url: `${base}/moved`,
        ok: true,
        status: 200,
        redirects: [`${base}/moved-again`, `${base}/ok`],
      },
    ])

    const gone = await linkCheckOf('hl-gone')
    expect(gone).toMatchObject({ broken: true })
    expect(gone!.addresses[1]).toMatchObject({ url: `${base}/gone`, ok: false, status: 404 })
    expect(gone!.addresses[1].problem).toMatch(/Sidan finns inte/)

    const slow = await linkCheckOf('hl-slow')
    expect(slow!.addresses[0]).toMatchObject({ ok: false, redirects: [] })
    expect(slow!.addresses[0].status).toBeUndefined()
    expect(slow!.addresses[0].problem).toMatch(/svarade inte inom 1 sekunder/)

    const loop = await linkCheckOf('hl-loop')
    expect(loop!.addresses[0]).toMatchObject({ ok: false, status: 302 })
    expect(loop!.addresses[0].problem).toMatch(/slinga/)

    // The draft's own addresses, its gone page included; the published version keeps its own result.
    const draft = await linkCheckOf('drafts.hl-ok')
    expect(draft).toMatchObject({ broken: true, checkedAt: ok!.checkedAt })
    expect(draft!.addresses[1]).toMatchObject({ url: `${base}/gone`, status: 404 })
    expect(summary.results['hl-ok']).toEqual(draft)
  })

  it('checks only the help links asked for', async () => {
    const { base } = sites
    await lake.client().create(helpLink('hl-one', `${base}/ok`))
    await lake.client().create(helpLink('hl-other', `${base}/ok`))

    const summary = await checkHelpLinks(lake.client().withConfig({ perspective: 'raw' }), {
      ids: ['hl-one'],
      allowPrivateHosts: true,
    })

    expect(Object.keys(summary.results)).toEqual(['hl-one'])
    expect(await linkCheckOf('hl-one')).toMatchObject({ broken: false })
    expect(await linkCheckOf('hl-other')).toBeUndefined()
  })

  it('refuses addresses on this machine or a private network unless told otherwise', async () => {
    await lake.client().create(helpLink('hl-internal', `${sites.base}/ok`))

    await checkHelpLinks(lake.client().withConfig({ perspective: 'raw' }), { ids: ['hl-internal'] })

    const internal = await linkCheckOf('hl-internal')
    expect(internal).toMatchObject({ broken: true })
    expect(internal!.addresses[0]).toMatchObject({ ok: false })
    expect(internal!.addresses[0].problem).toMatch(/internt nätverk/)
  })

  it('writes nothing with a viewer token', async () => {
    await lake.client().create(helpLink('hl-viewer', `${sites.base}/ok`))
    await expect(
      checkHelpLinks(lake.client({ token: 'read' }).withConfig({ perspective: 'raw' }), {
        ids: ['hl-viewer'],
        allowPrivateHosts: true,
      }),
    ).rejects.toMatchObject({ statusCode: 403 })
    expect(await linkCheckOf('hl-viewer')).toBeUndefined()
  })

  it('runs on a schedule as npm run check-links, writing with the write token', async () => {
    await lake.client().create(helpLink('hl-scheduled', `${sites.base}/ok`))

    const { stdout } = await promisify(execFile)('node', [resolve(__dirname, '../../scripts/check-links.ts')], {
      env: {
        ...process.env,
        NEXT_PUBLIC_SANITY_PROJECT_ID: 'local',
        NEXT_PUBLIC_SANITY_DATASET: 'production',
        LAKE_PORT: new URL(lake.httpUrl).port,
        SANITY_API_WRITE_TOKEN: lake.tokens.write,
      },
    })

    // The script, unlike the tests above, refuses this machine's addresses: what a server must do.
    expect(stdout).toMatch(/Tjänst hl-scheduled \(hl-scheduled\) has addresses that do not work/)
    expect((await linkCheckOf('hl-scheduled'))!.addresses[0].problem).toMatch(/internt nätverk/)
  })
})

describe("the Studio's link check on demand (app/api/link-check)", () => {
  let lake: TestLake
  let POST: (request: Request) => Promise<Response>

  beforeAll(async () => {
    lake = await startTestLake()
    pointSiteModulesAt(lake)
    ;({ POST } = await import('@/app/api/link-check/route'))
    // An address the route must not fetch from the server's own network, so no outside request is made.
    await lake.client().create({
      _id: 'hl-studio',
      _type: 'helpLink',
      name: 'Tjänsten',
      providerUrl: 'http://127.0.0.1:9/',
      channels: [],
    })
  })

  afterAll(async () => {
    await lake?.stop()
  })

  const call = (token: string | null, body: unknown) =>
    POST(
      new Request('http://localhost:3000/api/link-check', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      }),
    )

  it("checks the help link with the editor's own session and records the result", async () => {
    const response = await call(lake.tokens.write, { id: 'drafts.hl-studio' })
    expect(response.status).toBe(200)
    expect((await response.json()).message).toBe('Minst en webbadress fungerar inte. Se vilken under Kontroll.')
    const stored = await lake.client().getDocument<{ linkCheck?: LinkCheck }>('hl-studio')
    expect(stored?.linkCheck?.addresses[0].problem).toMatch(/internt nätverk/)
  })

  it('refuses, in Swedish and with nothing written, a viewer, a caller without a session and a bad request', async () => {
    await lake
      .client()
      .create({ _id: 'hl-untouched', _type: 'helpLink', name: 'Orörd', providerUrl: 'http://127.0.0.1:9/' })

    const viewer = await call(lake.tokens.read, { id: 'hl-untouched' })
    expect(viewer.status).toBe(403)
    expect((await viewer.json()).message).toMatch(/får inte ändra innehåll/)

    const anonymous = await call(null, { id: 'hl-untouched' })
    expect(anonymous.status).toBe(401)
    const unknown = await call('not-a-session', { id: 'hl-untouched' })
    expect(unknown.status).toBe(401)
    expect((await unknown.json()).message).toMatch(/Logga in i Studion igen/)

    expect((await call(lake.tokens.write, '{not json')).status).toBe(400)
    expect((await call(lake.tokens.write, { id: '*[_type == "x"]' })).status).toBe(400)

    expect((await lake.client().getDocument<{ linkCheck?: LinkCheck }>('hl-untouched'))?.linkCheck).toBeUndefined()
  })
})
