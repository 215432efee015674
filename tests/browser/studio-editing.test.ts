/**
 * The Studio as editors use it: real Chromium against `next start`, logged in through the lake's
 * own login page. An editor creates a help link, is stopped by a malformed phone number, fixes it,
 * publishes, and marks the link as checked; a viewer can read it but not change or publish it.
 */
import type { Browser, Page } from 'playwright-core'

import { PHONE_FORMAT_MESSAGE } from '@/sanity/schemaTypes/rules/phone'
import { staleBefore } from '@/sanity/schemaTypes/rules/verification'
import { launchBrowser } from '../helpers/browser'
import { browserRun, lakeClient } from '../helpers/browser-env'
import { eventually } from '../helpers/eventually'
import { pathsShowing } from '../helpers/sitemap'
import { logInToStudio, type StudioUser } from '../helpers/studio'

const { siteUrl } = browserRun()
const reader = lakeClient('read')

const STRUCTURE = [
  'Inställningar',
  'Startsida',
  'Tillgänglighetsredogörelse',
  'Kampanjsidor',
  'Hjälplänkar',
  'Organisationer',
  'Kortlänkar',
  'Kampanjmaterial',
]
const name = `Testlinjen ${process.pid}`
let helpLinkId: string | undefined

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  // Other browser tests share this lake: leave it as the seed made it.
  if (!helpLinkId) return
  await lakeClient('write').delete({ query: '*[_id in $ids]', params: { ids: [helpLinkId, `drafts.${helpLinkId}`] } })
  await eventually(async () => (await pathsShowing(siteUrl, name)).length === 0, {
    describe: async () => `"${name}" is still on ${(await pathsShowing(siteUrl, name)).join(', ')}`,
  })
})

const logIn = (user: StudioUser): Promise<Page> => logInToStudio(browser, siteUrl, user)

type PublishedHelpLink = {
  _id: string
  name: string
  audiences: string[]
  channels: { _type: string; number?: string }[]
  verification: { checkedAt?: string; checkedBy?: string } | null
}

/** The published help link once `ready` holds for it; the Studio publishes asynchronously. */
async function publishedHelpLink(ready: (link: PublishedHelpLink) => boolean): Promise<PublishedHelpLink> {
  for (;;) {
    const link = await reader.fetch<PublishedHelpLink | null>(
      '*[_type == "helpLink" && name == $name][0]{_id, name, audiences, channels, verification}',
      { name },
      { perspective: 'published' },
    )
    if (link && ready(link)) return link
    await new Promise((wait) => setTimeout(wait, 250))
  }
}

it('shows the editor the Swedish structure, with singletons kept out of "new document"', async () => {
  const page = await logIn('Redaktör')
  expect(await page.locator('[data-testid^="pane-item-"]').allInnerTexts()).toEqual(STRUCTURE)

  await page.getByTestId('new-document-button').click()
  const templates = page.locator('[data-ui="Popover"]')
  await templates.getByText('Hjälplänk', { exact: true }).waitFor()
  expect(await templates.getByText('Inställningar').count()).toBe(0)
  expect(await templates.getByText('Tillgänglighetsredogörelse').count()).toBe(0)
  await page.context().close()
})

it('lists the help links nobody has checked, or not for a year, under "Behöver kontrolleras"', async () => {
  const needsChecking = '!defined(verification.checkedAt) || verification.checkedAt < $staleBefore'
  const params = { staleBefore: staleBefore() }
  const unchecked = await reader.fetch<string[]>(`*[_type == "helpLink" && (${needsChecking})].name`, params)
  const checked = await reader.fetch<string[]>(`*[_type == "helpLink" && !(${needsChecking})].name`, params)
  // The seed has both kinds, so the list has something to show and something to leave out.
  expect(unchecked.length).toBeGreaterThan(0)
  expect(checked.length).toBeGreaterThan(0)

  const page = await logIn('Redaktör')
  await page.getByTestId('pane-item-Hjälplänkar').click()
  await page.getByTestId('pane-item-Behöver kontrolleras').click()
  const list = page.getByTestId('document-list-pane')
  // Previews fill in after the list appears: wait for each title before reading them all.
  for (const title of unchecked) await list.getByText(title, { exact: true }).waitFor()
  const previews = (await list.locator('[data-testid^="pane-item"]').allInnerTexts()).map((text) => text.split('\n'))
  expect(previews.map(([title]) => title).sort()).toEqual([...unchecked].sort())
  for (const [, subtitle] of previews) expect(subtitle).toMatch(/Ej kontrollerad$|behöver kontrolleras igen$/)
  await page.context().close()
})

