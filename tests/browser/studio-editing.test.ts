/**
 * The Studio as editors use it: real Chromium against `next start`, logged in through the lake's
 * own login page. An editor creates a help link, is stopped by a malformed phone number, fixes it,
 * publishes, and marks the link as checked; a viewer can read it but not change or publish it.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'

import type { Browser, Page } from 'playwright-core'

import { phoneProblem } from '@/vocabulary/phone'
import { staleBefore } from '@/sanity/schemaTypes/rules/verification'
import { launchBrowser } from '../helpers/browser'
import { browserRun, lakeClient } from '../helpers/browser-env'
import { eventually } from '../helpers/eventually'
import { pathsShowing } from '../helpers/sitemap'
import { logInToStudio, retryingStudioSteps, type StudioUser } from '../helpers/studio'

const { siteUrl } = browserRun()
const reader = lakeClient('read')
const SEED_FILE = resolve(__dirname, '../../sanity/seed/production.ndjson')

const STRUCTURE = [
  'Inställningar',
  'Startsida',
  'Tillgänglighetsredogörelse',
  'Kampanjsidor',
  'Behöver granskas mot lagen',
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
  verification: { checkedAt?: string; checkedBy?: string; clearedBecause?: string } | null
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

it('lists the help links nobody has checked, or not within the settings\' period, under "Behöver kontrolleras"', async () => {
  // The seed claims no check (sanity/seed/README.md), so the list gets a checked link to leave out.
  const writer = lakeClient('write')
  const checkedId = `helpLink-kontrollerad-${process.pid}`
  await writer.createOrReplace({
    _id: checkedId,
    _type: 'helpLink',
    name: `Kontrollerad ${process.pid}`,
    providerUrl: 'https://example.se',
    description: 'En påhittad tjänst som bara finns i det här testet.',
    audiences: ['professionals'],
    area: { scope: 'digital' },
    channels: [{ _key: 'web', _type: 'webChannel', url: 'https://example.se' }],
    verification: { checkedAt: new Date().toISOString().slice(0, 10), checkedBy: 'Anna Andersson' },
  })
  try {
    const needsChecking = '!defined(verification.checkedAt) || verification.checkedAt < $staleBefore'
    const params = { staleBefore: staleBefore() }
    const unchecked = await reader.fetch<string[]>(`*[_type == "helpLink" && (${needsChecking})].name`, params)
    const checked = await reader.fetch<string[]>(`*[_type == "helpLink" && !(${needsChecking})].name`, params)
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
  } finally {
    await writer.delete(checkedId)
  }
})

it('lets an editor create a help link, refuses a malformed phone number, and publishes it once fixed', async () => {
  const page = await logIn('Redaktör')
  await page.getByTestId('new-document-button').click()
  await page.locator('[data-ui="Popover"]').getByText('Hjälplänk', { exact: true }).click()

  await page.locator('#name').fill(name)
  await page.locator('#providerUrl').fill('https://example.se')
  await page.locator('#description').fill('En påhittad tjänst som bara finns i det här testet.')
  await page.getByLabel('Närstående').check()
  await page.getByTestId('group-tab-contact').click()
  await page.getByTestId('add-multiple-object-button').click()
  await page.getByRole('menuitem', { name: 'Telefon' }).click()
  await page.locator('[role=dialog] input[id$=".number"]').fill('123-45')
  await page.getByRole('button', { name: 'Stäng', exact: true }).click()

  // Stopped: publishing is disabled, and the validation panel says how to write the number.
  const publish = page.getByTestId('action-publicera')
  await page.locator('[data-testid="action-publicera"]:disabled').waitFor()
  await page.getByRole('button', { name: 'Validering' }).click()
  await page.getByText(phoneProblem('123-45')!).waitFor()
  expect(await reader.fetch('*[_type == "helpLink" && name == $name]', { name }, { perspective: 'published' })).toEqual(
    [],
  )

  // Pasted as Word writes it, with an en dash and a trailing space: stored in the one format.
  await page.getByText('Telefon 123-45').click()
  await page.locator('[role=dialog] input[id$=".number"]').fill('020–50 50 50 ')
  await page.getByRole('button', { name: 'Stäng', exact: true }).click()
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
  expect(checked.verification).toEqual({
    checkedAt: new Date().toISOString().slice(0, 10),
    checkedBy: 'Redaktör',
    // What was checked, so that a later change clears the check.
    checkedChannels: expect.stringContaining('020-50 50 50'),
  })
  await page.context().close()
})

it('clears the check when an editor changes the checked number, says why, and lists the link to be checked', async () => {
  expect(helpLinkId).toBeDefined()
  const page = await logIn('Redaktör')
  await page.goto(`${siteUrl}/studio/intent/edit/id=${helpLinkId};type=helpLink/`)
  // Told at once, and at the "Kontroll" field until the link is checked again.
  await retryingStudioSteps(page, async () => {
    await page.getByTestId('group-tab-contact').click()
    await page.getByText('Telefon 020-50 50 50').click()
    await page.locator('[role=dialog] input[id$=".number"]').fill('08-123 45 67')
    await page.getByRole('button', { name: 'Stäng', exact: true }).click()
    await page.getByText('Kontrollen togs bort', { exact: true }).waitFor()
  })
  await page.getByRole('button', { name: 'Validering' }).click()
  await page
    .getByText(/eftersom telefonnumret ändrades/)
    .first()
    .waitFor()

  await page.locator('[data-testid="action-publicera"]:enabled').waitFor()
  await page.getByTestId('action-publicera').click()
  const cleared = await publishedHelpLink((link) => link.channels[0]?.number === '08-123 45 67')
  expect(cleared.verification).toEqual({ clearedBecause: expect.stringMatching(/eftersom telefonnumret ändrades/) })

  await page.goto(`${siteUrl}/studio`)
  await page.getByTestId('pane-item-Hjälplänkar').click()
  await page.getByTestId('pane-item-Behöver kontrolleras').click()
  await page.getByTestId('document-list-pane').getByText(name, { exact: true }).waitFor()
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

describe('short links, as an editor makes one for a poster', () => {
  const path = `/vecka-${process.pid}`

  afterAll(async () => {
    // The short link as the test left it: published, a draft, or both.
    await lakeClient('write').delete({ query: '*[_type == "shortLink" && path == $path]', params: { path } })
  })

  it('refuses a destination where no page is before it is published, and keeps case and query once fixed', async () => {
    const page = await logIn('Redaktör')
    await page.goto(`${siteUrl}/studio/intent/create/template=shortLink;type=shortLink/`)
    await page.locator('#path').fill(path)
    await page.getByLabel('En annan adress på webbplatsen').check()
    await page.locator('[id="destination.path"]').fill('/vecka-finns-inte')

    await page.locator('[data-testid="action-publicera"]:disabled').waitFor()
    await page.getByRole('button', { name: 'Validering' }).click()
    await page
      .getByText('Det finns ingen sida på /vecka-finns-inte, så besökarna skulle mötas av "Sidan finns inte"', {
        exact: false,
      })
      // Tooltips hold the message too, hidden: the validation panel shows it.
      .filter({ visible: true })
      .first()
      .waitFor()
    expect(
      await reader.fetch('*[_type == "shortLink" && path == $path]', { path }, { perspective: 'published' }),
    ).toEqual([])

    await page.locator('[id="destination.path"]').fill('/hjalp')
    await page.locator('[data-testid="action-publicera"]:enabled').waitFor()
    await page.getByTestId('action-publicera').click()
    await eventually(
      async () => {
        // GROQ answers null when nothing matches.
        const id = await reader.fetch<string | null>(
          '*[_type == "shortLink" && path == $path][0]._id',
          { path },
          { perspective: 'published' },
        )
        return id !== null
      },
      { describe: () => `${path} was never published` },
    )
    await page.context().close()

    // As typed from a poster: capitals, and the QR code's query string.
    const typed = new URL(`${path.toUpperCase()}?utm_source=x`, siteUrl)
    await eventually(
      async () => (await fetch(typed, { redirect: 'manual' })).headers.get('location') === '/hjalp?utm_source=x',
      { describe: async () => `${typed} answers ${(await fetch(typed, { redirect: 'manual' })).status}` },
    )
  })
})

it('lists a published short link whose target has gone under Kortlänkar → "Behöver kontrolleras"', async () => {
  const writer = lakeClient('write')
  const stamp = `${process.pid}-${Date.now().toString(36)}`
  // Written past the Studio, as a page deleted or renamed after the short link was published leaves it.
  const broken = {
    _id: `shortLink-trasig-${stamp}`,
    _type: 'shortLink',
    path: `/trasig-${stamp}`,
    destination: { type: 'path', path: `/borttagen-${stamp}` },
  }
  await writer.create(broken)
  try {
    const page = await logIn('Redaktör')
    await page.getByTestId('pane-item-Kortlänkar').click()
    await page.getByTestId('pane-item-Behöver kontrolleras').click()
    const list = page.getByTestId('document-list-pane')
    await list.getByText(`${broken.path} → /borttagen-${stamp}`).waitFor()
    // The seed's short links all lead somewhere.
    expect(await list.locator('[data-testid^="pane-item"]').count()).toBe(1)
    await page.context().close()
  } finally {
    await writer.delete(broken._id)
  }
})

it("warns inside a campaign page whose legal review is older than the law's last change or the settings' period", async () => {
  const writer = lakeClient('write')
  const id = `page-granskning-${process.pid}`
  await writer.create({
    _id: `drafts.${id}`,
    _type: 'page',
    title: `Granskad för länge sedan ${process.pid}`,
    slug: { _type: 'slug', current: `granskad-for-lange-sedan-${process.pid}` },
    legalReview: { reviewedAt: '2020-01-15', reviewedBy: 'Anna Andersson, jurist' },
  })
  try {
    const page = await logIn('Redaktör')
    await page.goto(`${siteUrl}/studio/intent/edit/id=${id};type=page/`)
    await page.locator('#title').waitFor()
    const warning = page
      .getByText(
        /Lagtexten ändrades .* efter granskningen 2020-01-15|granskades för mer än \d+ månader sedan \(2020-01-15\)/,
      )
      .first()
    await retryingStudioSteps(page, async () => {
      if (!(await warning.isVisible())) await page.getByRole('button', { name: 'Validering' }).click()
      await warning.waitFor()
    })
    await page.context().close()
  } finally {
    await writer.delete(`drafts.${id}`)
  }
})

describe('publishing control', () => {
  const stamp = `${process.pid}-${Date.now().toString(36)}`
  const target = {
    _id: `page-avpublicera-${stamp}`,
    _type: 'page',
    title: `Avpubliceras ${stamp}`,
    slug: { _type: 'slug', current: `avpubliceras-${stamp}` },
  }
  const referrer = {
    _id: `shortLink-avpublicera-${stamp}`,
    _type: 'shortLink',
    path: `/till-avpublicera-${stamp}`,
    destination: { type: 'page', page: { _type: 'reference', _ref: target._id } },
  }
  const newPage = {
    _id: `drafts.page-ny-${stamp}`,
    _type: 'page',
    title: `Ny sida ${stamp}`,
    slug: { _type: 'slug', current: `ny-sida-${stamp}` },
  }
  const linkToNewPage = {
    _id: `drafts.shortLink-ny-${stamp}`,
    _type: 'shortLink',
    path: `/till-ny-sida-${stamp}`,
    // As the Studio writes a link to a document that has only a draft.
    destination: {
      type: 'page',
      page: { _type: 'reference', _ref: `page-ny-${stamp}`, _weak: true, _strengthenOnPublish: { type: 'page' } },
    },
  }
  const writer = lakeClient('write')
  const ids = [target, referrer, newPage, linkToNewPage].flatMap(({ _id }) => {
    const published = _id.replace(/^drafts\./, '')
    return [published, `drafts.${published}`]
  })

  beforeAll(async () => {
    await writer.transaction().create(target).create(referrer).create(newPage).create(linkToNewPage).commit()
  })

  afterAll(async () => {
    await writer.delete({ query: '*[_id in $ids]', params: { ids } })
  })

  const openAction = async (page: Page, name: string) => {
    await page.getByTestId('action-menu-button').click()
    await page.getByRole('menuitem', { name }).click()
    return page.getByRole('dialog')
  }

  it('refuses to unpublish or delete a page a published short link leads to, naming it with a link', async () => {
    const page = await logIn('Redaktör')
    await page.goto(`${siteUrl}/studio/intent/edit/id=${target._id};type=page/`)
    await page.locator('#title').waitFor()

    for (const [action, verb] of [
      ['Avpublicera', 'avpubliceras'],
      ['Radera', 'raderas'],
    ]) {
      const dialog = await retryingStudioSteps(page, async () => {
        const opened = await openAction(page, action)
        await opened.getByText(`"${target.title}" kan inte ${verb} än`).waitFor()
        return opened
      })
      const link = dialog.getByRole('link', { name: referrer.path })
      expect(await link.getAttribute('href')).toContain(referrer._id)
      expect(await dialog.getByRole('button', { name: `${action} nu` }).count()).toBe(0)
      await dialog.getByRole('button', { name: 'Stäng', exact: true }).first().click()
      await dialog.waitFor({ state: 'hidden' })
    }
    expect(await writer.getDocument(target._id)).toMatchObject({ title: target.title })

    // Once nothing links to it, the editor confirms and the page is taken off the site, kept as a draft.
    await writer.delete(referrer._id)
    const dialog = await retryingStudioSteps(page, async () => {
      const opened = await openAction(page, 'Avpublicera')
      await opened.getByText('Inget annat dokument länkar hit.').waitFor()
      return opened
    })
    await dialog.getByRole('button', { name: 'Avpublicera nu' }).click()
    await eventually(async () => (await writer.getDocument(target._id)) === undefined, {
      describe: () => `${target._id} is still published`,
    })
    expect(await writer.getDocument(`drafts.${target._id}`)).toMatchObject({ title: target.title })
    await page.context().close()
  })

  it('offers to publish a linked page that has only a draft together with the short link, in one step', async () => {
    const page = await logIn('Redaktör')
    const linkId = linkToNewPage._id.slice('drafts.'.length)
    const pageId = newPage._id.slice('drafts.'.length)
    await page.goto(`${siteUrl}/studio/intent/edit/id=${linkId};type=shortLink/`)
    const dialog = page.getByRole('dialog')
    await retryingStudioSteps(page, async () => {
      await page.locator('[data-testid="action-publicera"]:enabled').waitFor()
      await page.getByTestId('action-publicera').click()
      await dialog.getByRole('button', { name: 'Publicera tillsammans' }).waitFor()
    })
    const link = dialog.getByRole('link', { name: newPage.title })
    expect(await link.getAttribute('href')).toContain(pageId)
    expect(await writer.getDocument(linkId)).toBeUndefined()

    await dialog.getByRole('button', { name: 'Publicera tillsammans' }).click()
    await eventually(async () => Boolean((await writer.getDocument(linkId)) && (await writer.getDocument(pageId))), {
      describe: () => `${linkId} and ${pageId} are not both published`,
    })
    expect(await writer.getDocument(pageId)).toMatchObject({ title: newPage.title })
    expect(await writer.getDocument(linkId)).toMatchObject({ destination: { page: { _ref: pageId } } })
    expect(await writer.getDocument(newPage._id)).toBeUndefined()
    expect(await writer.getDocument(linkToNewPage._id)).toBeUndefined()
    await dialog.waitFor({ state: 'hidden' })
    await page.context().close()
  })

  it('opens a published page where visitors see it', async () => {
    const page = await logIn('Redaktör')
    await page.goto(`${siteUrl}/studio/intent/edit/id=page-for-dig-som-vill-sluta;type=page/`)
    await page.locator('#title').waitFor()
    const [opened] = await retryingStudioSteps(page, () =>
      Promise.all([page.context().waitForEvent('page'), openAction(page, 'Visa på webbplatsen')]),
    )
    await opened.waitForLoadState()
    expect(opened.url()).toBe(`${siteUrl}/for-dig-som-vill-sluta`)
    await page.context().close()
  })
})

/** English an editor must not meet, as words in what the Studio shows or tells screen readers. */
const ENGLISH = [
  'Hotspot',
  'Crop',
  'Square',
  'Close dialog',
  'Published',
  'Draft',
  'Unpublish',
  'Delete',
  'Referenced document',
  'console',
  'channel.status',
  'OVERLAY',
  'slug',
  'Stäng rute grupp',
]

