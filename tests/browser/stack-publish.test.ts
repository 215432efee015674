/**
 * One publish reaches every instance: the lake's webhook arrives, through the edge, at one instance;
 * the tag expiry reaches the other through Redis, and the edge drops its copies. Checked through
 * the edge and on each instance addressed directly. Deadlines bound the wait, they measure nothing
 * (bench/site-edge.ts does).
 */
import { ACCESSIBILITY_PATH } from '@/lib/content/languages'

import { lakeClient } from '../helpers/browser-env'
import { eventually } from '../helpers/eventually'
import { publishedHelpLinks } from '../helpers/help-links'
import { escapeHtml, pageAt, stack } from '../helpers/stack'

const editor = lakeClient('write')
const PUBLISH_DEADLINE_MS = 60_000

/** The edge and every instance. */
const everyWay = () => [stack().edgeUrl, ...stack().instances.map((instance) => instance.url)]

function untilEveryWay(check: (base: string) => Promise<boolean>, describe: string) {
  return eventually(async () => (await Promise.all(everyWay().map(check))).every(Boolean), {
    timeoutMs: PUBLISH_DEADLINE_MS,
    describe: async () => {
      const behind = []
      for (const base of everyWay()) if (!(await check(base))) behind.push(base)
      return `${describe}: not yet at ${behind.join(', ')}`
    },
  })
}

it(
  'shows a help link published once through the edge and on each instance',
  async () => {
    const [link] = await publishedHelpLinks(editor)
    const marker = `Publicerad en gång ${Date.now()}`
    const shows = (text: string) => async (base: string) => {
      const { status, html } = await pageAt(base, '/hjalp')
      return status === 200 && html.includes(escapeHtml(text))
    }
    try {
      await editor
        .patch(link._id)
        .set({ description: `${link.description} ${marker}` })
        .commit()
      await untilEveryWay(shows(marker), `/hjalp does not show "${marker}"`)
    } finally {
      await editor.patch(link._id).set({ description: link.description }).commit()
      await untilEveryWay(async (base) => !(await shows(marker)(base)), `/hjalp still shows "${marker}"`)
    }
  },
  4 * PUBLISH_DEADLINE_MS,
)

it(
  'answers a new short link on every instance, whichever got the webhook',
  async () => {
    const stamp = Date.now()
    const id = `shortLink-stack-test-${stamp}`
    const path = `/stacktest${stamp}`
    const redirects = (base: string) => async () => {
      const { status, headers } = await pageAt(base, path)
      return status === 307 && headers.get('location') === '/hjalp'
    }
    try {
      await editor.create({ _id: id, _type: 'shortLink', path, destination: { type: 'path', path: '/hjalp' } })
      await untilEveryWay((base) => redirects(base)(), `${path} does not redirect`)
    } finally {
      await editor.delete(id)
      await untilEveryWay(async (base) => (await pageAt(base, path)).status === 404, `${path} still answers`)
    }
  },
  4 * PUBLISH_DEADLINE_MS,
)

it.each([
  ['no compression', ''],
  ['gzip', 'gzip'],
  ['brotli', 'br'],
])('drops the copy the edge keeps with %s when the page is purged as the webhook route does', async (_, encoding) => {
  // The purge request names the page as lib/edge.ts does: its path, and the encoding in Accept-Encoding.
  const path = ACCESSIBILITY_PATH
  const headers = { 'Accept-Encoding': encoding }
  await eventually(async () => (await pageAt(stack().edgeUrl, path, headers)).edgeCache === 'HIT', {
    timeoutMs: PUBLISH_DEADLINE_MS,
    describe: async () => `the edge does not keep ${path} (${encoding || 'identity'})`,
  })
  const purge = await fetch(new URL(`/edge/purge${path}`, stack().edgeUrl), { headers })
  expect(purge.status).toBe(200)
  expect((await pageAt(stack().edgeUrl, path, headers)).edgeCache).toBe('MISS')
})
