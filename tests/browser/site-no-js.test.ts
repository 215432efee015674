/**
 * With JavaScript off the site is complete: every campaign page shows all its content, the help
 * page shows every help service with its name, description and ways to reach it, the audience
 * filter works by plain links, and the quick-exit link still leads away.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core'

import { launchBrowser, newContext } from '../helpers/browser'
import { browserRun, lakeClient } from '../helpers/browser-env'
import { linksForAudience, publishedHelpLinks, type HelpLinkContent } from '../helpers/help-links'
import { audiencePages, HELP_PATH } from '../helpers/sitemap'

const { siteUrl } = browserRun()
const reader = lakeClient('read')

let browser: Browser
let context: BrowserContext
let page: Page
let helpLinks: HelpLinkContent[]

beforeAll(async () => {
  browser = await launchBrowser()
  context = await newContext(browser, { javaScriptEnabled: false })
  page = await context.newPage()
  helpLinks = await publishedHelpLinks(reader)
})

afterAll(async () => {
  await browser?.close()
})

const squash = (text: string) => text.replace(/\s+/g, ' ').trim()
const url = (path: string) => new URL(path, siteUrl).toString()

async function mainText(): Promise<string> {
  return squash((await page.locator('main').textContent()) ?? '')
}

type Block = { _type: string; children?: { text?: string }[] }
type Section = Record<string, unknown> & { _type: string }

/** The plain text of each rich-text block. */
function blockTexts(blocks: unknown): string[] {
  return ((blocks as Block[] | null) ?? [])
    .filter((block) => block._type === 'block')
    .map((block) => (block.children ?? []).map((span) => span.text ?? '').join(''))
}

/** Every text of a section that a visitor must be able to read. */
function sectionTexts(section: Section, linkNames: Map<string, string>): unknown[] {
  const items = (section.items as Section[] | null) ?? []
  switch (section._type) {
    case 'beliefSection':
      return [section.belief, section.answer]
    case 'textSection':
      return [section.heading, ...blockTexts(section.body)]
    case 'faqSection':
      return [section.heading, ...items.flatMap((item) => [item.question, ...blockTexts(item.answer)])]
    case 'callToActionSection':
      return [section.heading, section.text, (section.link as { label?: string } | null)?.label]
    case 'downloadsSection':
      return [section.heading, section.intro, ...items.flatMap((item) => [item.title, item.description])]
    case 'campaignMaterialSection':
      return [
        section.heading,
        section.intro,
        ...((section.materials as Section[] | null) ?? []).flatMap((material) => [
          material.title,
          material.belief,
          material.answer,
        ]),
      ]
    case 'helpLinksSection':
      return [
        section.heading,
        section.intro,
        ...((section.linkIds as string[] | null) ?? []).map((id) => linkNames.get(id)),
      ]
    default:
      throw new Error(`The test does not know the section type ${section._type}`)
  }
}

it('shows every campaign page with all its content', async () => {
  const pages = await reader.fetch<
    {
      path: string
      title: string
      lead: string | null
      hero: Record<string, unknown> | null
      sections: Section[] | null
    }[]
  >(
    `*[_type == "page" && defined(slug.current)]{
      "path": select(_id == *[_id == "settings"][0].startPage._ref => "/", "/" + slug.current),
      title, lead, hero,
      "sections": sections[]{
        ...,
        _type == "helpLinksSection" => {"linkIds": select(
          mode == "audience" => *[_type == "helpLink" && (^.audience in audiences || "everyone" in audiences)]._id,
          links[]._ref
        )},
        _type == "campaignMaterialSection" => {
          "materials": *[_type == "campaignMaterial" && defined(slug.current)]{title, belief, answer}
        }
      }
    }`,
  )
  const linkNames = new Map(helpLinks.map((link) => [link._id, link.name]))
  expect(pages.length).toBeGreaterThan(0)
  const missing: { path: string; texts: string[] }[] = []
  for (const content of pages) {
    const texts = [
      content.title,
      content.lead,
      content.hero?.heading,
      content.hero?.text,
      ...(content.sections ?? []).flatMap((section) => sectionTexts(section, linkNames)),
    ]
      .filter((text): text is string => typeof text === 'string' && text.trim() !== '')
      .map(squash)
    const response = await page.goto(url(content.path))
    expect(response?.status()).toBe(200)
    const shown = await mainText()
    const absent = texts.filter((text) => !shown.includes(text))
    if (absent.length > 0) missing.push({ path: content.path, texts: absent })
  }
  expect(missing).toEqual([])
})

