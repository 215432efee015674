/**
 * Document actions as the Studio sends them: create a draft, edit, publish (with the published
 * revision as precondition), unpublish, discard, delete, and release versions.
 */
import type { SanityClient } from '@sanity/client'
import { startTestLake, type TestLake, refusal } from '../../src/testing/index.ts'

let lake: TestLake
let client: SanityClient

beforeAll(async () => {
  lake = await startTestLake()
  client = lake.client()
})

afterAll(async () => {
  await lake.stop()
})

const ids = async (publishedId: string) =>
  (await client.fetch(
    '*[sanity::versionOf($id)] | order(_id)._id',
    { id: publishedId },
    { perspective: 'raw' },
  )) as string[]

describe('the draft lifecycle', () => {
  it('creates a draft, edits it, and publishes it', async () => {
    const created = await client.action(
      {
        actionType: 'sanity.action.document.create',
        publishedId: 'page',
        attributes: { _id: 'drafts.page', _type: 'page', title: 'Start' },
        ifExists: 'fail',
      },
      { transactionId: 'studio-tx-1' },
    )
    expect(created.transactionId).toBe('studio-tx-1')
    await client.action({
      actionType: 'sanity.action.document.edit',
      draftId: 'drafts.page',
      publishedId: 'page',
      patch: { set: { title: 'Startsidan' } },
    })
    await client.action({
      actionType: 'sanity.action.document.publish',
      draftId: 'drafts.page',
      publishedId: 'page',
    })
    expect(await ids('page')).toEqual(['page'])
    expect(await client.getDocument('page')).toMatchObject({ _type: 'page', title: 'Startsidan' })
  })

  it('starts a draft from the published document when editing it', async () => {
    await client.action({
      actionType: 'sanity.action.document.edit',
      draftId: 'drafts.page',
      publishedId: 'page',
      patch: { set: { intro: 'Välkommen' } },
    })
    expect(await client.getDocument('drafts.page')).toMatchObject({ title: 'Startsidan', intro: 'Välkommen' })
    expect(await client.getDocument('page')).not.toHaveProperty('intro')
  })

  it('refuses to publish over a published revision the editor has not seen, with 409', async () => {
    const error = await refusal(
      client.action({
        actionType: 'sanity.action.document.publish',
        draftId: 'drafts.page',
        publishedId: 'page',
        ifPublishedRevisionId: 'an-old-revision',
      }),
    )
    expect(error.statusCode).toBe(409)
    expect(error.details).toMatchObject({ type: 'actionError' })
    expect(error.message).toMatch(/expected "an-old-revision"/)
    expect(await client.getDocument('drafts.page')).toBeDefined()

    const published = await client.getDocument('page')
    await client.action({
      actionType: 'sanity.action.document.publish',
      draftId: 'drafts.page',
      publishedId: 'page',
      ifPublishedRevisionId: published!._rev,
    })
    expect((await client.getDocument('page'))?.intro).toBe('Välkommen')
  })

  it('unpublishes into a draft, and discards the draft', async () => {
    await client.action({ actionType: 'sanity.action.document.unpublish', draftId: 'drafts.page', publishedId: 'page' })
    expect(await ids('page')).toEqual(['drafts.page'])
    await client.action({ actionType: 'sanity.action.document.discard', draftId: 'drafts.page' })
    expect(await ids('page')).toEqual([])
  })

  it('deletes the published document with its drafts', async () => {
    await client
      .transaction()
      .create({ _id: 'doomed', _type: 'page' })
      .create({ _id: 'drafts.doomed', _type: 'page' })
      .commit()
    await client.action({
      actionType: 'sanity.action.document.delete',
      publishedId: 'doomed',
      includeDrafts: ['drafts.doomed'],
    })
    expect(await ids('doomed')).toEqual([])
  })

  it('runs several actions as one transaction: all or nothing', async () => {
    const error = await refusal(
      client.action([
        {
          actionType: 'sanity.action.document.create',
          publishedId: 'pair',
          attributes: { _id: 'drafts.pair', _type: 'page' },
          ifExists: 'fail',
        },
        { actionType: 'sanity.action.document.discard', draftId: 'drafts.never-existed' },
      ]),
    )
    expect(error.statusCode).toBe(409)
    expect(error.details).toMatchObject({ items: [{ index: 1 }] })
    expect(await ids('pair')).toEqual([])
  })
})

describe('release versions', () => {
  it('creates a version from a base document and discards it', async () => {
    await client.create({ _id: 'guide', _type: 'page', title: 'Guide' })
    await client.action({
      actionType: 'sanity.action.document.version.create',
      publishedId: 'guide',
      versionId: 'versions.rAutumn.guide',
      baseId: 'guide',
    })
    await client.action({
      actionType: 'sanity.action.document.edit',
      draftId: 'versions.rAutumn.guide',
      publishedId: 'guide',
      patch: { set: { title: 'Höstens guide' } },
    })
    const viewer = lake.client({ token: 'read' })
    expect(await viewer.fetch('*[_id == "guide"][0].title', {}, { perspective: ['rAutumn'] })).toBe('Höstens guide')
    await client.action({ actionType: 'sanity.action.document.version.discard', versionId: 'versions.rAutumn.guide' })
    expect(await ids('guide')).toEqual(['guide'])
  })
})

describe('permissions and bad actions', () => {
  it('refuses actions from the read token with 403', async () => {
    const error = await refusal(
      lake.client({ token: 'read' }).action({ actionType: 'sanity.action.document.discard', draftId: 'drafts.x' }),
    )
    expect(error.statusCode).toBe(403)
    expect(error.details).toMatchObject({
      type: 'actionError',
      items: [{ error: { type: 'insufficientPermissionsError' } }],
    })
  })

  it('refuses an unknown action type with 400', async () => {
    const error = await refusal(client.action({ actionType: 'sanity.action.document.teleport' } as never))
    expect(error.statusCode).toBe(400)
    expect(error.message).toMatch(/Unknown action type/)
  })
})
