/**
 * Assets through the real @sanity/client and @sanity/image-url: uploads create Sanity's asset
 * documents with real metadata, the same bytes give the same asset, and the lake serves images
 * and files with the transformations the site uses, checked by reading the output with sharp.
 */
import { createHash, randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { connect } from 'node:http2'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import type { SanityImageAssetDocument } from '@sanity/client'
import { createImageUrlBuilder } from '@sanity/image-url'
import sharp from 'sharp'
import { startTestLake, type TestLake, refusal } from '../../src/testing/index.ts'

let lake: TestLake
/** 400 × 200: red on the left half, blue on the right. */
let redBlue: Buffer
/** 64 × 64 with a transparent lower half. */
let halfTransparent: Buffer
let image: SanityImageAssetDocument

const RED = { r: 255, g: 0, b: 0 }
const BLUE = { r: 0, g: 0, b: 255 }

const sha1 = (data: Buffer) => createHash('sha1').update(data).digest('hex')

/** The builder as the site configures it: the lake's plain HTTP address as base URL. */
const urlFor = (source: Parameters<ReturnType<typeof createImageUrlBuilder>['image']>[0]) =>
  createImageUrlBuilder({ projectId: 'local', dataset: 'production', baseUrl: lake.httpUrl }).image(source)

async function fetchImage(url: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, { headers })
  expect(response.status).toBe(200)
  const data = Buffer.from(await response.arrayBuffer())
  return { response, data, metadata: await sharp(data).metadata() }
}

/** The colour at a point of an image, as whole sRGB values. */
async function colourAt(data: Buffer, x: number, y: number) {
  const { data: pixels, info } = await sharp(data).removeAlpha().raw().toBuffer({ resolveWithObject: true })
  const offset = (y * info.width + x) * info.channels
  return { r: pixels[offset], g: pixels[offset + 1], b: pixels[offset + 2] }
}

beforeAll(async () => {
  // One transformation at a time, so that a burst of them fills the queue quickly (see below).
  lake = await startTestLake({ env: { LAKE_IMAGE_TRANSFORMS: '1' } })
  const red = await sharp({ create: { width: 200, height: 200, channels: 3, background: '#ff0000' } })
    .png()
    .toBuffer()
  redBlue = await sharp({ create: { width: 400, height: 200, channels: 3, background: '#0000ff' } })
    .composite([{ input: red, left: 0, top: 0 }])
    .removeAlpha()
    .png()
    .toBuffer()
  const opaqueHalf = await sharp({ create: { width: 64, height: 32, channels: 4, background: '#00ff00ff' } })
    .png()
    .toBuffer()
  halfTransparent = await sharp({ create: { width: 64, height: 64, channels: 4, background: '#00000000' } })
    .composite([{ input: opaqueHalf, left: 0, top: 0 }])
    .png()
    .toBuffer()
  image = await lake.client().assets.upload('image', redBlue, { filename: 'röd-blå.png', contentType: 'image/png' })
})

afterAll(async () => {
  await lake.stop()
})

