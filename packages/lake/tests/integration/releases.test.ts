/**
 * Content releases as @sanity/client 8 and the Studio use them: release documents and their
 * actions, version documents, the release perspective in queries, and listen events for versions.
 * The client talks to the lake through a recording proxy, so each test also checks what the client
 * sent (the action types, the perspective parameter), not only what the lake answered.
 */
import { createServer, request as httpRequest, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { firstValueFrom, filter, take, timeout } from 'rxjs'
import type { SanityClient } from '@sanity/client'
import { refusal, startTestLake, type TestLake } from '../../src/testing/index.ts'

interface Sent {
  method: string
  url: URL
  body: string
}

/** Forwards every request to the lake and remembers it. */
async function recordingProxy(target: string): Promise<{ url: string; sent: Sent[]; server: Server }> {
  const sent: Sent[] = []
  const server = createServer((incoming, outgoing) => {
    const chunks: Buffer[] = []
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk))
    incoming.on('end', () => {
      const body = Buffer.concat(chunks)
      sent.push({ method: incoming.method ?? '', url: new URL(incoming.url ?? '/', target), body: body.toString() })
      const forwarded = httpRequest(
        new URL(incoming.url ?? '/', target),
        { method: incoming.method, headers: incoming.headers },
        (answer) => {
          outgoing.writeHead(answer.statusCode ?? 502, answer.headers)
          answer.pipe(outgoing)
        },
      )
      forwarded.on('error', () => outgoing.destroy())
      forwarded.end(body)
    })
  })
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, sent, server }
}

let lake: TestLake
let proxy: Awaited<ReturnType<typeof recordingProxy>>
let client: SanityClient
let anonymous: SanityClient

/** The last request the client sent to a path containing `part`. */
const lastSent = (part: string): Sent => {
  const found = proxy.sent.filter((entry) => entry.url.pathname.includes(part)).at(-1)
  if (!found) throw new Error(`The client sent nothing to ${part}`)
  return found
}
const sentActions = () => (JSON.parse(lastSent('/data/actions/').body) as { actions: unknown[] }).actions

beforeAll(async () => {
  lake = await startTestLake()
  proxy = await recordingProxy(lake.httpUrl)
  client = lake.client({ apiHost: proxy.url })
  anonymous = lake.client({ apiHost: proxy.url, token: null })
  await client
    .transaction()
    .create({ _id: 'home', _type: 'page', title: 'Startsidan' })
    .create({ _id: 'old-news', _type: 'page', title: 'Gammal nyhet' })
    .create({ _id: 'other', _type: 'page', title: 'Orörd' })
    .commit()
})

afterAll(async () => {
  proxy.server.close()
  await lake.stop()
})

