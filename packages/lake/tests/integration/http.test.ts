/**
 * The HTTP surface the browser and the clients meet: HTTP/2 with TLS on a certificate valid for
 * localhost and *.localhost, HTTP/1.1 on both ports, CORS with credentials for the configured
 * origins only, loopback host names only, version prefixes and the two ways of naming the project.
 */
import { readFileSync } from 'node:fs'
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http'
import { request as httpsRequest } from 'node:https'
import { connect, type ClientHttp2Session } from 'node:http2'
import { join } from 'node:path'
import { startTestLake, type TestLake } from '../../src/testing/index.ts'

let lake: TestLake
let ca: Buffer
const STUDIO_ORIGIN = 'http://localhost:3000'

beforeAll(async () => {
  lake = await startTestLake({ env: { LAKE_CORS_ORIGINS: STUDIO_ORIGIN } })
  ca = readFileSync(join(lake.dir, 'tls', 'cert.pem'))
})

afterAll(async () => {
  await lake.stop()
})

/** One HTTP/2 GET to the TLS port under a host name, trusting only the lake's own certificate. */
async function http2Get(host: string, path: string, headers: Record<string, string> = {}) {
  const port = new URL(lake.httpsUrl).port
  const session: ClientHttp2Session = connect(`https://${host}:${port}`, {
    ca,
    servername: host,
    lookup: (_hostname, _options, callback) => callback(null, [{ address: '127.0.0.1', family: 4 }]),
  })
  try {
    const stream = session.request({ ':path': path, ...headers })
    const [status, body] = await new Promise<[number, string]>((resolve, reject) => {
      let status = 0
      let body = ''
      stream.on('response', (response) => (status = Number(response[':status'])))
      stream.on('data', (chunk) => (body += chunk))
      stream.on('end', () => resolve([status, body]))
      stream.on('error', reject)
    })
    return { status, body, protocol: session.alpnProtocol }
  } finally {
    session.close()
  }
}

/**
 * A GET on the plain port with headers fetch() will not send (such as Host): its status, headers
 * and body, or 101 when it was a WebSocket upgrade the lake accepted.
 */
function plainRequest(
  path: string,
  headers: Record<string, string>,
): Promise<{ status: number; headers: IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const { hostname, port } = new URL(lake.httpUrl)
    const request = httpRequest({ host: hostname, port, path, headers }, (res) => {
      let body = ''
      res.on('data', (chunk) => (body += chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }))
    })
    request.on('upgrade', (res, socket) => {
      socket.destroy()
      resolve({ status: 101, headers: res.headers, body: '' })
    })
    request.on('error', reject)
    request.end()
  })
}

const plainStatus = async (path: string, headers: Record<string, string>) => (await plainRequest(path, headers)).status

describe('TLS port', () => {
  it('speaks HTTP/2 under local.localhost, with a certificate that names it', async () => {
    const response = await http2Get('local.localhost', '/v2025-02-19/users/me', {
      authorization: `Bearer ${lake.tokens.read}`,
    })
    expect(response.protocol).toBe('h2')
    expect(response.status).toBe(200)
    expect(JSON.parse(response.body)).toMatchObject({ id: 'robot-read', role: 'viewer' })
    expect((await http2Get('localhost', '/v1/ping')).body).toBe('PONG')
  })

  it('still answers HTTP/1.1 clients', async () => {
    const body = await new Promise<string>((resolve, reject) => {
      const port = new URL(lake.httpsUrl).port
      const request = httpsRequest(
        { host: '127.0.0.1', port, path: '/v1/ping', ca, servername: 'localhost' },
        (res) => {
          let text = ''
          res.on('data', (chunk) => (text += chunk))
          res.on('end', () => resolve(text))
        },
      )
      request.on('error', reject)
      request.end()
    })
    expect(body).toBe('PONG')
  })

  it('serves the same data as the plain port', async () => {
    await lake.client().create({ _id: 'shared', _type: 'note' })
    const response = await http2Get('local.localhost', '/v2025-02-19/data/doc/production/shared')
    expect(JSON.parse(response.body).documents[0]._id).toBe('shared')
  })
})

