/**
 * The edge stores each page and script once per encoding, compressed once, and sends a stored copy
 * with its length, as a static file is sent (deploy/edge/content-length.js): a chunked copy costs
 * the edge about half its rate (bench/README.md). The bytes are the instance's, decompressed.
 */
import { request } from 'node:http'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'

import { eventually } from '../helpers/eventually'
import { sitemapPaths } from '../helpers/sitemap'
import { pageAt, stack } from '../helpers/stack'

interface RawResponse {
  status: number
  headers: Record<string, string | string[] | undefined>
  /** Each header line as sent: [name, value, name, value, …]. */
  rawHeaders: string[]
  body: Buffer
}

/** The bytes as the edge sends them (fetch would decompress them and hide the framing). */
function rawGet(path: string, encoding: string): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    request(new URL(path, stack().edgeUrl), { headers: { 'Accept-Encoding': encoding } }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          rawHeaders: response.rawHeaders,
          body: Buffer.concat(chunks),
        }),
      )
      response.on('error', reject)
    })
      .on('error', reject)
      .end()
  })
}

/** A copy the edge has stored: asked until the edge answers from its cache (it keeps a page a second, and not a STALE answer). */
function storedCopy(path: string, encoding: string): Promise<RawResponse> {
  return eventually(
    async () => {
      const response = await rawGet(path, encoding)
      return response.headers['x-edge-cache'] === 'HIT' && response
    },
    { intervalMs: 50, describe: () => `the edge never answered ${path} (${encoding}) from its cache` },
  )
}

const decode = { gzip: gunzipSync, br: brotliDecompressSync, identity: (body: Buffer) => body }

async function scriptPath(): Promise<string> {
  const { html } = await pageAt(stack().edgeUrl, '/')
  const script = html.match(/\/_next\/static\/chunks\/[\w.-]+\.js/)?.[0]
  if (!script) throw new Error('The start page names no script under /_next/static/chunks/')
  return script
}

it.each(['gzip', 'br'] as const)(
  'sends stored %s copies of pages and scripts with their length, decompressing to the same bytes',
  async (encoding) => {
    for (const path of [...(await sitemapPaths(stack().edgeUrl)), await scriptPath()]) {
      const plain = await storedCopy(path, 'identity')
      const compressed = await storedCopy(path, encoding)

      expect([path, compressed.status, compressed.headers['content-encoding']]).toEqual([path, 200, encoding])
      expect([path, compressed.headers['transfer-encoding']]).toEqual([path, undefined])
      expect([path, compressed.headers['content-length']]).toEqual([path, String(compressed.body.length)])
      expect(decode[encoding](compressed.body).equals(plain.body)).toBe(true)
    }
  },
)

// Browsers name brotli after gzip and should get brotli; an encoding given q=0 is refused.
it.each([
  ['gzip, deflate, br, zstd', 'br'],
  ['gzip, deflate, br', 'br'],
  ['gzip, br;q=0', 'gzip'],
  ['br;q=0, gzip;q=0', 'identity'],
])('answers Accept-Encoding "%s" with the stored %s copy', async (acceptEncoding, expected) => {
  const { headers } = await storedCopy('/', acceptEncoding)

  expect(headers['content-encoding'] ?? 'identity').toBe(expected)
})

it('sends one Vary header, naming each request header a stored copy depends on once', async () => {
  for (const path of ['/', await scriptPath()]) {
    for (const encoding of ['identity', 'gzip', 'br']) {
      const { rawHeaders } = await storedCopy(path, encoding)
      const varyLines = rawHeaders.filter(
        (_, index) => index % 2 === 1 && rawHeaders[index - 1].toLowerCase() === 'vary',
      )
      const fields = varyLines.flatMap((line) => line.split(',').map((field) => field.trim().toLowerCase()))

      expect([path, encoding, varyLines.length]).toEqual([path, encoding, 1])
      expect([path, encoding, fields.includes('accept-encoding')]).toEqual([path, encoding, true])
      expect([path, encoding, new Set(fields).size]).toEqual([path, encoding, fields.length])
    }
  }
  // The start page's answer also depends on the client router's headers (Next names them).
  const { headers } = await storedCopy('/', 'gzip')
  expect(String(headers.vary).toLowerCase()).toContain('rsc')
})

it('passes on what is not stored as the instance sent it: a missing page is a 404 with its page', async () => {
  const missing = await rawGet('/finns-inte-alls', 'identity')

  expect(missing.status).toBe(404)
  expect(missing.body.toString('utf8')).toContain('Sidan finns inte')
})
