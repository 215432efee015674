import type { SanityClient } from '@sanity/client'

import { startTestLake, type TestLake } from '@somliga-tror/lake/testing'
import { SHORT_LINKS_TO_CHECK_QUERY, shortLinksToCheck } from '@/sanity/schemaTypes/rules/dataset'
import { at, validate } from '../helpers/schema'

/**
 * The validation rules that need the dataset (page slugs and short links share one address
 * space; short links must not loop), run by Sanity's own validation against a real lake.
 */

let lake: TestLake
let client: SanityClient

beforeAll(async () => {
  lake = await startTestLake()
  client = lake.client()
  await client
    .transaction()
    .create({
      _id: 'page-anhoriga',
      _type: 'page',
      title: 'För anhöriga',
      slug: { _type: 'slug', current: 'for-anhoriga' },
    })
    .create({ _id: 'drafts.page-ny', _type: 'page', title: 'Ny sida', slug: { _type: 'slug', current: 'ny-sida' } })
    .create({
      _id: 'short-affisch',
      _type: 'shortLink',
      path: '/affisch',
      destination: { type: 'path', path: '/hjalp' },
    })
    .create({ _id: 'short-buss', _type: 'shortLink', path: '/buss', destination: { type: 'path', path: '/tag' } })
    .create({ _id: 'short-x', _type: 'shortLink', path: '/x', destination: { type: 'path', path: '/y' } })
    .create({
      _id: 'drafts.short-x',
      _type: 'shortLink',
      path: '/x',
      destination: { type: 'page', page: { _type: 'reference', _ref: 'page-anhoriga' } },
    })
    .commit()
}, 30_000)

afterAll(() => lake?.stop())

const page = (id: string, slug: string) => ({
  _id: id,
  _type: 'page',
  title: 'Testsida',
  slug: { _type: 'slug', current: slug },
})
const shortLink = (id: string, path: string, destinationPath: string) => ({
  _id: id,
  _type: 'shortLink',
  path,
  destination: { type: 'path', path: destinationPath },
})

describe('page slug', () => {
  it('accepts a free address', async () => {
    expect(await validate(page('drafts.page-ledig', 'ledig-adress'), client)).toEqual([])
  })

  it('refuses an address another page has, and names that page', async () => {
    expect(at(await validate(page('drafts.page-kopia', 'for-anhoriga'), client), 'slug')).toEqual([
      {
        path: 'slug',
        level: 'error',
        message: 'Adressen /for-anhoriga används redan av kampanjsidan "För anhöriga". Välj en annan adress.',
      },
    ])
  })

  it('counts an unpublished draft of another page', async () => {
    expect(at(await validate(page('drafts.page-annan', 'ny-sida'), client), 'slug')).toMatchObject([
      { level: 'error', message: expect.stringMatching(/kampanjsidan "Ny sida"/) },
    ])
  })

  it('does not count the page being edited', async () => {
    expect(await validate(page('drafts.page-anhoriga', 'for-anhoriga'), client)).toEqual([])
  })

  it('refuses an address a short link has', async () => {
    expect(at(await validate(page('drafts.page-affisch', 'affisch'), client), 'slug')).toEqual([
      {
        path: 'slug',
        level: 'error',
        message: 'Adressen /affisch används redan av en kortlänk. Välj en annan adress eller ändra kortlänken.',
      },
    ])
  })
})

describe('short link', () => {
  it('accepts a free path that leads somewhere else', async () => {
    expect(await validate(shortLink('drafts.short-ny', '/qr/buss-1', '/hjalp/narstaende'), client)).toEqual([])
  })

  it('refuses a path another short link has', async () => {
    expect(at(await validate(shortLink('drafts.short-dubblett', '/affisch', '/hjalp'), client), 'path')).toEqual([
      { path: 'path', level: 'error', message: 'Det finns redan en kortlänk /affisch.' },
    ])
  })

  it('refuses the address of a page', async () => {
    expect(at(await validate(shortLink('drafts.short-sida', '/for-anhoriga', '/hjalp'), client), 'path')).toEqual([
      {
        path: 'path',
        level: 'error',
        message: '/for-anhoriga är adressen till kampanjsidan "För anhöriga". Välj en annan kortlänk.',
      },
    ])
  })

  it('does not count the short link being edited', async () => {
    expect(await validate(shortLink('drafts.short-affisch', '/affisch', '/hjalp/narstaende'), client)).toEqual([])
  })

  it('refuses a short link that leads to itself', async () => {
    expect(
      at(
        await validate(shortLink('drafts.short-sig-sjalv', '/sig-sjalv', '/sig-sjalv/?utm=qr'), client),
        'destination',
      ),
    ).toEqual([
      {
        path: 'destination',
        level: 'error',
        message: 'Kortlänken leder till sig själv. Välj en sida eller en annan adress.',
      },
    ])
  })

  it('refuses a loop through another short link, and shows the chain', async () => {
    expect(at(await validate(shortLink('drafts.short-tag', '/tag', '/buss'), client), 'destination')).toEqual([
      {
        path: 'destination',
        level: 'error',
        message:
          'Kortlänkarna leder runt i en slinga: /tag → /buss → /tag. Låt kortlänken leda till en sida eller en annan adress.',
      },
    ])
  })

  it('refuses a destination where no page is, so that a poster never leads to "Sidan finns inte"', async () => {
    expect(at(await validate(shortLink('drafts.short-vecka', '/vecka', '/vecka-48'), client), 'destination')).toEqual([
      {
        path: 'destination',
        level: 'error',
        message:
          'Det finns ingen sida på /vecka-48, så besökarna skulle mötas av "Sidan finns inte". Välj en kampanjsida i listan, eller rätta adressen.',
      },
    ])
  })

  it('refuses a page only a draft has until the page is published', async () => {
    expect(
      at(await validate(shortLink('drafts.short-ny', '/ny', '/ny-sida?utm_source=qr'), client), 'destination'),
    ).toEqual([
      {
        path: 'destination',
        level: 'error',
        message:
          'Sidan /ny-sida är inte publicerad än. Publicera sidan först och sedan kortlänken, annars möts besökarna av "Sidan finns inte".',
      },
    ])
  })

  it('accepts a published page, a help page and another published short link as its destination', async () => {
    for (const destination of ['/for-anhoriga', '/hjalp/narstaende', '/affisch']) {
      expect(await validate(shortLink('drafts.short-ok', '/ok', destination), client)).toEqual([])
    }
  })

  it('follows the draft of another short link, since that is what it is about to become', async () => {
    // Published, /x leads to /y; its draft leads to a page, so /y → /x is no loop once both are published.
    expect(await validate(shortLink('drafts.short-y', '/y', '/x'), client)).toEqual([])
  })
})

describe('short links to check', () => {
  const gone = {
    _id: 'short-borta',
    _type: 'shortLink',
    path: '/borta',
    destination: { type: 'page', page: { _type: 'reference', _ref: 'page-borta' } },
  }

  beforeAll(() => client.create(gone))
  afterAll(() => client.delete(gone._id))

  it('are the published ones whose page is gone or whose path leads nowhere, read from the lake', async () => {
    // /buss leads to /tag and /x to /y, where nothing is; /affisch leads to /hjalp. Drafts do not count.
    const ids = shortLinksToCheck(await client.fetch(SHORT_LINKS_TO_CHECK_QUERY, {}, { perspective: 'raw' }))
    expect(ids.sort()).toEqual(['short-borta', 'short-buss', 'short-x'])
  })
})
