/**
 * The Studio's "Behöver kontrolleras" lists, as their GROQ filters run in a real lake: help links
 * whose check is missing or older than the settings' period, or with a web address that failed the
 * link check.
 */
import { startTestLake, type TestLake } from '@somliga-tror/lake/testing'

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
