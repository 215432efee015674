/**
 * /.well-known/security.txt (RFC 9116) as the settings make it: absent until they name a contact
 * and an expiry date (the seed has none: who receives reports is decided before launch), then a
 * plain-text file that a publish keeps current. The test puts the settings back as they were.
 */
import { browserRun, lakeClient } from '../helpers/browser-env'
import { eventually } from '../helpers/eventually'

const { siteUrl } = browserRun()
const editor = lakeClient('write')
const ADDRESS = new URL('/.well-known/security.txt', siteUrl)
const PUBLISH_DEADLINE_MS = 60_000

async function securityTxt() {
  const response = await fetch(ADDRESS)
  return { status: response.status, type: response.headers.get('content-type'), text: await response.text() }
}

function untilStatus(status: number) {
  return eventually(async () => (await securityTxt()).status === status, {
    timeoutMs: PUBLISH_DEADLINE_MS,
    describe: async () => `${ADDRESS.pathname} still answers ${(await securityTxt()).status}`,
  })
}

it('answers 404 while the settings name no contact', async () => {
  expect(await editor.fetch('*[_id == "settings"][0].securityTxt')).toBeNull()
  expect((await securityTxt()).status).toBe(404)
})

it(
  'lists the contact, expiry and policy set in the settings once they are published',
  async () => {
    const expires = new Date(Date.now() + 200 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10)
    await editor
      .patch('settings')
      .set({
        securityTxt: {
          contactEmail: 'it-sakerhet@example.se',
          policyUrl: 'https://example.se/sakerhet',
          expires,
        },
      })
      .commit()
    try {
      await untilStatus(200)
      expect(await securityTxt()).toEqual({
        status: 200,
        type: 'text/plain; charset=utf-8',
        text: [
          'Contact: mailto:it-sakerhet@example.se',
          `Expires: ${expires}T23:59:59.000Z`,
          'Policy: https://example.se/sakerhet',
          'Preferred-Languages: sv, en',
          `Canonical: ${ADDRESS.href}`,
          '',
        ].join('\n'),
      })
    } finally {
      await editor.patch('settings').unset(['securityTxt']).commit()
      await untilStatus(404)
    }
  },
  3 * PUBLISH_DEADLINE_MS,
)
