/**
 * Live content events as next-sanity's `<SanityLive>` consumes them: `client.live.events()` against
 * a real lake announces exactly the sync tags that query responses carried for what changed.
 */
import type { LiveEvent, LiveEventMessage, SanityClient, SyncTag } from '@sanity/client'
import { filter, firstValueFrom, ReplaySubject, type Observable, type Subscription } from 'rxjs'
import { startTestLake, type TestLake } from '../../src/testing/index.ts'

let lake: TestLake
let editor: SanityClient
let anonymous: SanityClient
const subscriptions: Subscription[] = []

beforeAll(async () => {
  lake = await startTestLake()
  editor = lake.client()
  anonymous = lake.client({ token: null })
})

afterEach(() => {
  subscriptions.splice(0).forEach((subscription) => subscription.unsubscribe())
})

afterAll(async () => {
  await lake.stop()
})

async function subscribe(events$: Observable<LiveEvent>) {
  const events = new ReplaySubject<LiveEvent>()
  subscriptions.push(events$.subscribe(events))
  await firstValueFrom(events.pipe(filter((event) => event.type === 'welcome')))
  const messages: LiveEventMessage[] = []
  subscriptions.push(events.subscribe((event) => event.type === 'message' && messages.push(event)))
  return {
    messages,
    /** The first message naming `tag`. */
    naming: (tag: SyncTag) =>
      firstValueFrom(
        events.pipe(filter((event): event is LiveEventMessage => event.type === 'message' && event.tags.includes(tag))),
      ),
  }
}

/** The sync tags a query response carries, as next-sanity caches them. */
async function syncTags(client: SanityClient, id: string, perspective: 'published' | 'drafts' = 'published') {
  const response = await client.fetch(`*[_id == $id][0]`, { id }, { filterResponse: false, perspective })
  return response.syncTags ?? []
}

/** The tag that names the document (not the dataset): the one two different documents do not share. */
async function documentTag(id: string, perspective: 'published' | 'drafts' = 'published') {
  const [tags, others] = await Promise.all([syncTags(editor, id, perspective), syncTags(editor, 'no-such-document')])
  const own = tags.filter((tag) => !others.includes(tag))
  expect(own).toHaveLength(1)
  return own[0] as SyncTag
}

describe('client.live.events()', () => {
  it('announces the tag of a changed document and not the tag of an unchanged one', async () => {
    await editor.create({ _id: 'live-a', _type: 'campaignPage', title: 'A' })
    await editor.create({ _id: 'live-b', _type: 'campaignPage', title: 'B' })
    const [tagA, tagB] = await Promise.all([documentTag('live-a'), documentTag('live-b')])

    const live = await subscribe(anonymous.live.events())
    await editor.patch('live-a').set({ title: 'A, ändrad' }).commit()
    const message = await live.naming(tagA)
    expect(message.tags).not.toContain(tagB)
    expect(message.id).toEqual(expect.any(String))
  })

  it('keeps draft changes from published-content streams and tells streams that include drafts', async () => {
    const published = await subscribe(anonymous.live.events())
    const withDrafts = await subscribe(editor.live.events({ includeDrafts: true }))

    await editor.create({ _id: 'drafts.live-c', _type: 'campaignPage', title: 'Utkast' })
    await editor.create({ _id: 'live-d', _type: 'campaignPage', title: 'Publicerad' })
    const [tagC, tagD] = await Promise.all([documentTag('live-c', 'drafts'), documentTag('live-d')])

    await withDrafts.naming(tagC)
    await published.naming(tagD)
    expect(published.messages.flatMap((message) => message.tags)).not.toContain(tagC)
  })
})

describe('the live events endpoint', () => {
  const url = (query = '') => `${lake.httpUrl}/v2025-02-19/data/live/events/production${query}`

  async function firstEvents(response: Response, count: number) {
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader()
    let text = ''
    while (text.split('\n\n').filter((block) => block.includes('event: ')).length < count) {
      const { value, done } = await reader.read()
      if (done) break
      text += value
    }
    await reader.cancel()
    return text
      .split('\n\n')
      .filter((block) => block.includes('event: '))
      .map((block) =>
        Object.fromEntries(
          block.split('\n').map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 2)]),
        ),
      )
  }

  it('refuses drafts to a request without a token', async () => {
    const response = await fetch(url('?includeDrafts=true'))
    expect(response.status).toBe(401)
  })

  it('sends a reconnecting client the messages it missed, or restart when it cannot', async () => {
    const first = await fetch(url())
    const pending = firstEvents(first, 2)
    await editor.create({ _id: 'live-e', _type: 'note' })
    const [, seen] = await pending

    await editor.create({ _id: 'live-f', _type: 'note' })
    const tagF = await documentTag('live-f')
    const resumed = await firstEvents(await fetch(url(), { headers: { 'last-event-id': seen.id } }), 2)
    expect(resumed.map((event) => event.event)).toEqual(['welcome', 'message'])
    expect(JSON.parse(resumed[1].data).tags).toContain(tagF)

    const unknown = await firstEvents(await fetch(url(), { headers: { 'last-event-id': 'elsewhere' } }), 2)
    expect(unknown.map((event) => event.event)).toEqual(['welcome', 'restart'])
  })

  it('answers the CORS probe the client makes when a stream fails', async () => {
    const response = await fetch(`${lake.httpUrl}/v2025-02-19/check/cors`, {
      headers: { origin: 'http://localhost:3000' },
    })
    expect(await response.json()).toEqual({ result: { allowed: true, withCredentials: true } })
  })
})
