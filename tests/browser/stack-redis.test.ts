/**
 * The shared cache is not a single point of failure: with Redis stopped, both instances still
 * answer every page; once it is back, the next publish reaches both. Redis is started again
 * whatever happens, because later test files share it.
 */
import { lakeClient } from '../helpers/browser-env'
import { eventually } from '../helpers/eventually'
import { publishedHelpLinks } from '../helpers/help-links'
import { sitemapPaths } from '../helpers/sitemap'
import { escapeHtml, pageAt, stack, startRedisAgain, stopRedis } from '../helpers/stack'

const editor = lakeClient('write')
const PUBLISH_DEADLINE_MS = 60_000

afterAll(async () => {
  await startRedisAgain()
})

it(
  'answers every page on both instances while Redis is stopped, and takes the next publish once it is back',
  async () => {
    const paths = await sitemapPaths(stack().edgeUrl)
    await stopRedis()
    const answers = []
    for (const instance of stack().instances)
      for (const path of paths)
        answers.push({ at: `${instance.name} ${path}`, status: (await pageAt(instance.url, path)).status })
    expect(answers).toEqual(answers.map(({ at }) => ({ at, status: 200 })))

    await startRedisAgain()
    const [link] = await publishedHelpLinks(editor)
    const marker = `Efter Redis ${Date.now()}`
    const everyInstanceShows = async (text: string) =>
      (
        await Promise.all(
          stack().instances.map(async (instance) =>
            (await pageAt(instance.url, '/hjalp')).html.includes(escapeHtml(text)),
          ),
        )
      ).every(Boolean)
    try {
      await editor
        .patch(link._id)
        .set({ description: `${link.description} ${marker}` })
        .commit()
      await eventually(() => everyInstanceShows(marker), {
        timeoutMs: PUBLISH_DEADLINE_MS,
        describe: () => `"${marker}" has not reached both instances`,
      })
    } finally {
      await editor.patch(link._id).set({ description: link.description }).commit()
      await eventually(async () => !(await everyInstanceShows(marker)) || null, {
        timeoutMs: PUBLISH_DEADLINE_MS,
        describe: () => `"${marker}" is still shown`,
      })
    }
  },
  5 * PUBLISH_DEADLINE_MS,
)
