/**
 * The release scheduler on the real clock: a scheduled release stays invisible until its time,
 * then all of it is published in one transaction, which fires the webhooks a publish fires; and a
 * lake that was down at that time publishes it when it starts again.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { bodyOf, forDocument, startTestLake, WebhookReceiver, type TestLake } from '../../src/testing/index.ts'

// Each test waits for a release's time to come, a few seconds ahead, and one restarts the lake.
jest.setTimeout(60_000)

const receiver = new WebhookReceiver()
let lake: TestLake
let dir: string

beforeAll(async () => {
  const receiverUrl = await receiver.start()
  dir = mkdtempSync(join(tmpdir(), 'lake-scheduler-'))
  const file = join(dir, 'webhooks.json')
  writeFileSync(
    file,
    JSON.stringify([
      {
        name: 'site',
        dataset: 'production',
        url: '${RECEIVER_URL}/revalidate',
        rule: {
          on: ['create', 'update', 'delete'],
          filter: '!string::startsWith(_type, "system.")',
          projection: '{_id, "operation": delta::operation()}',
        },
      },
    ]),
  )
  lake = await startTestLake({ env: { LAKE_WEBHOOKS_FILE: file, RECEIVER_URL: receiverUrl } })
  await lake.client().createOrReplace({ _id: 'start', _type: 'page', title: 'Före lanseringen' })
})

afterAll(async () => {
  await lake.stop()
  await receiver.stop()
  rmSync(dir, { recursive: true, force: true })
})

/** A release with a changed start page and a new page, scheduled `seconds` from now. */
async function scheduleLaunch(name: string, seconds: number): Promise<string> {
  const client = lake.client()
  await client.releases.create({ releaseId: name, metadata: { title: name, releaseType: 'scheduled' } })
  await client.createVersion({ baseId: 'start', publishedId: 'start', releaseId: name })
  await client.action({
    actionType: 'sanity.action.document.edit',
    draftId: `versions.${name}.start`,
    publishedId: 'start',
    patch: { set: { title: `Lanserad: ${name}` } },
  })
  await client.action({
    actionType: 'sanity.action.document.version.create',
    publishedId: `news-${name}`,
    document: { _id: `versions.${name}.news-${name}`, _type: 'page', title: `Nyhet ${name}` },
  })
  const publishAt = new Date(Date.now() + seconds * 1000).toISOString()
  await client.releases.schedule({ releaseId: name, publishAt })
  return publishAt
}

const publishedPages = () =>
  lake
    .client({ token: null })
    .fetch<Array<{ _id: string; _rev: string; title: string }>>('*[_type == "page"] | order(_id){_id, _rev, title}')

describe('the scheduler', () => {
  it('publishes a scheduled release at its time, all at once, and fires the webhooks', async () => {
    const publishAt = await scheduleLaunch('rSpring', 4)

    // Before its time, no visitor sees any of it.
    expect(await publishedPages()).toEqual([expect.objectContaining({ _id: 'start', title: 'Före lanseringen' })])
    expect(receiver.deliveries.filter(forDocument('/revalidate', 'news-rSpring'))).toEqual([])

    const delivery = await receiver.waitFor('the new page', forDocument('/revalidate', 'news-rSpring'))
    expect(bodyOf(delivery)).toEqual({ _id: 'news-rSpring', operation: 'create' })
    const start = await receiver.waitFor(
      'the start page',
      (entry) => forDocument('/revalidate', 'start')(entry) && bodyOf(entry).operation === 'update',
    )
    expect(bodyOf(start)).toEqual({ _id: 'start', operation: 'update' })
    // One transaction: both webhooks carry it, and it is the revision of both pages.
    const transactionId = delivery.headers['sanity-transaction-id']
    expect(start.headers['sanity-transaction-id']).toBe(transactionId)
    expect(await publishedPages()).toEqual([
      { _id: 'news-rSpring', _rev: transactionId, title: 'Nyhet rSpring' },
      { _id: 'start', _rev: transactionId, title: 'Lanserad: rSpring' },
    ])

    const release = await lake.client().releases.get({ releaseId: 'rSpring' })
    expect(release).toMatchObject({ state: 'published', publishAt, _rev: transactionId })
    expect(Date.parse(release!.publishedAt!)).toBeGreaterThanOrEqual(Date.parse(publishAt))
  })

  it('publishes a release that came due while the lake was down when it starts again', async () => {
    const publishAt = await scheduleLaunch('rSummer', 3)
    await lake.kill('SIGKILL')
    await new Promise((wait) => setTimeout(wait, Date.parse(publishAt) - Date.now() + 500))
    await lake.restart()

    await receiver.waitFor('the new page after the restart', forDocument('/revalidate', 'news-rSummer'))
    expect((await lake.client().releases.get({ releaseId: 'rSummer' }))?.state).toBe('published')
    expect((await publishedPages()).map((page) => page.title)).toEqual([
      'Nyhet rSpring',
      'Nyhet rSummer',
      'Lanserad: rSummer',
    ])
  })

  it('leaves an unscheduled release alone', async () => {
    await scheduleLaunch('rAutumn', 2)
    await lake.client().releases.unschedule({ releaseId: 'rAutumn' })
    // A later release proves that the scheduler ran past the time the first one had.
    await scheduleLaunch('rMarker', 3)
    await receiver.waitFor('the marker release', forDocument('/revalidate', 'news-rMarker'))
    expect((await lake.client().releases.get({ releaseId: 'rAutumn' }))?.state).toBe('active')
    expect(receiver.deliveries.filter(forDocument('/revalidate', 'news-rAutumn'))).toEqual([])
  })
})