/** The known English strings in the page's visible text, aria-labels and titles. */
async function englishOn(page: Page): Promise<string[]> {
  const texts = await page.evaluate(() => [
    document.body.innerText,
    ...[...document.querySelectorAll('[aria-label], [title]')].flatMap((element) => [
      element.getAttribute('aria-label') ?? '',
      element.getAttribute('title') ?? '',
    ]),
  ])
  return ENGLISH.filter((english) => texts.some((text) => new RegExp(`\\b${english}\\b`, 'i').test(text)))
}

const SCANNED_TYPES = ['settings', 'accessibilityStatement', 'page', 'helpLink', 'organisation', 'shortLink']
const SEED: { _id: string; _type: string }[] = readFileSync(SEED_FILE, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line))

describe('Swedish throughout', () => {
  it('shows no known English on the structure, a document of each type and the image tool', async () => {
    const page = await logIn('Redaktör')
    const found: Record<string, string[]> = { structure: await englishOn(page) }
    // Seed documents (other browser tests leave documents of their own, some deliberately
    // incomplete), the first of each type by id, as the Studio's lists order them.
    const oneOfEach = SCANNED_TYPES.map(
      (type) => SEED.filter(({ _type }) => _type === type).sort((a, b) => a._id.localeCompare(b._id))[0],
    )
    expect(oneOfEach).toHaveLength(6)
    for (const { _id, _type } of oneOfEach) {
      // Scanned once the document has loaded: its title in the pane and its status chip, "Publicerad".
      found[_type] = await retryingStudioSteps(page, async () => {
        await page.goto(`${siteUrl}/studio/intent/edit/id=${_id};type=${_type}/`)
        await page.getByTestId('document-panel-document-title').filter({ hasText: /\S/ }).waitFor()
        await page.getByTestId('document-header-Publicerad-chip').waitFor()
        return englishOn(page)
      }).catch((error: Error) => {
        throw new Error(`${_type} ${_id} did not load: ${error.message}`)
      })
    }

    // The image tool, on a page whose header image an editor cropped.
    const cropped = await reader.fetch<string>('*[_type == "page" && defined(hero.image.crop)][0]._id')
    await page.goto(`${siteUrl}/studio/intent/edit/id=${cropped};type=page/`)
    const dialog = page.getByRole('dialog')
    // Scanned while the dialog is open: closing it afterwards shows it was still there (if a late
    // render closed it, the steps start over).
    found.imageTool = await retryingStudioSteps(page, async () => {
      await page.getByRole('button', { name: 'Öppna bildredigeringsdialog' }).first().click()
      await dialog.getByText('Beskärning och fokuspunkt').first().waitFor()
      await dialog.getByText('Kvadrat').first().waitFor()
      const english = await englishOn(page)
      await dialog.getByRole('button', { name: 'Stäng', exact: true }).first().click()
      await dialog.waitFor({ state: 'hidden' })
      return english
    })

    expect(found).toEqual(Object.fromEntries(Object.keys(found).map((screen) => [screen, []])))
    await page.context().close()
  })

  it('shows no known English in the preview, and tells a viewer plainly what the role allows', async () => {
    const editor = await logIn('Redaktör')
    await editor.goto(`${siteUrl}/studio/presentation`)
    await editor.getByRole('button', { name: 'Avsluta förhandsvisning' }).waitFor()
    await editor.frameLocator('iframe').first().locator('main').waitFor()
    expect(await englishOn(editor)).toEqual([])
    await editor.context().close()

    const viewer = await logIn('Läsare')
    await viewer.goto(`${siteUrl}/studio/presentation`)
    const notice = viewer.getByRole('status').filter({ hasText: 'Du är inloggad som läsare' })
    await notice.waitFor()
    expect(await notice.innerText()).toMatch(/inte ändra, publicera eller förhandsvisa utkast/)
    expect(await englishOn(viewer)).toEqual([])
    await viewer.context().close()
  })
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