describe('uploading', () => {
  it('creates a sanity.imageAsset named by the SHA-1 of its bytes, with real metadata', async () => {
    const hash = sha1(redBlue)
    expect(image).toMatchObject({
      _id: `image-${hash}-400x200-png`,
      _type: 'sanity.imageAsset',
      assetId: hash,
      sha1hash: hash,
      extension: 'png',
      mimeType: 'image/png',
      size: redBlue.length,
      originalFilename: 'röd-blå.png',
      path: `images/local/production/${hash}-400x200.png`,
      metadata: {
        _type: 'sanity.imageMetadata',
        dimensions: { _type: 'sanity.imageDimensions', width: 400, height: 200, aspectRatio: 2 },
        hasAlpha: false,
        isOpaque: true,
      },
    })
    expect(image.url).toBe(`${lake.httpsUrl}/${image.path}`)
    expect(image._rev).toEqual(expect.any(String))
    expect(await lake.client().getDocument(image._id)).toEqual(image)
  })

  it('adds a tiny placeholder and the dominant colour', async () => {
    const lqip = image.metadata.lqip as string
    expect(lqip).toMatch(/^data:image\/jpeg;base64,/)
    const placeholder = await sharp(Buffer.from(lqip.split(',')[1], 'base64')).metadata()
    expect([placeholder.width, placeholder.height]).toEqual([20, 10])
    // sharp finds the dominant colour in a coarse histogram: close to pure blue or red, not exact.
    const dominant = image.metadata.palette?.dominant?.background as string
    const [r, g, b] = [1, 3, 5].map((at) => parseInt(dominant.slice(at, at + 2), 16))
    expect(Math.abs(r - b)).toBeGreaterThan(200)
    expect(g).toBeLessThan(30)
  })

  it('tells transparent images from opaque ones', async () => {
    const asset = await lake.client().assets.upload('image', halfTransparent, { extract: [] })
    expect(asset.metadata).toMatchObject({ hasAlpha: true, isOpaque: false })
    expect(asset.metadata.lqip).toBeUndefined()
    expect(asset.metadata.palette).toBeUndefined()
  })

  it('returns the existing asset for the same bytes, also from a stream, instead of a second one', async () => {
    const again = await lake.client().assets.upload('image', Readable.from([redBlue]), { filename: 'kopia.png' })
    expect(again).toEqual(image)
    const count = await lake.client().fetch('count(*[_type == "sanity.imageAsset" && sha1hash == $hash])', {
      hash: image.sha1hash,
    })
    expect(count).toBe(1)
  })

  it('stores files as sanity.fileAsset with the extension of their name', async () => {
    const bytes = Buffer.from('%PDF-1.4\n% en affisch\n')
    const file = await lake
      .client()
      .assets.upload('file', bytes, { filename: 'Affisch A4.pdf', contentType: 'application/pdf' })
    expect(file).toMatchObject({
      _id: `file-${sha1(bytes)}-pdf`,
      _type: 'sanity.fileAsset',
      extension: 'pdf',
      mimeType: 'application/pdf',
      size: bytes.length,
      originalFilename: 'Affisch A4.pdf',
      path: `files/local/production/${sha1(bytes)}.pdf`,
    })
    expect(file).not.toHaveProperty('metadata')

    const served = await fetch(`${lake.httpUrl}/${file.path}?dl`)
    expect(served.headers.get('content-type')).toBe('application/pdf')
    expect(served.headers.get('content-disposition')).toBe(
      `attachment; filename="Affisch A4.pdf"; filename*=UTF-8''Affisch%20A4.pdf`,
    )
    expect(Buffer.from(await served.arrayBuffer())).toEqual(bytes)
  })

  it('keeps an acknowledged upload through a crash', async () => {
    const bytes = await sharp({ create: { width: 30, height: 20, channels: 3, background: '#123456' } })
      .jpeg()
      .toBuffer()
    const asset = await lake.client().assets.upload('image', bytes)
    await lake.kill('SIGKILL')
    await lake.restart()
    expect(await lake.client().getDocument(asset._id)).toEqual(asset)
    const { data } = await fetchImage(`${lake.httpUrl}/${asset.path}`)
    expect(sha1(data)).toBe(asset.sha1hash)
  })
})

describe('refusing uploads', () => {
  it('refuses anonymous and viewer uploads with 403, and creates nothing', async () => {
    const bytes = await sharp({ create: { width: 5, height: 5, channels: 3, background: '#654321' } })
      .png()
      .toBuffer()
    for (const token of [null, 'read']) {
      const error = await refusal(lake.client({ token }).assets.upload('image', bytes))
      expect(error.statusCode).toBe(403)
      expect(error.message).toMatch(/permission "create" required/)
    }
    expect(await lake.client().fetch('count(*[sha1hash == $hash])', { hash: sha1(bytes) })).toBe(0)
  })

  it('refuses bytes that are not an image as an image, with 400', async () => {
    const error = await refusal(lake.client().assets.upload('image', Buffer.from('inte en bild')))
    expect(error.statusCode).toBe(400)
    expect(error.message).toMatch(/not an image the lake can read/)
  })

  it('refuses uploads to a dataset that does not exist, with 404', async () => {
    const error = await refusal(lake.client({ dataset: 'saknas' }).assets.upload('image', redBlue))
    expect(error.statusCode).toBe(404)
  })
})

