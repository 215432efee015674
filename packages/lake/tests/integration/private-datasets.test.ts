/**
 * A dataset created with `aclMode: "private"` is read by signed-in users and tokens only: anonymous
 * queries, document reads, listeners and live events see no documents, and its export and assets
 * are refused. Its public neighbour is unaffected.
 */
import type { ListenEvent } from '@sanity/client'
import sharp from 'sharp'
import { filter, firstValueFrom, ReplaySubject } from 'rxjs'
import { startTestLake, type TestLake } from '../../src/testing/index.ts'

let lake: TestLake
let imageUrl: string
let fileUrl: string

beforeAll(async () => {
  lake = await startTestLake()
  const created = await fetch(`${lake.httpUrl}/v2021-06-07/projects/local/datasets/secret`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${lake.tokens.write}`, 'content-type': 'application/json' },
    body: JSON.stringify({ aclMode: 'private' }),
  })
  expect(await created.json()).toEqual({ datasetName: 'secret', aclMode: 'private' })
  const editor = lake.client({ dataset: 'secret' })
  await editor.create({ _id: 'plan', _type: 'note', title: 'Hemlig plan' })
  const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#336699' } })
    .png()
    .toBuffer()
  imageUrl = (await editor.assets.upload('image', png, { filename: 'hemlig.png' })).url
  fileUrl = (await editor.assets.upload('file', Buffer.from('hemligt'), { filename: 'hemlig.txt' })).url
  await lake.client().create({ _id: 'open', _type: 'note', title: 'Öppen' })
})

afterAll(async () => {
  await lake.stop()
})

const anonymous = () => lake.client({ dataset: 'secret', token: null })

/** An event stream's text as it arrives: wait for a piece of it, or for all of it once it ends. */
function read(response: Response) {
  let text = ''
  const waiting: Array<{ needle: string; resolve(): void }> = []
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader()
  const done = (async () => {
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      text += chunk.value
      for (const wait of waiting.filter(({ needle }) => text.includes(needle))) wait.resolve()
    }
    return text
  })()
  return {
    until: (needle: string) =>
      text.includes(needle) ? Promise.resolve() : new Promise<void>((resolve) => waiting.push({ needle, resolve })),
    done,
  }
}
/** An asset URL on the plain port, as a server-side client reaches it. */
const onPlainPort = (url: string) => `${lake.httpUrl}${new URL(url).pathname}`

describe('an anonymous caller', () => {
  it('finds no documents in a query, whatever the perspective', async () => {
    expect(await anonymous().fetch('*')).toEqual([])
    expect(await anonymous().fetch('*[_id == "plan"][0].title')).toBeNull()
    expect(await anonymous().fetch('count(*)', {}, { perspective: 'raw' })).toBe(0)
  })

  it('is told a document is not theirs to read', async () => {
    const response = await fetch(`${lake.httpUrl}/v2025-02-19/data/doc/secret/plan`)
    expect(await response.json()).toEqual({ documents: [], omitted: [{ id: 'plan', reason: 'permission' }] })
    // The dataset's ACL grants it nothing, where a public dataset grants reading published documents.
    const acl = (dataset: string) => fetch(`${lake.httpUrl}/v2021-06-07/projects/local/datasets/${dataset}/acl`)
    expect(await (await acl('secret')).json()).toEqual([])
    expect(await (await acl('production')).json()).toEqual([{ filter: '_id in path("*")', permissions: ['read'] }])
  })

  it('hears of no change through listen or live events', async () => {
    const listen = read(await fetch(`${lake.httpUrl}/v2025-02-19/data/listen/secret?query=*`))
    const live = read(await fetch(`${lake.httpUrl}/v2025-02-19/data/live/events/secret`))
    await Promise.all([listen.until('event: welcome'), live.until('event: welcome')])
    // A signed-in listener tells when the commit has been published to every stream.
    const signedIn = new ReplaySubject<ListenEvent<Record<string, unknown>>>()
    const control = lake
      .client({ dataset: 'secret' })
      .listen('*', {}, { events: ['welcome', 'mutation'] })
      .subscribe(signedIn)
    await firstValueFrom(signedIn.pipe(filter((event) => event.type === 'welcome')))
    await lake.client({ dataset: 'secret' }).patch('plan').set({ title: 'Ny plan' }).commit()
    await firstValueFrom(signedIn.pipe(filter((event) => event.type === 'mutation')))
    control.unsubscribe()
    // Stopping the lake ends every stream: what they carried is all they will ever carry.
    await lake.restart()
    expect(await listen.done).not.toContain('event: mutation')
    expect(await live.done).not.toContain('event: message')
  })

  it('may not export it', async () => {
    const response = await fetch(`${lake.httpUrl}/v2025-02-19/data/export/secret`)
    expect(response.status).toBe(401)
    expect((await response.json()).message).toMatch(/private/)
    expect(await (await fetch(`${lake.httpUrl}/v2025-02-19/data/export/production`)).text()).toContain('"open"')
  })

  it('may not load its images or files', async () => {
    for (const url of [imageUrl, `${imageUrl}?w=4`, fileUrl]) {
      const response = await fetch(onPlainPort(url))
      expect(response.status).toBe(401)
      expect((await response.json()).message).toMatch(/private/)
    }
  })
})

describe('a signed-in reader', () => {
  it('reads, exports and loads everything, as before', async () => {
    const viewer = lake.client({ dataset: 'secret', token: 'read' })
    expect(await viewer.fetch('*[_id == "plan"][0].title')).toBe('Ny plan')
    const bearer = { authorization: `Bearer ${lake.tokens.read}` }
    expect(await (await fetch(`${lake.httpUrl}/v2025-02-19/data/export/secret`, { headers: bearer })).text()).toContain(
      '"plan"',
    )
    expect((await fetch(onPlainPort(imageUrl), { headers: bearer })).status).toBe(200)
    expect((await fetch(onPlainPort(fileUrl), { headers: bearer })).status).toBe(200)
  })
})

describe('cached image variants', () => {
  it('are not served to an anonymous caller after a reader had them rendered', async () => {
    const variant = `${onPlainPort(imageUrl)}?w=6&fm=webp`
    const bearer = { authorization: `Bearer ${lake.tokens.read}` }
    expect((await fetch(variant, { headers: bearer })).status).toBe(200)
    expect((await fetch(variant, { headers: bearer })).headers.get('x-cache')).toBe('HIT')
    expect((await fetch(variant)).status).toBe(401)
  })
})