describe('a release and its versions', () => {
  it('creates a release document from the client’s create action', async () => {
    const result = await client.releases.create({
      releaseId: 'rLaunch',
      metadata: { title: 'Vårkampanjen', releaseType: 'scheduled', intendedPublishAt: '2030-03-01T07:00:00.000Z' },
    })
    expect(result.releaseId).toBe('rLaunch')
    expect(sentActions()).toEqual([
      {
        actionType: 'sanity.action.release.create',
        releaseId: 'rLaunch',
        metadata: { title: 'Vårkampanjen', releaseType: 'scheduled', intendedPublishAt: '2030-03-01T07:00:00.000Z' },
      },
    ])
    const release = await client.releases.get({ releaseId: 'rLaunch' })
    expect(release).toMatchObject({
      _id: '_.releases.rLaunch',
      _type: 'system.release',
      name: 'rLaunch',
      state: 'active',
      metadata: { title: 'Vårkampanjen', releaseType: 'scheduled' },
    })
    // The Studio lists releases with this query, under the published perspective of its API version.
    const listed = await client
      .withConfig({ apiVersion: '2025-02-19' })
      .fetch<string[]>('*[_type == "system.release" && _id in path("_.releases.*")]._id')
    expect(listed).toEqual(['_.releases.rLaunch'])
    const again = await refusal(client.releases.create({ releaseId: 'rLaunch', metadata: { releaseType: 'asap' } }))
    expect(again.statusCode).toBe(409)
  })

  it('edits the metadata, and nothing else', async () => {
    await client.releases.edit({ releaseId: 'rLaunch', patch: { set: { 'metadata.title': 'Vårkampanjen 2030' } } })
    expect((await client.releases.get({ releaseId: 'rLaunch' }))?.metadata.title).toBe('Vårkampanjen 2030')
    const refused = await refusal(
      client.releases.edit({ releaseId: 'rLaunch', patch: { set: { state: 'published' } } }),
    )
    expect(refused.statusCode).toBe(400)
    expect((await client.releases.get({ releaseId: 'rLaunch' }))?.state).toBe('active')
  })

  it('creates versions from a published document and from a new one', async () => {
    const base = await client.getDocument('home')
    await client.createVersion({
      baseId: 'home',
      publishedId: 'home',
      releaseId: 'rLaunch',
      ifBaseRevisionId: base!._rev,
    })
    expect(sentActions()).toEqual([
      {
        actionType: 'sanity.action.document.version.create',
        publishedId: 'home',
        baseId: 'home',
        versionId: 'versions.rLaunch.home',
        ifBaseRevisionId: base!._rev,
      },
    ])
    // The Studio edits a version with the edit action, naming the version as the draft.
    await client.action({
      actionType: 'sanity.action.document.edit',
      draftId: 'versions.rLaunch.home',
      publishedId: 'home',
      patch: { set: { title: 'Startsidan i vår' } },
    })
    await client.createVersion({
      document: { _id: 'versions.rLaunch.campaign', _type: 'page', title: 'Kampanjsidan' },
      publishedId: 'campaign',
      releaseId: 'rLaunch',
    })
    await client.unpublishVersion({ releaseId: 'rLaunch', publishedId: 'old-news' })
    expect(sentActions()).toEqual([
      {
        actionType: 'sanity.action.document.version.unpublish',
        versionId: 'versions.rLaunch.old-news',
        publishedId: 'old-news',
      },
    ])
    expect(await client.getDocument('versions.rLaunch.old-news')).toMatchObject({
      title: 'Gammal nyhet',
      _system: { delete: true },
    })
    // What the Studio asks to count a release's documents.
    const members = await client.fetch<string[]>(
      '*[sanity::partOfRelease("rLaunch")] | order(_id)._id',
      {},
      {
        perspective: 'raw',
      },
    )
    expect(members).toEqual(['versions.rLaunch.campaign', 'versions.rLaunch.home', 'versions.rLaunch.old-news'])
  })

  it('reads the release perspective: the dataset as if the release were published, with the published ids', async () => {
    const pages = await client.fetch<Array<{ _id: string; _originalId?: string; title: string }>>(
      '*[_type == "page"] | order(_id){_id, _originalId, title}',
      {},
      { perspective: ['rLaunch'] },
    )
    expect(lastSent('/data/query/').url.searchParams.get('perspective')).toBe('rLaunch')
    expect(pages).toEqual([
      { _id: 'campaign', _originalId: 'versions.rLaunch.campaign', title: 'Kampanjsidan' },
      { _id: 'home', _originalId: 'versions.rLaunch.home', title: 'Startsidan i vår' },
      { _id: 'other', _originalId: null, title: 'Orörd' },
    ])
  })

  it('layers a list: earlier names over later ones, drafts as a layer, published beneath', async () => {
    await client.create({ _id: 'drafts.home', _type: 'page', title: 'Utkast' })
    await client.create({ _id: 'drafts.other', _type: 'page', title: 'Orörd, utkast' })
    const titles = async (perspective: string[] | 'drafts') =>
      Object.fromEntries(
        (
          await client.fetch<Array<{ _id: string; title: string }>>(
            '*[_id in ["home", "other"]]{_id, title}',
            {},
            { perspective },
          )
        ).map(({ _id, title }) => [_id, title]),
      )
    expect(await titles(['rLaunch', 'drafts'])).toEqual({ home: 'Startsidan i vår', other: 'Orörd, utkast' })
    expect(lastSent('/data/query/').url.searchParams.get('perspective')).toBe('rLaunch,drafts')
    expect(await titles(['drafts', 'rLaunch'])).toEqual({ home: 'Utkast', other: 'Orörd, utkast' })
    expect(await titles('drafts')).toEqual({ home: 'Utkast', other: 'Orörd, utkast' })
    await client.delete('drafts.home')
    await client.delete('drafts.other')
  })

  it('keeps a release invisible to the published perspective and to anonymous readers', async () => {
    const query = '*[_type == "page"] | order(_id){_id, title}'
    const published = [
      { _id: 'home', title: 'Startsidan' },
      { _id: 'old-news', title: 'Gammal nyhet' },
      { _id: 'other', title: 'Orörd' },
    ]
    expect(await client.fetch(query, {}, { perspective: 'published' })).toEqual(published)
    expect(await anonymous.fetch(query, {}, { perspective: ['rLaunch'] })).toEqual(published)
    expect(await anonymous.fetch('*[_id in path("_.**")]._id', {}, { perspective: 'raw' })).toEqual([])
  })

  it('sends listen events for versions to a listener that asks for all versions', async () => {
    const events = client.listen(
      '*[sanity::partOfRelease("rLaunch")]',
      {},
      {
        includeResult: true,
        includeAllVersions: true,
        events: ['mutation'],
      },
    )
    const next = firstValueFrom(
      events.pipe(
        filter((event) => event.type === 'mutation'),
        take(1),
        timeout(10_000),
      ),
    )
    // The listener is open once the lake has answered its request; then edit the version.
    await new Promise((wait) => setTimeout(wait, 300))
    await client.action({
      actionType: 'sanity.action.document.edit',
      draftId: 'versions.rLaunch.campaign',
      publishedId: 'campaign',
      patch: { set: { title: 'Kampanjsidan!' } },
    })
    expect(await next).toMatchObject({ documentId: 'versions.rLaunch.campaign', transition: 'update' })
    expect(lastSent('/data/listen/').url.searchParams.get('includeAllVersions')).toBe('true')
  })

  it('schedules, with a dry run as the Studio checks its permission, and unschedules', async () => {
    const invalidTime = await refusal(client.releases.schedule({ releaseId: 'rLaunch', publishAt: 'i morgon' }))
    expect(invalidTime.statusCode).toBe(400)
    await client.releases.schedule({ releaseId: 'rLaunch', publishAt: new Date().toISOString() }, { dryRun: true })
    expect((await client.releases.get({ releaseId: 'rLaunch' }))?.state).toBe('active')
    await client.releases.schedule({ releaseId: 'rLaunch', publishAt: '2099-01-01T08:00:00.000Z' })
    expect(sentActions()).toEqual([
      { actionType: 'sanity.action.release.schedule', releaseId: 'rLaunch', publishAt: '2099-01-01T08:00:00.000Z' },
    ])
    expect(await client.releases.get({ releaseId: 'rLaunch' })).toMatchObject({
      state: 'scheduled',
      publishAt: '2099-01-01T08:00:00.000Z',
    })
    // Its versions are closed until it is unscheduled.
    const locked = await refusal(
      client.action({
        actionType: 'sanity.action.document.edit',
        draftId: 'versions.rLaunch.campaign',
        publishedId: 'campaign',
        patch: { set: { title: 'För sent' } },
      }),
    )
    expect(locked.statusCode).toBe(409)
    await client.releases.unschedule({ releaseId: 'rLaunch' })
    const release = await client.releases.get({ releaseId: 'rLaunch' })
    expect(release?.state).toBe('active')
    expect(release?.publishAt).toBeUndefined()
  })

  it('publishes every version in one transaction and marks the release published', async () => {
    const { transactionId } = await client.releases.publish({ releaseId: 'rLaunch' })
    expect(sentActions()).toEqual([{ actionType: 'sanity.action.release.publish', releaseId: 'rLaunch' }])
    const pages = await client.fetch<Array<{ _id: string; _rev: string; title: string }>>(
      '*[_type == "page"] | order(_id){_id, _rev, title}',
      {},
      { perspective: 'published' },
    )
    expect(pages.map(({ _id, title }) => ({ _id, title }))).toEqual([
      { _id: 'campaign', title: 'Kampanjsidan!' },
      { _id: 'home', title: 'Startsidan i vår' },
      { _id: 'other', title: 'Orörd' },
    ])
    expect(pages.filter((page) => page._id !== 'other').map((page) => page._rev)).toEqual([
      transactionId,
      transactionId,
    ])
    expect(await client.fetch('*[sanity::partOfRelease("rLaunch")]', {}, { perspective: 'raw' })).toEqual([])
    expect(await client.releases.get({ releaseId: 'rLaunch' })).toMatchObject({
      state: 'published',
      _rev: transactionId,
      finalDocumentStates: expect.arrayContaining([{ id: 'versions.rLaunch.home' }]),
    })
    const twice = await refusal(client.releases.publish({ releaseId: 'rLaunch' }))
    expect(twice.statusCode).toBe(409)
  })
})

