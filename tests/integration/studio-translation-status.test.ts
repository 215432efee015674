/** The page badge's translation status (sanity/languages/status.ts), read from the seed on a real lake. */
import type { SanityClient } from '@sanity/client'

import { startTestLake, type TestLake } from '@somliga-tror/lake/testing'
import { TRANSLATION_STATUS_QUERY, translationStatus } from '@/sanity/languages/status'
import { eventually } from '../helpers/eventually'

let lake: TestLake
let editor: SanityClient

beforeAll(async () => {
  lake = await startTestLake({ seed: 'sanity/seed/production.ndjson' })
  editor = lake.client()
})

afterAll(async () => {
  await lake?.stop()
})

const statusOf = async (id: string) => translationStatus(await editor.fetch(TRANSLATION_STATUS_QUERY, { id }))

it('shows a translated page as translated, and an untranslated one with the languages it lacks', async () => {
  expect(await statusOf('page-darfor-ar-det-ett-brott')).toMatchObject({ color: 'success' })
  expect(await statusOf('page-for-dig-som-vill-sluta')).toMatchObject({
    title: 'Saknas: Lättläst svenska, Engelska',
    color: 'warning',
  })
})

it('marks a translation older than the Swedish original once the original changes', async () => {
  // Times are stored to the second: the seed and an edit right after it can share one.
  let edits = 0
  await eventually(
    async () => {
      edits += 1
      await editor
        .patch('page-darfor-ar-det-ett-brott')
        .set({ lead: `En ny ingress (${edits}).` })
        .commit()
      return (await statusOf('page-en-law'))?.label === 'Äldre än originalet'
    },
    { describe: () => 'the English page is not shown as older than the edited Swedish one' },
  )
  expect(await statusOf('page-darfor-ar-det-ett-brott')).toMatchObject({
    title: 'Äldre än originalet: Lättläst svenska, Engelska',
  })
})