/** What the help page shows of one help service, found by its heading. */
async function shownHelpLink(name: string) {
  const card = page.locator('main li').filter({ has: page.getByRole('heading', { name, exact: true }) })
  if ((await card.count()) !== 1) return null
  return {
    text: squash((await card.textContent()) ?? ''),
    hrefs: await card.locator('a[href]').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href)),
  }
}

it('lists every help service with its name, description and ways to reach it', async () => {
  expect(helpLinks.length).toBeGreaterThan(0)
  await page.goto(url(HELP_PATH))
  const problems: string[] = []
  for (const link of helpLinks) {
    const shown = await shownHelpLink(link.name)
    if (!shown) {
      problems.push(`${link.name}: not listed once under its name`)
      continue
    }
    if (!shown.text.includes(squash(link.description))) problems.push(`${link.name}: description missing`)
    for (const channel of link.channels) {
      if (channel._type === 'webChannel' && channel.url && !shown.hrefs.includes(new URL(channel.url).href)) {
        problems.push(`${link.name}: no link to ${channel.url}`)
      }
      if (channel._type === 'emailChannel' && channel.address && !shown.hrefs.includes(`mailto:${channel.address}`)) {
        problems.push(`${link.name}: no mailto link to ${channel.address}`)
      }
      if (channel._type === 'visitChannel' && channel.address && !shown.text.includes(squash(channel.address))) {
        problems.push(`${link.name}: visiting address missing`)
      }
      if (channel._type === 'phoneChannel' && channel.number) {
        const tel = `tel:${channel.number.replace(/[^\d+]/g, '')}`
        const isShown = shown.text.includes(channel.number) && shown.hrefs.includes(tel)
        // A number nobody has checked must not be shown: a wrong number is worse than none.
        if (link.checkedAt && !isShown) problems.push(`${link.name}: checked number ${channel.number} missing`)
        if (!link.checkedAt && shown.text.includes(channel.number))
          problems.push(`${link.name}: unchecked number ${channel.number} shown`)
      }
    }
  }
  expect(problems).toEqual([])
})

it('narrows the help page to each audience by plain links, and back to all', async () => {
  await page.goto(url(HELP_PATH))
  const filter = page.getByRole('navigation', { name: 'Visa stöd för' })
  const listedNames = async () => (await page.locator('main').getByRole('heading', { level: 2 }).allInnerTexts()).sort()

  for (const { path, audience, audienceTitle } of audiencePages()) {
    await filter.getByRole('link', { name: audienceTitle, exact: true }).click()
    await page.waitForURL(url(path))
    expect({ path, names: await listedNames() }).toEqual({
      path,
      names: linksForAudience(helpLinks, audience)
        .map((link) => link.name)
        .sort(),
    })
    expect(await filter.locator(`a[href="${path}"]`).getAttribute('aria-current')).toBe('page')
  }

  await filter.getByRole('link', { name: 'Alla', exact: true }).click()
  await page.waitForURL(url(HELP_PATH))
  expect(await listedNames()).toEqual(helpLinks.map((link) => link.name).sort())
})

it('leaves for the neutral site by the quick-exit link', async () => {
  const { quickExit } = await reader.fetch<{ quickExit: { url: string; label: string } }>(
    `*[_id == "settings"][0]{quickExit}`,
  )
  // The neutral site is answered here, so nothing leaves the machine.
  await page.route(`${new URL(quickExit.url).origin}/**`, (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/html',
      body: '<!doctype html><title>Neutral</title><p>Neutral sida</p>',
    }),
  )
  try {
    await page.goto(url('/'))
    await page.getByRole('complementary', { name: 'Snabb utgång' }).getByRole('link', { name: quickExit.label }).click()
    await page.waitForURL(new URL(quickExit.url).href)
    expect(await page.title()).toBe('Neutral')
  } finally {
    await page.unrouteAll()
  }
})
