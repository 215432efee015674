/**
 * The real Studio (the site's production build at /studio) in Chromium against the run's lake: an
 * editor signs in through the lake's login page, creates a campaign page, edits, publishes,
 * discards a draft, unpublishes, restores an earlier revision from the history panel, and finds it
 * all as left after the lake restarts; a viewer is refused publishing by the Studio and the lake,
 * and the editor sees the viewer's presence. Throughout, the lake answers nothing with a 4xx or 5xx
 * and the Studio logs no console error but those about Sanity's own hosts, which the site's
 * Content Security Policy blocks on purpose, and the site's own missing files (its tests' concern).
 */
import type { Browser, BrowserContext, Page } from 'playwright-core'

import { launchBrowser, newContext } from '../helpers/browser'
import { browserRun, lakeClient, startLake, stopLake } from '../helpers/browser-env'
import { eventually } from '../helpers/eventually'
import { pathsShowing } from '../helpers/sitemap'

const { siteUrl, lake } = browserRun()
const editorClient = lakeClient('write')
const title = `Webbläsartest ${Date.now().toString(36)}`
const changedTitle = `${title} ändrad`

let browser: Browser
let editor: BrowserContext
let page: Page
let documentId: string
/** Refused answers of the lake and console errors of the Studio: there must be none. */
const problems: string[] = []
/** Pages whose document is being replaced (see `visit`). */
const unloading = new Set<Page>()
/** Requests to Sanity's servers (version check, feedback, fonts), blocked by the site's CSP. */
const BLOCKED_SANITY_HOST = /sanity-cdn\.com|api\.sanity\.io|design-system-static\.sanity\.io/
/** What the Studio logs when the version check to sanity-cdn.com is blocked; it names no host. */
const BLOCKED_VERSION_CHECK = /^Failed to fetch version for package/
/**
 * The Studio's own race when a page unloads: its Bifur client closes the socket on `beforeunload`,
 * then the presence store sends its goodbye on the closing socket. Hosted Sanity gets the same.
 */
const UNLOAD_RACE = 'WebSocket is already in CLOSING or CLOSED state.'

beforeAll(async () => {
  browser = await launchBrowser()
  editor = await newContext(browser)
  page = await editor.newPage()
  watch(page)
})

afterAll(async () => {
  await browser?.close()
  // Other browser tests share the lake: leave it as the seed made it.
  if (documentId) {
    await editorClient.delete({ query: '*[_id in $ids]', params: { ids: [documentId, `drafts.${documentId}`] } })
    await eventually(async () => (await pathsShowing(siteUrl, title)).length === 0, {
      describe: async () => `"${title}" is still on ${(await pathsShowing(siteUrl, title)).join(', ')}`,
    })
  }
})

afterEach(() => {
  expect(problems.splice(0)).toEqual([])
})

function watch(target: Page) {
  const lakePort = new URL(lake.httpsUrl).port
  target.on('response', (response) => {
    const url = new URL(response.url())
    if (url.port === lakePort && response.status() >= 400) problems.push(`${response.status()} ${url.pathname}`)
  })
  target.on('console', (message) => {
    if (message.type() !== 'error') return
    const text = message.text()
    if (BLOCKED_SANITY_HOST.test(text) || BLOCKED_VERSION_CHECK.test(text)) return
    if (text === UNLOAD_RACE && unloading.has(target)) return
    if (text.startsWith('Failed to load resource') && message.location().url.startsWith(siteUrl)) return
    problems.push(`console: ${text} (${message.location().url})`)
  })
  target.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
}

/** Loads another document into the page (`goto`, `reload`), telling `watch` that the old one unloads. */
async function visit(target: Page, load: () => Promise<unknown>) {
  unloading.add(target)
  try {
    await load()
  } finally {
    unloading.delete(target)
  }
}

async function signIn(target: Page, user: 'Redaktör' | 'Läsare') {
  await visit(target, () => target.goto(`${siteUrl}/studio`))
  // With one provider the Studio goes straight to it: the lake's own login page.
  await target.getByRole('radio', { name: new RegExp(user) }).check()
  await target.getByRole('button', { name: 'Logga in' }).click()
  await target.getByRole('button', { name: 'Öppna sökning' }).waitFor()
}

