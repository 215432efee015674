/**
 * Presentation's "used on" list for help links, on the seed in a real lake, against what the site
 * itself shows: each page listed must be a page whose own query returns the link, and no such page
 * may be missing.
 */
import type { SanityClient } from '@sanity/client'

import { PAGE_BY_SLUG_QUERY, START_PAGE_QUERY } from '@/lib/queries'
import { documentLocations, LOCATIONS_QUERY, type LocationsQueryResult } from '@/sanity/presentation/locations'
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
