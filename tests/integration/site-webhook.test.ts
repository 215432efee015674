/**
 * The site's revalidation webhook (sanity/webhooks.json), delivered by a real lake to a receiver
 * that stands in for the site: what it tells the site about a publish, a slug change, an unpublish
 * and a help link's audiences, and that the hosted definition is the same one.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { isValidSignature } from '@sanity/webhook'
import sharp from 'sharp'
import { bodyOf as body, forDocument, startTestLake, WebhookReceiver, type TestLake } from '@somliga-tror/lake/testing'

import { tagsForChange, type ContentChange } from '@/lib/content/tags'

const SECRET = 'webhook-test-secret'
const WEBHOOKS_FILE = resolve(__dirname, '../../sanity/webhooks.json')
const HOSTED_FILE = resolve(__dirname, '../../sanity/webhooks.hosted.json')

jest.setTimeout(30_000)

describe('the revalidation webhook in sanity/webhooks.json', () => {
  const receiver = new WebhookReceiver()
  let lake: TestLake

  beforeAll(async () => {
    const siteUrl = await receiver.start()
    lake = await startTestLake({
      // The site's definitions, as .env.example names them; the secret switches them on.
      env: { LAKE_WEBHOOKS_FILE: WEBHOOKS_FILE, NEXT_PUBLIC_SITE_URL: siteUrl, SANITY_REVALIDATE_SECRET: SECRET },
    })
  })

  afterAll(async () => {
    await lake.stop()
    await receiver.stop()
  })

  const publish = (id: string) =>
    lake.client().action({ actionType: 'sanity.action.document.publish', draftId: `drafts.${id}`, publishedId: id })
  const editDraft = (id: string, set: Record<string, unknown>) =>
    lake
      .client()
      .action({ actionType: 'sanity.action.document.edit', draftId: `drafts.${id}`, publishedId: id, patch: { set } })

  it('tells the site what a publish, a slug change and an unpublish changed, so it can expire exactly that', async () => {
    const slug = (current: string) => ({ _type: 'slug', current })
    // An English page: the change names its language, so only English addresses expire.
    await lake.client().action({
      actionType: 'sanity.action.document.create',
      publishedId: 'page-om',
      attributes: { _id: 'drafts.page-om', _type: 'page', language: 'en', title: 'About', slug: slug('om') },
      ifExists: 'fail',
    })
    await publish('page-om')
    const published = await receiver.waitFor('for the publish', forDocument('/api/revalidate', 'page-om'))
    expect(await isValidSignature(published.body, String(published.headers['sanity-webhook-signature']), SECRET)).toBe(
      true,
    )
    expect(body(published)).toEqual({
      _id: 'page-om',
      _type: 'page',
      operation: 'create',
      language: 'en',
      slug: { before: null, after: 'om' },
      audiences: { before: null, after: null },
    })

    await editDraft('page-om', { slug: slug('om-oss') })
    await publish('page-om')
    const renamed = body(await receiver.waitFor('for the slug change', forDocument('/api/revalidate', 'page-om'), 2))
    expect(renamed).toMatchObject({ operation: 'update', slug: { before: 'om', after: 'om-oss' } })
    const tags = tagsForChange(renamed as ContentChange)
    expect(tags).toEqual(
      expect.arrayContaining(['doc:page-om', 'type:page', 'slug:en:om', 'slug:en:om-oss', 'link:en:om-oss']),
    )
    expect(tags.filter((tag) => /^(slug|link):(?!en:)/.test(tag))).toEqual([])

    await lake
      .client()
      .action({ actionType: 'sanity.action.document.unpublish', draftId: 'drafts.page-om', publishedId: 'page-om' })
    const unpublished = body(await receiver.waitFor('for the unpublish', forDocument('/api/revalidate', 'page-om'), 3))
    expect(unpublished).toMatchObject({ _type: 'page', operation: 'delete', slug: { before: 'om-oss', after: null } })
  })

  it('reports the audiences a help link left and joined', async () => {
    await lake.client().create({ _id: 'helpLink-x', _type: 'helpLink', name: 'Stöd', audiences: ['buyers'] })
    await lake
      .client()
      .patch('helpLink-x')
      .set({ audiences: ['relatives'] })
      .commit()
    const change = body(await receiver.waitFor('for the help link', forDocument('/api/revalidate', 'helpLink-x'), 2))
    expect(change.audiences).toEqual({ before: ['buyers'], after: ['relatives'] })
    expect(tagsForChange(change as ContentChange)).toEqual(
      expect.arrayContaining(['audience:buyers', 'audience:relatives']),
    )
  })

  it('sends nothing for drafts or asset uploads', async () => {
    await lake.client().create({ _id: 'drafts.page-utkast', _type: 'page', title: 'Bara ett utkast' })
    const png = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#abcdef' } })
      .png()
      .toBuffer()
    await lake.client().assets.upload('image', png)
    await lake.client().create({ _id: 'organisation-marker', _type: 'organisation', name: 'Markör' })
    await receiver.waitFor('for the marker', forDocument('/api/revalidate', 'organisation-marker'))
    const ids = receiver.deliveries.map((d) => String(d.headers['sanity-document-id']))
    expect(ids.filter((id) => id.startsWith('drafts.') || id.startsWith('image-'))).toEqual([])
  })

  it('is the same definition as the one for a hosted Sanity project, but for the site address', () => {
    const [local] = JSON.parse(readFileSync(WEBHOOKS_FILE, 'utf8'))
    const hosted = JSON.parse(readFileSync(HOSTED_FILE, 'utf8'))
    expect({ ...hosted, url: undefined }).toEqual({ ...local, url: undefined })
    expect(hosted.url).toBe('${NEXT_PUBLIC_SITE_URL}/api/revalidate')
  })
})