describe('serving images', () => {
  it('serves the original with immutable caching and an ETag that answers 304', async () => {
    const { response, data } = await fetchImage(urlFor(image).url())
    expect(data).toEqual(redBlue)
    expect(response.headers.get('content-type')).toBe('image/png')
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    const etag = response.headers.get('etag') as string
    const again = await fetch(urlFor(image).url(), { headers: { 'if-none-match': etag } })
    expect(again.status).toBe(304)
  })

  it("also serves images over HTTP/2 with TLS, at the asset document's url, where the Studio loads them", async () => {
    const url = new URL(image.url)
    const session = connect(url.origin, { ca: readFileSync(join(lake.dir, 'tls', 'cert.pem')) })
    const { status, body } = await new Promise<{ status: unknown; body: Buffer }>((resolve, reject) => {
      const request = session.request({ ':path': url.pathname })
      const chunks: Buffer[] = []
      let status: unknown
      request.on('response', (headers) => (status = headers[':status']))
      request.on('data', (chunk: Buffer) => chunks.push(chunk))
      request.on('end', () => resolve({ status, body: Buffer.concat(chunks) }))
      request.on('error', reject)
    }).finally(() => session.close())
    expect(status).toBe(200)
    expect(body).toEqual(redBlue)
  })

  it('resizes by width, height, fit and dpr', async () => {
    const sizes = async (url: string) => {
      const { metadata } = await fetchImage(url)
      return [metadata.width, metadata.height]
    }
    // The builder crops to the requested shape by itself; ignoreImageParams() leaves the fit to the lake.
    const fitted = (width: number, height: number, fit: 'clip' | 'fill' | 'fillmax' | 'max' | 'min' | 'scale') =>
      sizes(urlFor(image).ignoreImageParams().width(width).height(height).fit(fit).url())
    expect(await sizes(urlFor(image).width(100).url())).toEqual([100, 50])
    expect(await sizes(urlFor(image).height(50).url())).toEqual([100, 50])
    expect(await sizes(urlFor(image).width(100).dpr(2).url())).toEqual([200, 100])
    expect(await sizes(urlFor(image).width(100).height(100).url())).toEqual([100, 100])
    expect(await fitted(100, 100, 'clip')).toEqual([100, 50])
    expect(await fitted(800, 800, 'clip')).toEqual([800, 400])
    expect(await fitted(800, 800, 'max')).toEqual([400, 200])
    expect(await fitted(100, 100, 'fill')).toEqual([100, 100])
    expect(await fitted(800, 800, 'fillmax')).toEqual([800, 800])
    expect(await fitted(100, 100, 'scale')).toEqual([100, 100])
    expect(await fitted(800, 800, 'min')).toEqual([200, 200])
  })

  it('fills the free space of fill with the bg colour', async () => {
    const url = `${urlFor(image).ignoreImageParams().width(100).height(100).fit('fill').url()}&bg=00ff00`
    const { data } = await fetchImage(url)
    expect(await colourAt(data, 50, 5)).toEqual({ r: 0, g: 255, b: 0 })
    expect(await colourAt(data, 5, 50)).toEqual(RED)
  })

  it('crops to the editor crop, and around the hotspot when the shape differs', async () => {
    // The editor cropped away the left (red) half: only blue remains.
    const cropped = { asset: { _ref: image._id }, crop: { left: 0.5, right: 0, top: 0, bottom: 0 } }
    const { data, metadata } = await fetchImage(urlFor(cropped).url())
    expect([metadata.width, metadata.height]).toEqual([200, 200])
    expect(await colourAt(data, 10, 100)).toEqual(BLUE)

    // A square from the wide image, centred on a hotspot in the red half.
    const hotspot = { asset: { _ref: image._id }, hotspot: { x: 0.1, y: 0.5, width: 0.1, height: 0.1 } }
    const square = await fetchImage(urlFor(hotspot).width(50).height(50).url())
    expect([square.metadata.width, square.metadata.height]).toEqual([50, 50])
    expect(await colourAt(square.data, 25, 25)).toEqual(RED)
  })

  it('crops around a focal point with crop=focalpoint', async () => {
    const url = (x: number) =>
      urlFor(image).width(100).height(100).fit('crop').crop('focalpoint').focalPoint(x, 0.5).url()
    const left = await fetchImage(url(0.1))
    const right = await fetchImage(url(0.9))
    expect([left.metadata.width, left.metadata.height]).toEqual([100, 100])
    expect(await colourAt(left.data, 50, 50)).toEqual(RED)
    expect(await colourAt(right.data, 50, 50)).toEqual(BLUE)
  })

  it('converts formats, and picks AVIF or WebP from the Accept header with auto=format', async () => {
    expect((await fetchImage(urlFor(image).format('webp').url())).metadata.format).toBe('webp')
    const jpeg = await fetchImage(urlFor(image).format('jpg').quality(40).url())
    expect(jpeg.metadata.format).toBe('jpeg')
    expect(jpeg.response.headers.get('content-type')).toBe('image/jpeg')

    const auto = urlFor(image).width(100).auto('format').url()
    const avif = await fetchImage(auto, { accept: 'image/avif,image/webp,*/*' })
    expect(avif.response.headers.get('content-type')).toBe('image/avif')
    expect(avif.response.headers.get('vary')).toBe('Accept')
    const webp = await fetchImage(auto, { accept: 'image/webp,*/*' })
    expect(webp.metadata.format).toBe('webp')
    const png = await fetchImage(auto, { accept: '*/*' })
    expect(png.metadata.format).toBe('png')
    expect(new Set([avif, webp, png].map(({ response }) => response.headers.get('etag'))).size).toBe(3)
  })

  it('makes a download under the given name with dl', async () => {
    const { response } = await fetchImage(urlFor(image).width(10).forceDownload('bild.png').url())
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="bild.png"/)
  })

  it('answers 404 for assets that do not exist, here or in another project', async () => {
    const unknown = `${lake.httpUrl}/images/local/production/${'0'.repeat(40)}-400x200.png`
    expect((await fetch(unknown)).status).toBe(404)
    expect((await fetch(`${lake.httpUrl}/images/other/production/${image.path.split('/').pop()}`)).status).toBe(404)
    expect((await fetch(`${lake.httpUrl}/images/local/production/nonsense.png`)).status).toBe(404)
    expect((await fetch(`${lake.httpUrl}/files/local/production/${image.sha1hash}.png`)).status).toBe(404)
  })

  it('answers 400 for parameters that make no sense or would make huge images', async () => {
    const base = urlFor(image).url()
    for (const query of [
      'w=abc',
      'w=0',
      'h=-5',
      'w=9000',
      'w=8000&h=8000&fit=scale',
      'w=5000&h=4000&fit=scale',
      'w=5000&dpr=2',
      'fit=stretch',
      'fm=bmp',
      'q=101',
      'dpr=9',
    ]) {
      const response = await fetch(`${base}?${query}`)
      expect([query, response.status]).toEqual([query, 400])
    }
    const outside = await fetch(`${base}?rect=500,0,10,10`)
    expect(outside.status).toBe(400)
    const unsupported = await fetch(`${base}?blur=20`)
    expect(await unsupported.json()).toMatchObject({
      error: { description: expect.stringMatching(/"blur" is not supported/) },
    })
  })
})