it('lets an editor create a help link, refuses a malformed phone number, and publishes it once fixed', async () => {
  const page = await logIn('Redaktör')
  await page.getByTestId('new-document-button').click()
  await page.locator('[data-ui="Popover"]').getByText('Hjälplänk', { exact: true }).click()

  await page.locator('#name').fill(name)
  await page.locator('#description').fill('En påhittad tjänst som bara finns i det här testet.')
  await page.getByLabel('Anhöriga').check()
  await page.getByTestId('group-tab-contact').click()
  await page.getByTestId('add-multiple-object-button').click()
  await page.getByRole('menuitem', { name: 'Telefon' }).click()
  await page.locator('[role=dialog] input[id$=".number"]').fill('123-45')
  await page.getByRole('button', { name: 'Close dialog' }).click()

  // Stopped: publishing is disabled, and the validation panel says how to write the number.
  const publish = page.getByTestId('action-publicera')
  await page.locator('[data-testid="action-publicera"]:disabled').waitFor()
  await page.getByRole('button', { name: 'Validering' }).click()
  await page.getByText(PHONE_FORMAT_MESSAGE).waitFor()
  expect(await reader.fetch('*[_type == "helpLink" && name == $name]', { name }, { perspective: 'published' })).toEqual(
    [],
  )

  await page.getByText('Telefon 123-45').click()
  await page.locator('[role=dialog] input[id$=".number"]').fill('020-50 50 50')
  await page.getByRole('button', { name: 'Close dialog' }).click()
  await page.locator('[data-testid="action-publicera"]:enabled').waitFor()
  await publish.click()

  const published = await publishedHelpLink(() => true)
  helpLinkId = published._id
  expect(published).toMatchObject({
    name,
    audiences: ['relatives'],
    channels: [{ _type: 'phoneChannel', number: '020-50 50 50' }],
  })
  expect(published.verification).toBeNull()

  // Marking it as checked records the date and the editor, and publishing takes it to the site.
  await page.getByTestId('action-menu-button').click()
  await page.getByRole('menuitem', { name: 'Markera som kontrollerad' }).click()
  await page.getByRole('button', { name: 'Ja, allt stämmer' }).click()
  await page.locator('[data-testid="action-publicera"]:enabled').waitFor()
  await publish.click()
  const checked = await publishedHelpLink((link) => Boolean(link.verification?.checkedAt))
  expect(checked.verification).toEqual({ checkedAt: new Date().toISOString().slice(0, 10), checkedBy: 'Redaktör' })
  await page.context().close()
})

it('lets a viewer read the help link but not change or publish it', async () => {
  expect(helpLinkId).toBeDefined()
  const page = await logIn('Läsare')
  await page.goto(`${siteUrl}/studio/intent/edit/id=${helpLinkId};type=helpLink/`)
  await page.locator('#name').waitFor()

  expect(await page.getByTestId('permission-check-banner').innerText()).toMatch(/inte behörighet att uppdatera/)
  expect(await page.locator('#name').inputValue()).toBe(name)
  expect(await page.locator('#name').isEditable()).toBe(false)
  expect(await page.getByTestId('action-publicera').isDisabled()).toBe(true)
  await page.context().close()
})

it('shows campaign material beside its document as a preview and a download button per format', async () => {
  const page = await logIn('Läsare')
  await page.goto(`${siteUrl}/studio/structure/campaignMaterial;campaignMaterial-sluta`)
  await page.getByRole('tab', { name: 'Filer' }).click()
  const preview = page.getByRole('img', { name: 'Förhandsvisning: Bild för sociala medier: Det finns hjälp att sluta' })
  await preview.waitFor()
  // The picture the site drew has loaded, not a broken image.
  await eventually(() => preview.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth === 1080), {
    describe: async () => `preview ${await preview.getAttribute('src')} did not load`,
  })
  const buttons = page.locator('a[download]')
  expect(
    await buttons.evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname)),
  ).toEqual(['/api/material/sluta/staende.png', '/api/material/sluta/kvadrat.png', '/api/material/sluta/lank.png'])
  await page.context().close()
})
