/**
 * The listen API through the real @sanity/client: `client.listen()` against a real lake, with the
 * event fields the Studio relies on, transitions, options, visibility rules and errors; resuming
 * with Last-Event-ID and HTTP/2 streams at the HTTP level.
 */
import { connect } from 'node:http2'
import type { ListenEvent, MutationEvent, SanityClient, SanityDocument } from '@sanity/client'
import { applyPatch } from 'mendoza'
import { filter, firstValueFrom, ReplaySubject, type Observable, type Subscription } from 'rxjs'
import { startTestLake, type TestLake } from '../../src/testing/index.ts'

let lake: TestLake
let editor: SanityClient
const subscriptions: Subscription[] = []

beforeAll(async () => {
  lake = await startTestLake()
  editor = lake.client()
})

afterEach(() => {
  subscriptions.splice(0).forEach((subscription) => subscription.unsubscribe())
})

afterAll(async () => {
  await lake.stop()
})

/** Subscribes now and keeps every event, so that tests can wait for the ones they expect. */
async function listen(events$: Observable<ListenEvent<Record<string, unknown>>>) {
  const events = new ReplaySubject<ListenEvent<Record<string, unknown>>>()
  subscriptions.push(events$.subscribe(events))
  await firstValueFrom(events.pipe(filter((event) => event.type === 'welcome')))
  return {
    mutation: (documentId: string, transactionId?: string) =>
      firstValueFrom(
        events.pipe(
          filter((event): event is MutationEvent => event.type === 'mutation'),
          filter((event) => event.documentId === documentId),
          filter((event) => transactionId === undefined || event.transactionId === transactionId),
        ),
      ),
    mutations: () => {
      const seen: MutationEvent[] = []
      subscriptions.push(events.subscribe((event) => event.type === 'mutation' && seen.push(event)))
      return seen
    },
  }
}

function withoutRev(document: SanityDocument | Record<string, unknown>) {
  const { _rev: _ignored, ...rest } = document
  return rest
}