/** Polls the lake until `check` holds: what the Studio shows must also be what the lake has. */
async function inLake(check: () => Promise<boolean>, what: string) {
  const deadline = Date.now() + 30_000
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`The lake never got to: ${what}`)
    await new Promise((wait) => setTimeout(wait, 200))
  }
}

const published = () => editorClient.getDocument(documentId)
const draft = () => editorClient.getDocument(`drafts.${documentId}`)

const titleField = () => page.getByLabel('Rubrik').first()
const leadField = () => page.getByLabel('Ingress')
const chip = (name: 'Publicerad' | 'Utkast') => page.getByRole('button', { name, exact: true })

/** The Studio has no edit waiting to be saved (no endless "Sparar…"). */
async function settled() {
  await page.getByText('Sparar', { exact: false }).waitFor({ state: 'hidden' })
}

/**
 * Publishes the open document. A click right after an edit can meet validation results of the
 * value before it (the Studio then says "Valideringsfel" and publishes nothing); an editor would
 * click again, and so does this.
 */
async function publish() {
  for (let attempt = 1; attempt <= 3; attempt++) {
    await page.getByRole('button', { name: 'Publicera', exact: true }).click()
    // Hidden tooltips say "valideringsfel" too, so only what the editor can see counts.
    const done = page.getByText('Dokumentet publicerades').filter({ visible: true })
    const invalid = page.getByText('Valideringsfel').filter({ visible: true })
    await done.or(invalid).first().waitFor()
    if ((await done.count()) > 0) return
    await invalid.first().waitFor({ state: 'hidden' })
  }
  throw new Error('The Studio would not publish the document')
}

async function openHistory() {
  await page.getByTestId('pane-footer-document-status').click()
  await page.getByRole('tab', { name: 'Historik' }).click()
}

/** An entry of the history panel's timeline, e.g. "Publicerad" or "Utkast kasserat". */
const historyEntry = (name: string) =>
  page.getByTestId('timeline-item-button').filter({ has: page.getByText(name, { exact: true }) })