describe('bounding transformations', () => {
  it('keeps AVIF to sizes it encodes quickly: WebP beyond them under auto=format, 400 under fm=avif', async () => {
    const accept = { accept: 'image/avif,image/webp,*/*' }
    const small = await fetchImage(`${urlFor(image).url()}?w=1000&h=800&fit=scale&auto=format`, accept)
    expect(small.metadata.format).toBe('heif')
    const large = await fetchImage(`${urlFor(image).url()}?w=3000&h=2000&fit=scale&auto=format`, accept)
    expect(large.response.headers.get('content-type')).toBe('image/webp')
    expect([large.metadata.width, large.metadata.height]).toEqual([3000, 2000])
    const refused = await fetch(`${urlFor(image).url()}?w=3000&h=2000&fit=scale&fm=avif`)
    expect(refused.status).toBe(400)
    expect(await refused.json()).toEqual({
      error: { type: 'httpBadRequest', description: expect.stringMatching(/^An AVIF image of 3000x2000 pixels/) },
    })
  })

  it('caches a variant, whatever the order of its parameters', async () => {
    const first = await fetchImage(`${urlFor(image).url()}?w=123&fm=webp&q=61`)
    expect(first.response.headers.get('x-cache')).toBe('MISS')
    const again = await fetchImage(`${urlFor(image).url()}?q=61&fm=webp&w=123`)
    expect(again.response.headers.get('x-cache')).toBe('HIT')
    expect(again.data).toEqual(first.data)
    // Another variant of the same image is rendered anew.
    const other = await fetchImage(`${urlFor(image).url()}?w=124&fm=webp&q=61`)
    expect(other.response.headers.get('x-cache')).toBe('MISS')
  })

  it('refuses renders beyond what may wait with 503, while cached variants are still served', async () => {
    // Noise: slow to encode, so that the burst arrives while the first renders are running.
    const side = 500
    const noise = await sharp(randomBytes(side * side * 3), { raw: { width: side, height: side, channels: 3 } })
      .png()
      .toBuffer()
    const noisy = await lake.client().assets.upload('image', noise, { filename: 'brus.png' })
    const cachedUrl = `${urlFor(noisy).url()}?w=50&fm=webp`
    expect((await fetchImage(cachedUrl)).response.headers.get('x-cache')).toBe('MISS')

    const burst = Array.from({ length: 100 }, (_, i) => `${urlFor(noisy).url()}?w=${side}&fm=webp&q=${i + 1}`)
    const [cached, ...answers] = await Promise.all([cachedUrl, ...burst].map((url) => fetch(url)))
    expect(cached.status).toBe(200)
    expect(cached.headers.get('x-cache')).toBe('HIT')
    const statuses = answers.map((answer) => answer.status)
    expect(statuses).toContain(200)
    expect(statuses).toContain(503)
    expect(statuses.filter((status) => status !== 200 && status !== 503)).toEqual([])
    const refused = answers.find((answer) => answer.status === 503)!
    expect(await refused.json()).toEqual({
      statusCode: 503,
      error: 'Service Unavailable',
      message: 'Too many image transformations are waiting; try again in a moment',
    })
    // A refused variant renders once the queue has room again.
    const retried = burst[statuses.indexOf(503)]
    expect((await fetchImage(retried)).metadata.format).toBe('webp')
  })
})

