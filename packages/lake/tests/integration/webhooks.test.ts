/**
 * GROQ-powered webhooks: a real lake delivers to a real HTTP receiver in this test, signed so that
 * @sanity/webhook accepts it, filtered and projected as defined, retried when the receiver fails,
 * and kept across a crash. Each webhook sends its due messages one at a time in commit order, so a
 * later "marker" message arriving proves that an earlier change produced none.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { isValidSignature } from '@sanity/webhook'
import {
  bodyOf as body,
  forDocument,
  startTestLake,
  WebhookReceiver as Receiver,
  type Answer,
  type Delivery,
  type TestLake,
} from '../../src/testing/index.ts'

const SECRET = 'webhook-test-secret'

// Retries wait a second and more, and some tests restart the lake.
jest.setTimeout(30_000)

/** The lake's log arrives through a pipe, a moment after what it describes. */
async function waitForOutput(lake: TestLake, pattern: RegExp): Promise<void> {
  const deadline = Date.now() + 10_000
  while (!pattern.test(lake.output())) {
    if (Date.now() > deadline) throw new Error(`The lake never logged ${pattern}; it logged:\n${lake.output()}`)
    await new Promise((wake) => setTimeout(wake, 50))
  }
}

describe('webhooks from a definitions file', () => {
  const receiver = new Receiver()
  let lake: TestLake
  let dir: string

  beforeAll(async () => {
    const receiverUrl = await receiver.start()
    dir = mkdtempSync(join(tmpdir(), 'lake-webhooks-'))
    const file = join(dir, 'webhooks.json')
    const projection =
      '{_id, _type, "operation": delta::operation(), "title": after().title, "slug": {"before": before().slug.current, "after": after().slug.current}}'
    writeFileSync(
      file,
      JSON.stringify([
        {
          name: 'pages',
          type: 'document',
          dataset: 'production',
          url: '${RECEIVER_URL}/pages',
          httpMethod: 'POST',
          headers: { 'x-receiver-key': 'nyckel' },
          secret: '${HOOK_SECRET}',
          rule: { on: ['create', 'update', 'delete'], filter: '_type == "page"', projection },
        },
        {
          name: 'drafts',
          dataset: 'production',
          url: '${RECEIVER_URL}/drafts',
          includeDrafts: true,
          rule: { on: ['create'], filter: '_id in path("drafts.**")' },
        },
        {
          name: 'deletions',
          dataset: 'production',
          url: '${RECEIVER_URL}/deletions',
          httpMethod: 'PUT',
          rule: { on: ['delete'], filter: '_type == "note"', projection: '{_id, "text": before().text}' },
        },
        {
          name: 'title-changes',
          dataset: 'production',
          url: '${RECEIVER_URL}/title-changes',
          rule: { on: ['update'], filter: '_type == "page" && delta::changedAny(title)', projection: '{_id}' },
        },
        {
          name: 'flaky',
          dataset: 'production',
          url: '${RECEIVER_URL}/flaky',
          secret: '${HOOK_SECRET}',
          rule: { on: ['create'], filter: '_type == "flaky"', projection: '{_id}' },
        },
        // Switched off, not an error: its URL names a variable that is not set.
        {
          name: 'unconfigured',
          dataset: 'production',
          url: '${WEBHOOK_TEST_UNSET_VARIABLE}/never',
          rule: { on: ['create'] },
        },
      ]),
    )
    lake = await startTestLake({
      env: { LAKE_WEBHOOKS_FILE: file, RECEIVER_URL: receiverUrl, HOOK_SECRET: SECRET },
    })
  })

  afterAll(async () => {
    await lake.stop()
    await receiver.stop()
    rmSync(dir, { recursive: true, force: true })
  })

  it('delivers a signed message that @sanity/webhook accepts, with Sanity headers and the projection', async () => {
    await lake
      .client()
      .transaction()
      .create({ _id: 'page-a', _type: 'page', title: 'Start', slug: { _type: 'slug', current: 'start' } })
      .commit({ transactionId: 'tx-webhook-1' })
    const delivery = await receiver.waitFor('for page-a', forDocument('/pages', 'page-a'))

    expect(delivery.method).toBe('POST')
    expect(body(delivery)).toEqual({
      _id: 'page-a',
      _type: 'page',
      operation: 'create',
      title: 'Start',
      slug: { before: null, after: 'start' },
    })
    expect(delivery.headers).toMatchObject({
      'content-type': 'application/json',
      'x-receiver-key': 'nyckel',
      'sanity-operation': 'create',
      'sanity-document-id': 'page-a',
      'sanity-dataset': 'production',
      'sanity-project-id': 'local',
      'sanity-transaction-id': 'tx-webhook-1',
      'sanity-webhook-id': 'pages',
      'idempotency-key': expect.stringMatching(/^msg-\w+$/),
    })
    expect(Date.parse(String(delivery.headers['sanity-transaction-time']))).not.toBeNaN()

    const signature = String(delivery.headers['sanity-webhook-signature'])
    expect(signature).toMatch(/^t=\d+,v1=[\w-]+$/)
    expect(await isValidSignature(delivery.body, signature, SECRET)).toBe(true)
    expect(await isValidSignature(delivery.body, signature, 'another-secret')).toBe(false)
    expect(await isValidSignature(delivery.body.replace('Start', 'Slut'), signature, SECRET)).toBe(false)
  })

  it('projects before() and after() for updates and deletes', async () => {
    await lake
      .client()
      .patch('page-a')
      .set({ slug: { _type: 'slug', current: 'hem' } })
      .commit()
    const update = await receiver.waitFor('for the update', forDocument('/pages', 'page-a'), 2)
    expect(body(update)).toMatchObject({ operation: 'update', slug: { before: 'start', after: 'hem' } })
    expect(update.headers['sanity-operation']).toBe('update')

    await lake.client().delete('page-a')
    const deletion = await receiver.waitFor('for the deletion', forDocument('/pages', 'page-a'), 3)
    expect(body(deletion)).toEqual({
      _id: 'page-a',
      _type: 'page',
      operation: 'delete',
      title: null,
      slug: { before: 'hem', after: null },
    })
    const keys = receiver
      .to('/pages')
      .filter(forDocument('/pages', 'page-a'))
      .map((d) => d.headers['idempotency-key'])
    expect(new Set(keys).size).toBe(3)
  })

  it('sends nothing for documents the filter leaves out, or for drafts unless asked to', async () => {
    await lake.client().create({ _id: 'note-1', _type: 'note', text: 'inte en sida' })
    await lake.client().create({ _id: 'drafts.page-b', _type: 'page', title: 'Utkast' })
    await lake.client().create({ _id: 'page-marker-1', _type: 'page', title: 'Markör' })
    await receiver.waitFor('for the marker', forDocument('/pages', 'page-marker-1'))
    expect(receiver.to('/pages').map((d) => d.headers['sanity-document-id'])).not.toContain('note-1')
    expect(receiver.to('/pages').map((d) => d.headers['sanity-document-id'])).not.toContain('drafts.page-b')

    // The drafts webhook has no projection and no secret: the whole draft, unsigned.
    const draft = await receiver.waitFor('for the draft', forDocument('/drafts', 'drafts.page-b'))
    expect(body(draft)).toMatchObject({
      _id: 'drafts.page-b',
      _type: 'page',
      title: 'Utkast',
      _rev: expect.any(String),
    })
    expect(draft.headers).not.toHaveProperty('sanity-webhook-signature')
  })

  it('sends only the operations a webhook is for, with its HTTP method', async () => {
    await lake.client().create({ _id: 'note-2', _type: 'note', text: 'först' })
    await lake.client().patch('note-2').set({ text: 'sedan' }).commit()
    await lake.client().delete('note-2')
    const deletion = await receiver.waitFor('for the deletion of note-2', forDocument('/deletions', 'note-2'))
    expect(deletion.method).toBe('PUT')
    expect(body(deletion)).toEqual({ _id: 'note-2', text: 'sedan' })
    expect(receiver.to('/deletions').filter((d) => d.headers['sanity-document-id'] === 'note-2')).toHaveLength(1)
  })

  it('evaluates delta::changedAny() against the document before and after', async () => {
    await lake.client().create({ _id: 'page-c', _type: 'page', title: 'Ett', intro: 'a' })
    await lake.client().patch('page-c').set({ intro: 'b' }).commit()
    await lake.client().patch('page-c').set({ title: 'Två' }).commit()
    await receiver.waitFor('for the title change', forDocument('/title-changes', 'page-c'))
    await receiver.waitFor('for the last page-c update', forDocument('/pages', 'page-c'), 3)
    expect(receiver.to('/title-changes').filter((d) => d.headers['sanity-document-id'] === 'page-c')).toHaveLength(1)
  })

  it('retries after a server error and a dropped connection, with the same idempotency key and a valid signature', async () => {
    const answers: Answer[] = [503, 'drop']
    receiver.answer = (delivery) => (delivery.path === '/flaky' ? (answers.shift() ?? 200) : 200)
    await lake.client().create({ _id: 'flaky-1', _type: 'flaky' })
    const third = await receiver.waitFor('for the third attempt', forDocument('/flaky', 'flaky-1'), 3)
    const attempts = receiver.to('/flaky')
    expect(new Set(attempts.map((d) => d.headers['idempotency-key'])).size).toBe(1)
    for (const attempt of attempts) {
      expect(await isValidSignature(attempt.body, String(attempt.headers['sanity-webhook-signature']), SECRET)).toBe(
        true,
      )
    }
    expect(body(third)).toEqual({ _id: 'flaky-1' })
    await waitForOutput(lake, /webhook flaky {2}create flaky-1 .* 503 .* attempt 1\/10, retrying in 1 s/)
    await waitForOutput(lake, /webhook flaky {2}create flaky-1 .* attempt 2\/10, retrying in 2 s/)
  })

  it('gives up at once on a client error such as 400', async () => {
    receiver.answer = (delivery) => (delivery.path === '/flaky' ? 400 : 200)
    await lake.client().create({ _id: 'flaky-refused', _type: 'flaky' })
    await receiver.waitFor('for the refused message', forDocument('/flaky', 'flaky-refused'))
    await lake.client().create({ _id: 'flaky-marker', _type: 'flaky' })
    await receiver.waitFor('for the marker', forDocument('/flaky', 'flaky-marker'))
    await waitForOutput(lake, /webhook flaky {2}create flaky-refused .* 400 .* attempt 1\/10, giving up/)
    expect(receiver.to('/flaky').filter((d) => d.headers['sanity-document-id'] === 'flaky-refused')).toHaveLength(1)
    receiver.answer = () => 200
  })

  it('keeps undelivered messages through a crash and delivers them after the restart', async () => {
    receiver.answer = (delivery) => (delivery.path === '/flaky' ? 503 : 200)
    await lake.client().create({ _id: 'flaky-crash', _type: 'flaky' })
    await receiver.waitFor('for the failed attempt', forDocument('/flaky', 'flaky-crash'))
    // Killed right after a commit too: its message may not have been recorded yet.
    await lake.client().create({ _id: 'flaky-unrecorded', _type: 'flaky' })
    await lake.kill('SIGKILL')

    receiver.answer = () => 200
    await lake.restart()
    const first = receiver.to('/flaky').find((d) => d.headers['sanity-document-id'] === 'flaky-crash') as Delivery
    const accepted = (id: string) => (d: Delivery) => forDocument('/flaky', id)(d) && d.answer === 200
    const retried = await receiver.waitFor('for the retry after the restart', accepted('flaky-crash'))
    expect(retried.headers['idempotency-key']).toBe(first.headers['idempotency-key'])
    await receiver.waitFor('for the message committed just before the crash', accepted('flaky-unrecorded'))
  })
})