describe('client.listen()', () => {
  it('sees a mutation with the transaction id the client chose, and the fields the Studio reads', async () => {
    const events = await listen(
      editor.listen('*[_type == "campaignPage"]', {}, { includeResult: true, events: ['welcome', 'mutation'] }),
    )
    await editor.mutate([{ create: { _id: 'listen-1', _type: 'campaignPage', title: 'Hej' } }], {
      transactionId: 'tx-listen-1',
    })
    const event = await events.mutation('listen-1')
    expect(event).toMatchObject({
      type: 'mutation',
      eventId: 'tx-listen-1#listen-1',
      documentId: 'listen-1',
      transactionId: 'tx-listen-1',
      resultRev: 'tx-listen-1',
      transition: 'appear',
      identity: 'robot-write',
      visibility: 'query',
      transactionTotalEvents: 1,
      transactionCurrentEvent: 0,
      mutations: [{ create: { _id: 'listen-1', _type: 'campaignPage', title: 'Hej' } }],
      result: { _id: 'listen-1', _type: 'campaignPage', title: 'Hej', _rev: 'tx-listen-1' },
    })
    expect(event.previousRev).toBeUndefined()
    expect(Date.parse(event.timestamp)).not.toBeNaN()
  })

  it('includes the previous revision when asked, and no result when not', async () => {
    await editor.mutate([{ create: { _id: 'listen-2', _type: 'campaignPage', title: 'Före' } }], {
      transactionId: 'tx-before',
    })
    const events = await listen(
      editor.listen(
        '*[_id == $id]',
        { id: 'listen-2' },
        {
          includeResult: false,
          includePreviousRevision: true,
          events: ['welcome', 'mutation'],
        },
      ),
    )
    await editor.mutate(editor.patch('listen-2').set({ title: 'Efter' }), { transactionId: 'tx-after' })
    const event = await events.mutation('listen-2')
    expect(event.transition).toBe('update')
    expect(event.previousRev).toBe('tx-before')
    expect(event.previous).toMatchObject({ _id: 'listen-2', title: 'Före', _rev: 'tx-before' })
    expect(event.result).toBeUndefined()
    expect(event.mutations).toEqual([{ patch: { id: 'listen-2', set: { title: 'Efter' } } }])
  })

  it('says disappear when a document stops matching the filter, and when it is deleted', async () => {
    await editor.create({ _id: 'listen-3', _type: 'campaignPage', section: 'a' })
    const events = await listen(editor.listen('*[section == "a"]', {}, { events: ['welcome', 'mutation'] }))
    await editor.mutate(editor.patch('listen-3').set({ section: 'b' }), { transactionId: 'tx-moved' })
    expect((await events.mutation('listen-3', 'tx-moved')).transition).toBe('disappear')

    await editor.mutate(editor.patch('listen-3').set({ section: 'a' }), { transactionId: 'tx-back' })
    expect((await events.mutation('listen-3', 'tx-back')).transition).toBe('appear')

    await editor.mutate([{ delete: { id: 'listen-3' } }], { transactionId: 'tx-gone' })
    const deleted = await events.mutation('listen-3', 'tx-gone')
    expect(deleted).toMatchObject({ transition: 'disappear', previousRev: 'tx-back', resultRev: 'tx-gone' })
    expect(deleted.mutations).toEqual([{ delete: { id: 'listen-3' } }])
  })

  it('gives mendoza effects that turn the previous revision into the result and back', async () => {
    const before = await editor.create({
      _id: 'listen-4',
      _type: 'campaignPage',
      title: 'Titel',
      seo: { title: 'Gammal', description: 'Kvar' },
      tags: ['a'],
      obsolete: true,
    })
    const events = await listen(
      editor.listen(
        '*[_id == "listen-4"]',
        {},
        {
          includeResult: true,
          effectFormat: 'mendoza',
          events: ['welcome', 'mutation'],
        },
      ),
    )
    await editor
      .patch('listen-4')
      .set({ 'seo.title': 'Ny', tags: ['a', 'b'] })
      .unset(['obsolete'])
      .commit()
    const event = await events.mutation('listen-4')
    const { apply, revert } = event.effects!
    expect(applyPatch(withoutRev(before), apply as never)).toEqual(withoutRev(event.result!))
    expect(applyPatch(withoutRev(event.result!), revert as never)).toEqual(withoutRev(before))
  })

  it('numbers the events of a transaction that touches several matching documents', async () => {
    await editor.create({ _id: 'drafts.listen-5', _type: 'campaignPage', title: 'Utkast' })
    const events = await listen(
      editor.listen(
        '*[_id in $ids]',
        { ids: ['listen-5', 'drafts.listen-5'] },
        {
          includeAllVersions: true,
          events: ['welcome', 'mutation'],
        },
      ),
    )
    const { transactionId } = await editor.action({
      actionType: 'sanity.action.document.publish',
      draftId: 'drafts.listen-5',
      publishedId: 'listen-5',
    })
    const [published, draft] = await Promise.all([
      events.mutation('listen-5', transactionId),
      events.mutation('drafts.listen-5', transactionId),
    ])
    expect([published.transition, draft.transition]).toEqual(['appear', 'disappear'])
    expect([published.transactionTotalEvents, draft.transactionTotalEvents]).toEqual([2, 2])
    expect([published.transactionCurrentEvent, draft.transactionCurrentEvent].sort()).toEqual([0, 1])
    // Each event carries only its own document's mutations, so a client can apply them.
    expect(draft.mutations).toEqual([{ delete: { id: 'drafts.listen-5' } }])
  })

  it('leaves drafts out unless the listener asks for all versions', async () => {
    const events = await listen(editor.listen('*[_type == "note"]', {}, { events: ['welcome', 'mutation'] }))
    const seen = events.mutations()
    await editor.create({ _id: 'drafts.listen-6', _type: 'note' })
    await editor.create({ _id: 'listen-6', _type: 'note' })
    await events.mutation('listen-6')
    expect(seen.map((event) => event.documentId)).toEqual(['listen-6'])
  })

  it('shows anonymous listeners published documents only, even when they ask for all versions', async () => {
    const anonymous = lake.client({ token: null })
    const events = await listen(
      anonymous.listen(
        '*[_type == "secret"]',
        {},
        { includeAllVersions: true, includeResult: true, events: ['welcome', 'mutation'] },
      ),
    )
    const seen = events.mutations()
    await editor.create({ _id: 'drafts.listen-7', _type: 'secret', title: 'Utkast' })
    await editor.create({ _id: 'listen-7', _type: 'secret', title: 'Publicerad' })
    await events.mutation('listen-7')
    expect(seen.map((event) => event.documentId)).toEqual(['listen-7'])
  })

  it('ends the stream with a channel error for a filter that does not parse', async () => {
    await expect(firstValueFrom(editor.listen('*[_type == '))).rejects.toMatchObject({ name: 'ChannelError' })
  })

  it('refuses a token it does not know', async () => {
    const stranger = lake.client({ token: 'not-a-token' })
    await expect(firstValueFrom(stranger.listen('*'))).rejects.toMatchObject({ status: 401 })
  })
})

