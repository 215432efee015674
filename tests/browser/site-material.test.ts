/**
 * Campaign material through the deployed stack, as a visitor or a print shop downloads it: every
 * link on /kampanjmaterial gives its file, the QR code in it scans to the short link on this site,
 * and an address that names no material, or material that is not finished, is a Swedish 404.
 */
import { browserRun, lakeClient } from '../helpers/browser-env'
import { eventually } from '../helpers/eventually'
import { decodeQrInPdf, decodeQrInPng, pdfPageSize } from '../helpers/qr'

const { siteUrl } = browserRun()
const editor = lakeClient('write')
const PUBLISH_DEADLINE_MS = 60_000

async function download(path: string) {
  const response = await fetch(new URL(path, siteUrl))
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    body: new Uint8Array(await response.arrayBuffer()),
  }
}

it('links every seeded piece in each chosen format from /kampanjmaterial, and each link gives its file', async () => {
  const html = await (await fetch(new URL('/kampanjmaterial', siteUrl))).text()
  const links = [...html.matchAll(/href="(\/api\/material\/[^"]+)"/g)].map((match) => match[1])
  // kamera and fangelse: three PDFs, each also for print, and two PNGs; sluta: three PNGs.
  expect(links).toHaveLength(2 * (3 * 2 + 2) + 3)
  for (const link of links) {
    const { status, type } = await download(link)
    expect({ link, status, type }).toEqual({
      link,
      status: 200,
      type: link.endsWith('.pdf') ? 'application/pdf' : 'image/png',
    })
  }
})

it('prints the short link in the A4 poster as a QR code that leads to this site', async () => {
  const { body } = await download('/api/material/fangelse/a4.pdf')
  const { width, height } = pdfPageSize(body)
  expect([Math.round(width), Math.round(height)]).toEqual([595, 842])
  expect(await decodeQrInPdf(body)).toBe(new URL('/affisch', siteUrl).href)
})

it('puts the short link in the social image as a QR code', async () => {
  const { body } = await download('/api/material/sluta/kvadrat.png')
  expect(await decodeQrInPng(body)).toBe(new URL('/sluta', siteUrl).href)
})

it.each([
  ['/api/material/finns-inte/a4.pdf', 'Materialet finns inte.'],
  ['/api/material/fangelse/a0.pdf', 'Filen finns inte.'],
  ['/api/material/sluta/a4.pdf', 'Materialet finns inte i det formatet.'],
])('answers %s with 404 and a message in Swedish', async (path, message) => {
  const response = await fetch(new URL(path, siteUrl))
  expect(response.status).toBe(404)
  expect(await response.text()).toMatch(new RegExp(`^${message.replace(/\./g, '\\.')}`))
})

it(
  'answers material published without its text with 404 and says what is missing, never 500',
  async () => {
    const id = `campaignMaterial-test-${Date.now()}`
    const slug = `utan-text-${Date.now()}`
    // Past the Studio's rules, as an import could: no answer, no short link, no palette.
    await editor.create({
      _id: id,
      _type: 'campaignMaterial',
      title: 'Utan text',
      slug: { _type: 'slug', current: slug },
      belief: 'att det inte syns.',
      formats: ['a4'],
    })
    try {
      let last = { status: 0, text: '' }
      await eventually(
        async () => {
          const response = await fetch(new URL(`/api/material/${slug}/a4.pdf`, siteUrl))
          last = { status: response.status, text: await response.text() }
          return last.text.startsWith('Materialet är inte klart')
        },
        { timeoutMs: PUBLISH_DEADLINE_MS, describe: async () => `answered ${last.status}: ${last.text}` },
      )
      expect(last).toEqual({ status: 404, text: 'Materialet är inte klart: det saknar "Men …".' })

      // With its answer it is made, and with no short link its QR code leads to the site itself.
      await editor.patch(id).set({ answer: 'det är ett brott.' }).commit()
      let pdf = { status: 0, type: null as string | null, body: new Uint8Array() }
      await eventually(
        async () => {
          pdf = await download(`/api/material/${slug}/a4.pdf`)
          return pdf.status === 200
        },
        { timeoutMs: PUBLISH_DEADLINE_MS, describe: async () => `answered ${pdf.status}` },
      )
      expect(await decodeQrInPdf(pdf.body)).toBe(new URL('/', siteUrl).href)
    } finally {
      await editor.delete(id)
    }
  },
  3 * PUBLISH_DEADLINE_MS,
)