describe('serving active content', () => {
  /** Uploads a file and fetches it as a browser would follow a link to it. */
  async function served(bytes: string, filename: string, contentType: string, kind: 'file' | 'image' = 'file') {
    const asset = await lake.client().assets.upload(kind, Buffer.from(bytes), { filename, contentType })
    return fetch(`${lake.httpUrl}/${asset.path}`)
  }
  const script = '<script>fetch("/v1/data/export/production")</script>'

  it('sends HTML, SVG, XML and scripts as downloads that cannot run, in their own type', async () => {
    for (const [bytes, filename, type] of [
      [`<!doctype html><title>x</title>${script}`, 'sida.html', 'text/html'],
      [`<html xmlns="http://www.w3.org/1999/xhtml">${script}</html>`, 'sida.xhtml', 'application/xhtml+xml'],
      [`<svg xmlns="http://www.w3.org/2000/svg">${script}</svg>`, 'bild.svg', 'image/svg+xml'],
      ['<?xml version="1.0"?><a/>', 'data.xml', 'text/xml'],
      ['alert(1)', 'kod.js', 'text/javascript'],
      ['<p>x</p>', 'utan-typ', 'TEXT/HTML; charset=utf-8'],
    ]) {
      const response = await served(bytes, filename, type)
      expect([filename, response.status]).toEqual([filename, 200])
      expect(response.headers.get('content-disposition')).toMatch(new RegExp(`^attachment; filename="${filename}"`))
      expect(response.headers.get('x-content-type-options')).toBe('nosniff')
      expect(response.headers.get('content-security-policy')).toBe("sandbox; default-src 'none'")
    }
  })

  it('serves an SVG image as a download, and its resized variants as PNG to show', async () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20">${script}<rect width="40" height="20" fill="#f00"/></svg>`
    const original = await served(svg, 'logga.svg', 'image/svg+xml', 'image')
    // An <img> ignores the disposition and the CSP: the Studio and the site still show it.
    expect(original.headers.get('content-type')).toBe('image/svg+xml')
    expect(original.headers.get('content-disposition')).toMatch(/^attachment; filename="logga.svg"/)
    expect(original.headers.get('content-security-policy')).toBe("sandbox; default-src 'none'")
    const preview = await fetchImage(`${original.url}?w=20`)
    expect(preview.metadata).toMatchObject({ format: 'png', width: 20, height: 10 })
    expect(preview.response.headers.get('content-disposition')).toBeNull()
  })

  it('shows images, plain text and PDFs in the browser as before', async () => {
    const png = await fetch(urlFor(image).url())
    expect(png.headers.get('content-disposition')).toBeNull()
    expect(png.headers.get('content-security-policy')).toBe("sandbox; default-src 'none'")
    const text = await served('Hej', 'hej.txt', 'text/plain')
    expect(text.headers.get('content-disposition')).toBeNull()
    const pdf = await served('%PDF-1.4\n% inline\n', 'inline.pdf', 'application/pdf')
    expect(pdf.headers.get('content-disposition')).toBeNull()
    expect(pdf.headers.get('x-content-type-options')).toBe('nosniff')
  })
})
