/**
 * A scheduled launch, as an editor makes it: a release holding a changed campaign page and a new
 * short link is scheduled in the Studio's Releases tool. Until its time no visitor sees any of it,
 * through the edge; then the lake publishes it all at once, its webhook reaches the site, and the
 * public pages show the launch. Deadlines bound the waits, they measure nothing.
 */
import type { Browser } from 'playwright-core'

import { launchBrowser } from '../helpers/browser'
import { browserRun, lakeClient } from '../helpers/browser-env'
import { eventually } from '../helpers/eventually'
import { escapeHtml, pageAt, stack } from '../helpers/stack'
import { logInToStudio, retryingStudioSteps } from '../helpers/studio'

const { siteUrl } = browserRun()
const editor = lakeClient('write')
const stamp = Date.now()
const releaseId = `rLansering${stamp}`
const shortLinkId = `shortLink-lansering-${stamp}`
const shortPath = `/lansering${stamp}`
/** Long enough for the editor's steps in the Studio, so that the time is still ahead when they schedule. */
const LEAD_MS = 120_000
const PUBLISH_DEADLINE_MS = 60_000

type CampaignPage = { _id: string; title: string; slug: string }
let campaignPage: CampaignPage
let launchTitle: string
let intendedPublishAt: string
let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
  campaignPage = (await editor.fetch<CampaignPage>(
    '*[_type == "page" && defined(slug.current)] | order(_id)[0]{_id, title, "slug": slug.current}',
    {},
    { perspective: 'published' },
  ))!
  launchTitle = `${campaignPage.title} (lansering ${stamp})`
  // The launch as an editor bundled it: a changed campaign page and a new short link.
  intendedPublishAt = new Date(Date.now() + LEAD_MS).toISOString()
  await editor.releases.create({
    releaseId,
    metadata: { title: `Lansering ${stamp}`, releaseType: 'scheduled', intendedPublishAt },
  })
  await editor.createVersion({ baseId: campaignPage._id, publishedId: campaignPage._id, releaseId })
  await editor.action({
    actionType: 'sanity.action.document.edit',
    draftId: `versions.${releaseId}.${campaignPage._id}`,
    publishedId: campaignPage._id,
    patch: { set: { title: launchTitle } },
  })
  await editor.action({
    actionType: 'sanity.action.document.version.create',
    publishedId: shortLinkId,
    document: {
      _id: `versions.${releaseId}.${shortLinkId}`,
      _type: 'shortLink',
      path: shortPath,
      destination: { type: 'path', path: '/hjalp' },
      permanent: false,
      note: 'Finns bara i testet av schemalagda releaser.',
    },
  })
})

afterAll(async () => {
  await browser?.close()
  // Other browser tests share this lake and site: leave them as the seed made them.
  await editor.patch(campaignPage._id).set({ title: campaignPage.title }).commit()
  await editor.delete({
    query: '*[_id in $ids]',
    params: { ids: [shortLinkId, `versions.${releaseId}.${shortLinkId}`] },
  })
  await editor.delete({ query: '*[sanity::partOfRelease($releaseId)]', params: { releaseId } })
  const release = await editor.releases.get({ releaseId })
  if (release?.state === 'scheduled') await editor.releases.unschedule({ releaseId })
  if (release && release.state !== 'published' && release.state !== 'archived')
    await editor.releases.archive({ releaseId })
  if (release) await editor.releases.delete({ releaseId })
  await eventually(
    async () => !(await pageAt(stack().edgeUrl, `/${campaignPage.slug}`)).html.includes(stamp.toString()),
    {
      timeoutMs: PUBLISH_DEADLINE_MS,
      describe: async () => `/${campaignPage.slug} still shows the launch`,
    },
  )
})

/** What a visitor gets through the edge: the page's title, and whether the short link answers. */
async function visitorSees() {
  const page = await pageAt(stack().edgeUrl, `/${campaignPage.slug}`)
  const shortLink = await pageAt(stack().edgeUrl, shortPath)
  return {
    launchTitle: page.html.includes(escapeHtml(launchTitle)),
    shortLink: shortLink.status === 307 && shortLink.headers.get('location') === '/hjalp',
  }
}

it('previews the release in Presentation, while visitors see none of it', async () => {
  expect(await visitorSees()).toEqual({ launchTitle: false, shortLink: false })
  const studio = await logInToStudio(browser, siteUrl, 'Redaktör')
  const path = `/${campaignPage.slug}`
  await studio.goto(`${siteUrl}/studio/presentation?preview=${encodeURIComponent(path)}&perspective=${releaseId}`)
  const preview = studio.frameLocator('iframe')
  await preview.getByRole('complementary', { name: 'Förhandsvisning' }).waitFor()
  await preview.locator('h1', { hasText: launchTitle }).waitFor()
  await studio.context().close()
  expect(await visitorSees()).toEqual({ launchTitle: false, shortLink: false })
})

it(
  'publishes a release scheduled in the Studio at its time, and no sooner',
  async () => {
    expect(await visitorSees()).toEqual({ launchTitle: false, shortLink: false })
    // The editor opens the release and schedules it for the time it was planned for.
    const studio = await logInToStudio(browser, siteUrl, 'Redaktör')
    await studio.goto(`${siteUrl}/studio/releases/${releaseId}`)
    await retryingStudioSteps(studio, async () => {
      await studio.getByRole('button', { name: 'Schemalägg releasen …' }).and(studio.locator(':enabled')).click()
      await studio.getByRole('button', { name: 'Ja, schemalägg' }).click()
      await eventually(async () => (await editor.releases.get({ releaseId }))?.state === 'scheduled', {
        timeoutMs: 10_000,
        describe: async () => `the release is ${(await editor.releases.get({ releaseId }))?.state}`,
      })
    })
    await studio.context().close()
    const scheduled = await editor.releases.get({ releaseId })
    expect(scheduled).toMatchObject({ state: 'scheduled', publishAt: intendedPublishAt })

    // Until its time, no visitor sees any of it.
    expect(await visitorSees()).toEqual({ launchTitle: false, shortLink: false })
    const untilShortlyBefore = Date.parse(intendedPublishAt) - Date.now() - 3_000
    if (untilShortlyBefore > 0) await new Promise((wait) => setTimeout(wait, untilShortlyBefore))
    expect(await visitorSees()).toEqual({ launchTitle: false, shortLink: false })

    // Then all of it, within seconds.
    await eventually(async () => Object.values(await visitorSees()).every(Boolean), {
      timeoutMs: PUBLISH_DEADLINE_MS,
      describe: async () => `after its time, visitors see ${JSON.stringify(await visitorSees())}`,
    })
    const published = await editor.releases.get({ releaseId })
    expect(published?.state).toBe('published')
    expect(Date.parse(published!.publishedAt!)).toBeGreaterThanOrEqual(Date.parse(intendedPublishAt))
  },
  LEAD_MS + 3 * PUBLISH_DEADLINE_MS,
)