describe('archiving', () => {
  it('sets the versions aside, brings them back, and deletes only an archived release', async () => {
    await client.releases.create({ releaseId: 'rMaybe', metadata: { title: 'Kanske', releaseType: 'undecided' } })
    await client.createVersion({
      document: { _id: 'versions.rMaybe.other', _type: 'page', title: 'Kanske ändrad' },
      publishedId: 'other',
      releaseId: 'rMaybe',
    })
    const active = await refusal(client.releases.delete({ releaseId: 'rMaybe' }))
    expect(active.statusCode).toBe(409)

    await client.releases.archive({ releaseId: 'rMaybe' })
    expect((await client.releases.get({ releaseId: 'rMaybe' }))?.state).toBe('archived')
    expect(await client.getDocument('versions.rMaybe.other')).toBeUndefined()

    await client.releases.unarchive({ releaseId: 'rMaybe' })
    expect((await client.releases.get({ releaseId: 'rMaybe' }))?.state).toBe('active')
    expect(await client.getDocument('versions.rMaybe.other')).toMatchObject({ title: 'Kanske ändrad' })

    await client.releases.archive({ releaseId: 'rMaybe' })
    await client.releases.delete({ releaseId: 'rMaybe' })
    expect(sentActions()).toEqual([{ actionType: 'sanity.action.release.delete', releaseId: 'rMaybe' }])
    expect(await client.releases.get({ releaseId: 'rMaybe' })).toBeUndefined()
    expect(await client.getDocument('other')).toMatchObject({ title: 'Orörd' })
  })
})
