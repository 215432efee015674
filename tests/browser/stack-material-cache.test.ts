/**
 * Campaign material files through the deployed stack (two instances sharing Redis): a file is drawn
 * once and then served from the shared cache by either instance, byte for byte, and a publish of
 * what it shows (the material, its short link, a sender) makes the next request draw it again.
 * Whether a file was drawn or cached is read from `X-Material-Cache`, never from timing.
 */
import { execFileSync } from 'node:child_process'

import { browserRun, lakeClient } from '../helpers/browser-env'
import { eventually } from '../helpers/eventually'
import { decodeQrInPng } from '../helpers/qr'
import { stack } from '../helpers/stack'

const editor = lakeClient('write')
const PUBLISH_DEADLINE_MS = 60_000
const run = Date.now()
const slug = `cache-${run}`
const materialId = `campaignMaterial-cache-${run}`
const shortLinkId = `shortLink-cache-${run}`
const SENDER_ID = 'organisation-polisen'

async function download(base: string, file: string) {
  const response = await fetch(new URL(`/api/material/${slug}/${file}`, base))
  return {
    status: response.status,
    cache: response.headers.get('x-material-cache'),
    body: Buffer.from(await response.arrayBuffer()),
  }
}

const pdfText = (pdf: Buffer) =>
  execFileSync('pdftotext', ['-', '-'], { input: pdf, encoding: 'utf8' }).replace(/\s+/g, ' ')

/**
 * Polls the instance at `base` until its file shows what `shows` looks for; returns that answer,
 * the first one drawn from the published change.
 */
async function drawnAfterPublish(base: string, file: string, shows: (body: Buffer) => Promise<boolean> | boolean) {
  let last = { status: 0, cache: null as string | null, body: Buffer.alloc(0) }
  return eventually(
    async () => {
      last = await download(base, file)
      return last.status === 200 && (await shows(last.body)) && last
    },
    {
      timeoutMs: PUBLISH_DEADLINE_MS,
      describe: () => `${file} does not show the change yet (${last.status}, ${last.cache})`,
    },
  )
}

let first: string
let second: string

beforeAll(async () => {
  ;[first, second] = stack().instances.map((instance) => instance.url)
  await editor.create({
    _id: shortLinkId,
    _type: 'shortLink',
    path: `/cache-${run}`,
    destination: { type: 'path', path: '/hjalp' },
  })
  await editor.create({
    _id: materialId,
    _type: 'campaignMaterial',
    title: 'Affisch för cachetest',
    slug: { _type: 'slug', current: slug },
    belief: 'att en affisch ritas vid varje nedladdning.',
    answer: 'den ritas en gång.',
    palette: 'night',
    formats: ['a4', 'kvadrat'],
    shortLink: { _type: 'reference', _ref: shortLinkId },
  })
  // The publish webhook expires the material's files at once, and again five seconds later
  // (app/api/revalidate); let both pass, so that they cannot expire a file drawn below.
  await eventually(
    async () => (await (await fetch(new URL('/kampanjmaterial', first))).text()).includes(`/api/material/${slug}/`),
    { timeoutMs: PUBLISH_DEADLINE_MS, describe: () => `/kampanjmaterial does not list ${slug}` },
  )
  await new Promise((wait) => setTimeout(wait, 7_000))
}, 2 * PUBLISH_DEADLINE_MS)

afterAll(async () => {
  await editor.delete(materialId)
  await editor.delete(shortLinkId)
  // Other test files count what /kampanjmaterial lists: wait until no instance, and not the edge,
  // lists this material any more (the page is refreshed stale-while-revalidate after the webhook).
  for (const base of [first, second, browserRun().siteUrl]) {
    await eventually(
      async () => !(await (await fetch(new URL('/kampanjmaterial', base))).text()).includes(`/api/material/${slug}/`),
      { timeoutMs: PUBLISH_DEADLINE_MS, describe: () => `${base}/kampanjmaterial still lists ${slug}` },
    )
  }
}, 4 * PUBLISH_DEADLINE_MS)

it.each(['a4.pdf', 'a4-tryck.pdf', 'kvadrat.png'])(
  'draws %s once; the other instance then sends the same bytes from the shared cache',
  async (file) => {
    const drawn = await download(first, file)
    expect({ status: drawn.status, cache: drawn.cache }).toEqual({ status: 200, cache: 'MISS' })
    // Next stores the entry after it has answered; a read on the same instance waits for that
    // store (lib/shared-cache/data.ts), so after it the file is in Redis for the other instance.
    const again = await download(first, file)
    expect(again.cache).toBe('HIT')
    expect(again.body.equals(drawn.body)).toBe(true)
    const cached = await download(second, file)
    expect({ status: cached.status, cache: cached.cache }).toEqual({ status: 200, cache: 'HIT' })
    expect(cached.body.equals(drawn.body)).toBe(true)
  },
)

it(
  'draws new files at the next request after a publish of the material, its short link or a sender',
  async () => {
    const before = await download(first, 'a4.pdf')
    expect(before.cache).toBe('HIT')

    // Every answer before the change reaches the instance is the cached file; the first that shows
    // it was drawn for it (MISS), not an old copy sent while a new one is drawn.
    await editor.patch(materialId).set({ answer: 'den ritas en gång per publicering.' }).commit()
    const afterMaterial = await drawnAfterPublish(second, 'a4.pdf', (pdf) =>
      pdfText(pdf).includes('den ritas en gång per publicering.'),
    )
    expect(afterMaterial.cache).toBe('MISS')
    expect(afterMaterial.body.equals(before.body)).toBe(false)

    await editor
      .patch(shortLinkId)
      .set({ path: `/cache-${run}-ny` })
      .commit()
    const afterShortLink = await drawnAfterPublish(
      first,
      'kvadrat.png',
      async (png) => (await decodeQrInPng(png))?.endsWith(`/cache-${run}-ny`) ?? false,
    )
    expect(afterShortLink.cache).toBe('MISS')

    const sender = await editor.getDocument<{ name: string }>(SENDER_ID)
    try {
      await editor.patch(SENDER_ID).set({ name: 'Polismyndigheten i test' }).commit()
      const afterSender = await drawnAfterPublish(second, 'a4.pdf', (pdf) =>
        pdfText(pdf).includes('Polismyndigheten i test'),
      )
      expect(afterSender.cache).toBe('MISS')
    } finally {
      await editor.patch(SENDER_ID).set({ name: sender!.name }).commit()
    }
  },
  4 * PUBLISH_DEADLINE_MS,
)