describe('the Studio against the lake', () => {
  it('lets the editor create a campaign page and publish it', async () => {
    await signIn(page, 'Redaktör')
    await visit(page, () => page.goto(`${siteUrl}/studio/intent/create/template=page;type=page/`))
    await titleField().fill(title)
    await page.getByRole('button', { name: 'Generera' }).click()
    documentId = /\/page;([^,%?/]+)/.exec(page.url())?.[1] ?? ''
    expect(documentId).not.toBe('')
    await inLake(async () => (await draft())?.slug?.current !== undefined, 'the draft has the generated address')
    await settled()

    await publish()
    await inLake(async () => (await draft()) === undefined, 'the draft became the published document')
    expect(await published()).toMatchObject({ _type: 'page', title })
    // The page appears in the Studio's list of campaign pages.
    await visit(page, () => page.goto(`${siteUrl}/studio/structure/page`))
    await page.getByText(title).first().waitFor()
  })

  it('saves an edit as a draft and discards it', async () => {
    await visit(page, () => page.goto(`${siteUrl}/studio/structure/page;${documentId}`))
    await leadField().fill('Ett utkast som ska kastas')
    await inLake(async () => (await draft())?.lead === 'Ett utkast som ska kastas', 'the edit is saved as a draft')
    await settled()

    await page.getByRole('button', { name: 'Öppna dokumentåtgärder' }).click()
    await page.getByRole('menuitem', { name: 'Kassera ändringar' }).click()
    await page.getByRole('dialog').getByRole('button', { name: 'Kassera ändringar' }).click()
    await inLake(async () => (await draft()) === undefined, 'the draft is discarded')
    expect((await published())?.lead).toBeUndefined()
    await page.getByText('Alla ändringar sedan senaste publiceringen har nu kasserats', { exact: false }).waitFor()
  })

  it('unpublishes the page, keeping it as a draft', async () => {
    await chip('Publicerad').click()
    await page.getByRole('button', { name: 'Avpublicera' }).click()
    await page.getByRole('dialog').getByRole('button', { name: 'Avpublicera nu' }).click()
    await inLake(async () => (await published()) === undefined, 'the published document is gone')
    expect(await draft()).toMatchObject({ title })
    await page.getByText('Dokumentet avpublicerades', { exact: false }).waitFor()
    await chip('Utkast').click()
  })

  it('shows earlier revisions in the history panel and restores one', async () => {
    await titleField().fill(changedTitle)
    await inLake(async () => (await draft())?.title === changedTitle, 'the new title is saved')
    await settled()

    await openHistory()
    for (const event of ['Opublicerad', 'Utkast kasserat', 'Publicerad', 'Utkast skapat']) {
      await historyEntry(event).first().waitFor()
    }
    // The revision that was published, with the first title.
    await historyEntry('Publicerad').click()
    await page.getByRole('button', { name: 'Återställ' }).click()
    await page.getByRole('button', { name: 'Bekräfta' }).click()
    await inLake(async () => (await draft())?.title === title, 'the draft has the restored title')

    await visit(page, () => page.goto(`${siteUrl}/studio/structure/page;${documentId}`))
    expect(await titleField().inputValue()).toBe(title)
    await publish()
    await inLake(async () => (await published())?.title === title, 'the restored page is published')
  })

  it('finds everything as it was left after the lake restarts', async () => {
    const before = { published: await published(), draft: await draft() }
    await stopLake()
    await startLake()
    expect({ published: await published(), draft: await draft() }).toEqual(before)

    // The Studio reports the lake's absence while it is stopped; from the reload on, it must not.
    await visit(page, () => page.reload())
    problems.splice(0)
    await titleField().waitFor()
    expect(await titleField().inputValue()).toBe(title)
    await openHistory()
    for (const event of ['Publicerad', 'Opublicerad', 'Utkast kasserat']) {
      await historyEntry(event).first().waitFor()
    }
    // Editing still works against the restarted lake.
    await leadField().fill('Skriven efter omstarten')
    await inLake(async () => (await draft())?.lead === 'Skriven efter omstarten', 'the edit after the restart is saved')
    await settled()
  })

  it('shows a viewer the draft but refuses publishing it, and the editor sees the viewer there', async () => {
    const viewer = await newContext(browser)
    const viewerPage = await viewer.newPage()
    watch(viewerPage)
    await signIn(viewerPage, 'Läsare')
    await visit(viewerPage, () => viewerPage.goto(`${siteUrl}/studio/structure/page;${documentId}`))
    await viewerPage.getByText('Skriven efter omstarten').first().waitFor()
    const publishButton = viewerPage.getByRole('button', { name: 'Publicera', exact: true })
    await publishButton.waitFor()
    expect(await publishButton.isDisabled()).toBe(true)

    // The lake refuses the viewer's session itself, whatever a client shows.
    const stored = await viewerPage.evaluate(() => localStorage.getItem('__studio_auth_token_local'))
    const viewerToken: unknown = JSON.parse(stored ?? '{}').token
    expect(typeof viewerToken).toBe('string')
    const viewerClient = lakeClient(viewerToken as string)
    const publishing = viewerClient.action({
      actionType: 'sanity.action.document.publish',
      draftId: `drafts.${documentId}`,
      publishedId: documentId,
    })
    await expect(publishing).rejects.toMatchObject({ statusCode: 403 })
    expect(await draft()).toMatchObject({ lead: 'Skriven efter omstarten' })

    // Presence over the lake's socket: the editor, on the same document, sees the viewer there
    // (the viewer has written nothing, so no other avatar of theirs exists), until the viewer leaves.
    const viewerAvatar = page.locator('[data-ui="Avatar"][aria-label="Läsare"]').first()
    await viewerAvatar.waitFor()
    await viewer.close()
    await viewerAvatar.waitFor({ state: 'detached' })
  })
})
