/**
 * The Studio's "Behöver kontrolleras" lists, as their GROQ filters run in a real lake: help links
 * whose check is missing or older than the settings' period, or with a web address that failed the
 * link check; and campaign pages nobody has reviewed against the law, reviewed before the law's
 * text last changed, or longer ago than the settings' period.
 */
import { startTestLake, type TestLake } from '@somliga-tror/lake/testing'

import {
  LEGAL_REVIEW_SETTINGS_QUERY,
  legalReviewParams,
  PAGES_TO_REVIEW_FILTER,
} from '@/sanity/schemaTypes/rules/legal-review'
import {
  CHECK_PERIODS_QUERY,
  checkPeriods,
  HELP_LINKS_TO_CHECK_FILTER,
  staleBefore,
} from '@/sanity/schemaTypes/rules/verification'

jest.setTimeout(30_000)

let lake: TestLake

beforeAll(async () => {
  lake = await startTestLake()
})

afterAll(async () => {
  await lake?.stop()
})

const today = new Date('2026-12-03T09:00:00Z')
const linkCheck = (broken: boolean) => ({
  _type: 'linkCheck',
  checkedAt: '2026-12-02T03:15:00Z',
  broken,
  addresses: [],
})
const helpLink = (id: string, checkedAt: string | undefined, broken?: boolean) => ({
  _id: id,
  _type: 'helpLink',
  name: id,
  ...(checkedAt ? { verification: { checkedAt, checkedBy: 'Anna Andersson' } } : {}),
  ...(broken === undefined ? {} : { linkCheck: linkCheck(broken) }),
})

async function helpLinksToCheck(): Promise<string[]> {
  const { helpLinkMonths } = checkPeriods(await lake.client().fetch(CHECK_PERIODS_QUERY, {}, { perspective: 'raw' }))
  return lake.client().fetch<string[]>(`*[${HELP_LINKS_TO_CHECK_FILTER}]._id | order(@ asc)`, {
    staleBefore: staleBefore(today, helpLinkMonths),
  })
}

describe('Behöver kontrolleras, for help links', () => {
  beforeAll(async () => {
    await lake
      .client()
      .transaction()
      .create(helpLink('hl-fresh', '2026-11-01', false))
      .create(helpLink('hl-unchecked', undefined))
      .create(helpLink('hl-eight-months', '2026-04-01', false))
      .create(helpLink('hl-broken', '2026-11-01', true))
      .commit()
  })

  it('lists unchecked links, checks older than six months and broken addresses by default', async () => {
    expect(await helpLinksToCheck()).toEqual(['hl-broken', 'hl-eight-months', 'hl-unchecked'])
  })

  it('follows the period in the settings, the draft of the settings first', async () => {
    await lake.client().create({ _id: 'settings', _type: 'settings', checkPeriods: { helpLinkMonths: 12 } })
    expect(await helpLinksToCheck()).toEqual(['hl-broken', 'hl-unchecked'])

    await lake.client().create({ _id: 'drafts.settings', _type: 'settings', checkPeriods: { helpLinkMonths: 1 } })
    expect(await helpLinksToCheck()).toEqual(['hl-broken', 'hl-eight-months', 'hl-fresh', 'hl-unchecked'])
  })
})

describe('Behöver granskas mot lagen, for campaign pages', () => {
  const page = (id: string, reviewedAt?: string) => ({
    _id: id,
    _type: 'page',
    title: id,
    ...(reviewedAt ? { legalReview: { reviewedAt, reviewedBy: 'Anna Andersson, jurist' } } : {}),
  })

  async function pagesToReview(): Promise<string[]> {
    const settings = await lake.client().fetch(LEGAL_REVIEW_SETTINGS_QUERY, {}, { perspective: 'raw' })
    return lake
      .client()
      .fetch<string[]>(`*[${PAGES_TO_REVIEW_FILTER}]._id | order(@ asc)`, legalReviewParams(settings, today))
  }

  beforeAll(async () => {
    await lake.client().delete('drafts.settings')
    await lake.client().createOrReplace({ _id: 'settings', _type: 'settings' })
    await lake
      .client()
      .transaction()
      .create(page('page-unreviewed'))
      .create(page('page-recent', '2026-09-01'))
      .create(page('page-before-change', '2025-06-01'))
      .create(page('page-two-years', '2024-10-01'))
      .commit()
  })

  it('lists pages never reviewed, and reviews older than twelve months by default', async () => {
    expect(await pagesToReview()).toEqual(['page-before-change', 'page-two-years', 'page-unreviewed'])
  })

  it('lists pages reviewed before the law last changed, whatever the period', async () => {
    await lake.client().createOrReplace({ _id: 'settings', _type: 'settings', checkPeriods: { legalReviewMonths: 36 } })
    expect(await pagesToReview()).toEqual(['page-unreviewed'])

    await lake.client().createOrReplace({
      _id: 'settings',
      _type: 'settings',
      checkPeriods: { legalReviewMonths: 36 },
      law: { title: 'Brottsbalken 6 kap. 11 §', changedAt: '2025-07-01' },
    })
    expect(await pagesToReview()).toEqual(['page-before-change', 'page-two-years', 'page-unreviewed'])

    // A change to the law after the latest review sends every page back.
    await lake.client().create({ _id: 'drafts.settings', _type: 'settings', law: { changedAt: '2026-10-01' } })
    expect(await pagesToReview()).toEqual(['page-before-change', 'page-recent', 'page-two-years', 'page-unreviewed'])
  })
})
