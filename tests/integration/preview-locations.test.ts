/**
 * Presentation's "used on" list for help links, on the seed in a real lake, against what the site
 * itself shows: each page listed must be a page whose own query returns the link, and no such page
 * may be missing.
 */
import type { MutationEvent, SanityClient } from '@sanity/client'
import { filter, firstValueFrom, share, timeout } from 'rxjs'

import { PAGE_BY_SLUG_QUERY, START_PAGE_QUERY } from '@/lib/queries'
import {
  documentLocations,
  LOCATIONS_LISTEN_QUERY,
  LOCATIONS_QUERY,
  type LocationsQueryResult,
} from '@/sanity/presentation/locations'
import { startTestLake, type TestLake } from '@somliga-tror/lake/testing'

let lake: TestLake
let viewer: SanityClient

beforeAll(async () => {
  lake = await startTestLake({ seed: 'sanity/seed/production.ndjson' })
  viewer = lake.client({ token: 'read', perspective: 'published' })
})

afterAll(async () => {
  await lake?.stop()
})

type Section = { _type: string; links?: { _id: string }[] | null }

/** Every campaign page's address and the ids of the help links the site shows on it. */
async function helpLinksPerPage(): Promise<Map<string, Set<string>>> {
  const slugs = await viewer.fetch<{ _id: string; slug: string; language: string }[]>(
    '*[_type == "page" && defined(slug.current)]{_id, "slug": slug.current, "language": coalesce(language, "sv")}',
  )
  const startPageId = await viewer.fetch<string>('*[_id == "settings"][0].startPage._ref')
  const shown = new Map<string, Set<string>>()
  for (const { _id, slug, language } of slugs) {
    const page = await viewer.fetch<{ sections?: Section[] | null }>(
      _id === startPageId ? START_PAGE_QUERY : PAGE_BY_SLUG_QUERY,
      { slug, language },
    )
    const ids = (page.sections ?? []).flatMap((section) =>
      section._type === 'helpLinksSection' ? (section.links ?? []).map((link) => link._id) : [],
    )
    shown.set(_id === startPageId ? '/' : `/${slug}`, new Set(ids))
  }
  return shown
}

it('lists, for every help link, exactly the campaign pages that show it, plus the help pages', async () => {
  const shown = await helpLinksPerPage()
  const helpLinkIds = await viewer.fetch<string[]>('*[_type == "helpLink"]._id')
  expect(helpLinkIds.length).toBeGreaterThan(3)
  let listedSomewhere = 0
  for (const id of helpLinkIds) {
    const data = await viewer.fetch<LocationsQueryResult>(LOCATIONS_QUERY, { id })
    const hrefs = documentLocations(id, 'helpLink', data)?.locations?.map((location) => location.href) ?? []
    const expected = [...shown].filter(([, ids]) => ids.has(id)).map(([href]) => href)
    expect({ id, pages: hrefs.filter((href) => !href.startsWith('/hjalp')).sort() }).toEqual({
      id,
      pages: expected.sort(),
    })
    expect(hrefs).toContain('/hjalp')
    if (expected.length > 0) listedSomewhere++
  }
  // The seed lists links on campaign pages both by hand and by audience.
  expect(listedSomewhere).toBeGreaterThan(0)
})

it('hears a new page get its address, so the "no address yet" notice gives way to the page', async () => {
  const editor = lake.client({ perspective: 'drafts' })
  const id = `page-ny-${process.pid}`
  await editor.create({ _id: `drafts.${id}`, _type: 'page', title: 'Ny sida' })
  try {
    const before = await editor.fetch<LocationsQueryResult>(LOCATIONS_QUERY, { id })
    expect(documentLocations(id, 'page', before)).toEqual({
      message: 'Sidan får en adress när fältet Adress är ifyllt.',
      tone: 'caution',
    })

    // The Studio fetches again only when its listener reports a change (as Sanity's listenQuery
    // listens): the draft's new address must be one. The timeout bounds waiting for an event that
    // may never come; it is not a speed assertion.
    const events = editor
      .listen(
        LOCATIONS_LISTEN_QUERY,
        { id },
        {
          events: ['welcome', 'mutation'],
          includeResult: false,
          includeAllVersions: true,
          visibility: 'query',
        },
      )
      .pipe(share())
    const heard = firstValueFrom(
      events.pipe(
        filter((event): event is MutationEvent => event.type === 'mutation'),
        timeout(10_000),
      ),
    )
    await firstValueFrom(events.pipe(filter((event) => event.type === 'welcome')))
    await editor
      .patch(`drafts.${id}`)
      .set({ slug: { _type: 'slug', current: `ny-sida-${process.pid}` } })
      .commit()
    expect((await heard).documentId).toBe(`drafts.${id}`)

    const after = await editor.fetch<LocationsQueryResult>(LOCATIONS_QUERY, { id })
    expect(documentLocations(id, 'page', after)).toEqual({
      locations: [{ title: 'Ny sida', href: `/ny-sida-${process.pid}` }],
    })
  } finally {
    await editor.delete(`drafts.${id}`)
  }
})