/** Reads server-sent events from a fetch response until `until` says stop. */
async function readEvents(response: Response, until: (events: Array<Record<string, string>>) => boolean) {
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader()
  const events: Array<Record<string, string>> = []
  let buffer = ''
  while (!until(events)) {
    const { value, done } = await reader.read()
    if (done) break
    buffer += value
    const blocks = buffer.split('\n\n')
    buffer = blocks.pop()!
    for (const block of blocks) {
      const fields = Object.fromEntries(
        block
          .split('\n')
          .filter((line) => line && !line.startsWith(':'))
          .map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 2)]),
      )
      if (fields.event) events.push(fields)
    }
  }
  await reader.cancel()
  return events
}

describe('resuming a listener', () => {
  const url = () =>
    `${lake.httpUrl}/v2025-02-19/data/listen/production?query=*%5B_type%3D%3D%22resumable%22%5D&enableResume=true`
  const headers = (lastEventId?: string): Record<string, string> => ({
    authorization: `Bearer ${lake.tokens.write}`,
    ...(lastEventId ? { 'last-event-id': lastEventId } : {}),
  })

  it('sends what a client missed while away, even across a lake restart', async () => {
    const first = await fetch(url(), { headers: headers() })
    const opened = readEvents(first, (events) => events.some((event) => event.event === 'mutation'))
    await editor.create({ _id: 'resume-1', _type: 'resumable' })
    const seen = await opened
    expect(seen.map((event) => event.event)).toEqual(['welcome', 'mutation'])
    const lastEventId = seen[1].id

    await editor.mutate([{ create: { _id: 'resume-2', _type: 'resumable' } }], { transactionId: 'tx-missed-1' })
    await lake.restart()
    await editor.mutate([{ create: { _id: 'resume-3', _type: 'resumable' } }], { transactionId: 'tx-missed-2' })

    const again = await fetch(url(), { headers: headers(lastEventId) })
    const resumed = await readEvents(again, (events) => events.length === 3)
    expect(resumed.map((event) => event.event)).toEqual(['welcomeback', 'mutation', 'mutation'])
    expect(resumed.slice(1).map((event) => JSON.parse(event.data).transactionId)).toEqual([
      'tx-missed-1',
      'tx-missed-2',
    ])
  })

  it('welcomes a client whose position is not from this dataset, so that it refetches', async () => {
    const response = await fetch(url(), { headers: headers('7-notthisone') })
    const events = await readEvents(response, (received) => received.length === 1)
    expect(events[0].event).toBe('welcome')
  })
})

describe('listening over HTTP/2', () => {
  it('streams events to an HTTP/2 client, as browsers use it', async () => {
    const session = connect(lake.httpsUrl, { rejectUnauthorized: false })
    try {
      const stream = session.request({
        ':path': '/v2025-02-19/data/listen/production?query=*%5B_id%3D%3D%22h2-1%22%5D',
        authorization: `Bearer ${lake.tokens.write}`,
      })
      stream.setEncoding('utf8')
      let received = ''
      let mutated = false
      const sawMutation = new Promise<void>((resolve) =>
        stream.on('data', (chunk: string) => {
          received += chunk
          if (!mutated && received.includes('event: welcome')) {
            mutated = true
            void editor.createOrReplace({ _id: 'h2-1', _type: 'note' })
          }
          if (received.includes('event: mutation')) resolve()
        }),
      )
      await sawMutation
      expect(received).toContain('"documentId":"h2-1"')
      stream.close()
    } finally {
      session.close()
    }
  })
})
