/**
 * The HTTP surface the browser and the clients meet: HTTP/2 with TLS on a certificate valid for
 * localhost and *.localhost, HTTP/1.1 on both ports, CORS with credentials, version prefixes and
 * the two ways of naming the project.
 */
import { readFileSync } from 'node:fs'
import { request as httpRequest } from 'node:http'
import { request as httpsRequest } from 'node:https'
import { connect, type ClientHttp2Session } from 'node:http2'
import { join } from 'node:path'
import { startTestLake, type TestLake } from '../../src/testing/index.ts'

let lake: TestLake
let ca: Buffer

beforeAll(async () => {
  lake = await startTestLake()
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

/** A GET on the plain port with headers fetch() will not send (such as Host). */
function plainStatus(path: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const { hostname, port } = new URL(lake.httpUrl)
    const request = httpRequest({ host: hostname, port, path, headers }, (res) => {
      res.resume()
      resolve(res.statusCode ?? 0)
    })
    request.on('error', reject)
    request.end()
  })
}

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
        origin: 'http://localhost:3000',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization,content-type',
      },
    })
    expect(response.status).toBe(204)
    expect(response.headers.get('access-control-allow-origin')).toBe('http://localhost:3000')
    expect(response.headers.get('access-control-allow-credentials')).toBe('true')
    expect(response.headers.get('access-control-allow-headers')).toBe('authorization,content-type')
    expect(response.headers.get('access-control-allow-methods')).toContain('POST')
  })

  it('marks ordinary responses for the calling origin', async () => {
    const response = await fetch(`${lake.httpUrl}/v1/ping`, { headers: { origin: 'https://localhost:3000' } })
    expect(response.headers.get('access-control-allow-origin')).toBe('https://localhost:3000')
    expect(response.headers.get('vary')).toBe('Origin')
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