describe('CORS', () => {
  it('answers a preflight by echoing the origin and allowing credentials', async () => {
    const response = await fetch(`${lake.httpUrl}/v2025-02-19/data/mutate/production`, {
      method: 'OPTIONS',
      headers: {
        origin: STUDIO_ORIGIN,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization,content-type',
      },
    })
    expect(response.status).toBe(204)
    expect(response.headers.get('access-control-allow-origin')).toBe(STUDIO_ORIGIN)
    expect(response.headers.get('access-control-allow-credentials')).toBe('true')
    expect(response.headers.get('access-control-allow-headers')).toBe('authorization,content-type')
    expect(response.headers.get('access-control-allow-methods')).toContain('POST')
  })

  it('marks ordinary responses for the calling origin', async () => {
    const response = await fetch(`${lake.httpUrl}/v1/ping`, { headers: { origin: STUDIO_ORIGIN } })
    expect(response.headers.get('access-control-allow-origin')).toBe(STUDIO_ORIGIN)
    expect(response.headers.get('vary')).toBe('Origin')
  })

  it('allows the other loopback spellings of a configured loopback origin', async () => {
    const response = await fetch(`${lake.httpUrl}/v1/ping`, { headers: { origin: 'http://127.0.0.1:3000' } })
    expect(response.status).toBe(200)
    expect(response.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:3000')
  })

  it('refuses pages from any other origin, with no CORS headers, whether preflighted or not', async () => {
    for (const origin of ['https://evil.example', 'https://localhost:3000', 'http://localhost:8080', 'null']) {
      const simple = await fetch(`${lake.httpUrl}/v2025-02-19/data/query/production?query=*`, { headers: { origin } })
      expect(simple.status).toBe(403)
      expect(simple.headers.get('access-control-allow-origin')).toBeNull()
      expect((await simple.json()).message).toMatch(/may not call the lake/)
      const preflight = await fetch(`${lake.httpUrl}/v2025-02-19/data/mutate/production`, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-private-network': 'true',
        },
      })
      expect(preflight.status).toBe(403)
      expect(preflight.headers.get('access-control-allow-origin')).toBeNull()
      expect(preflight.headers.get('access-control-allow-credentials')).toBeNull()
      expect(preflight.headers.get('access-control-allow-private-network')).toBeNull()
    }
  })

  it('grants private-network access to the configured origin only', async () => {
    const preflight = await fetch(`${lake.httpUrl}/v2025-02-19/data/query/production`, {
      method: 'OPTIONS',
      headers: {
        origin: STUDIO_ORIGIN,
        'access-control-request-method': 'GET',
        'access-control-request-private-network': 'true',
      },
    })
    expect(preflight.headers.get('access-control-allow-private-network')).toBe('true')
  })

  it('refuses a WebSocket from another origin before it opens', async () => {
    const upgrade = (origin: string) =>
      plainStatus('/v2022-06-30/socket/production', {
        connection: 'Upgrade',
        upgrade: 'websocket',
        'sec-websocket-version': '13',
        'sec-websocket-key': 'dGhlIHNhbXBsZSBub25jZQ==',
        origin,
      })
    expect(await upgrade('https://evil.example')).toBe(403)
    expect(await upgrade(STUDIO_ORIGIN)).toBe(101)
  })
})

describe('who may reach the lake', () => {
  it('answers loopback host names only, so a rebound DNS name gets nothing', async () => {
    const port = new URL(lake.httpUrl).port
    for (const host of [
      'localhost',
      `localhost:${port}`,
      `local.localhost:${port}`,
      `127.0.0.1:${port}`,
      `[::1]:${port}`,
    ]) {
      expect(await plainStatus('/v1/ping', { host })).toBe(200)
    }
    for (const host of [`evil.example:${port}`, 'evil.example', `127.0.0.1.nip.io:${port}`, `localhost.evil.example`]) {
      const response = await plainRequest('/v2025-02-19/data/query/production?query=*', { host })
      expect(response.status).toBe(403)
      expect(JSON.parse(response.body).message).toMatch(/not a loopback name/)
    }
  })

  it('lets pages on other sites load assets and open the login page, and nothing else', async () => {
    const crossSite = (mode: string, dest: string) => ({
      'sec-fetch-site': 'cross-site',
      'sec-fetch-mode': mode,
      'sec-fetch-dest': dest,
    })
    // An <img> or <script> pointing at a query, a stream or an export.
    for (const path of [
      '/v2025-02-19/data/query/production?query=*',
      '/v2025-02-19/data/listen/production?query=*',
      '/v2025-02-19/data/export/production',
    ]) {
      expect(await plainStatus(path, crossSite('no-cors', 'image'))).toBe(403)
      expect(await plainStatus(path, crossSite('navigate', 'document'))).toBe(403)
    }
    // An <img> of an asset (there is none by that name: 404, not refused) and the login link.
    const asset = `/images/local/production/${'a'.repeat(40)}-10x10.png`
    expect(await plainStatus(asset, crossSite('no-cors', 'image'))).toBe(404)
    const login = `/v1/auth/login/local?origin=${encodeURIComponent(`${STUDIO_ORIGIN}/studio`)}&type=dual`
    expect(await plainStatus(login, crossSite('navigate', 'document'))).toBe(200)
    // The Studio's own fetches are CORS requests, checked by their Origin.
    expect(await plainStatus('/v1/ping', { ...crossSite('cors', 'empty'), origin: STUDIO_ORIGIN })).toBe(200)
  })
})

describe('versions and projects', () => {
  it.each(['/v1', '/vX', '/v2021-03-25', '/v2026-05-04', ''])(
    'reaches the API under the prefix "%s"',
    async (prefix) => {
      const response = await fetch(
        `${lake.httpUrl}${prefix}/data/query/production?query=${encodeURIComponent('count(*)')}`,
      )
      expect(response.status).toBe(200)
      expect(typeof (await response.json()).result).toBe('number')
    },
  )

  it('accepts its project in the host name and in X-Sanity-Project-ID, and refuses others', async () => {
    expect(JSON.parse((await http2Get('local.localhost', '/v1/projects/local')).body).id).toBe('local')
    expect(await plainStatus('/v1/projects/local', { host: 'abc123.localhost' })).toBe(404)
    expect(await plainStatus('/v1/projects/local', { host: 'local.localhost' })).toBe(200)
    const viaHeader = (project: string) =>
      fetch(`${lake.httpUrl}/v1/data/query/production?query=1`, { headers: { 'x-sanity-project-id': project } })
    expect((await viaHeader('local')).status).toBe(200)
    const other = await viaHeader('abc123')
    expect(other.status).toBe(404)
    expect((await other.json()).message).toMatch(/Project "abc123" not found/)
  })
})
