/**
 * A new instance joins with what the others rendered: after a publish has been rendered by the
 * running instances into Redis, a freshly started instance (from the same build, whose prerendered
 * page still has the old title) answers its very first request for that page with the new title
 * from the shared cache (`x-nextjs-cache: HIT`: nothing rendered, nothing stale to render again).
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { lakeClient } from '../helpers/browser-env'
import { eventually } from '../helpers/eventually'
import { escapeHtml, pageAt, stack, startExtraInstance } from '../helpers/stack'

const editor = lakeClient('write')
const PUBLISH_DEADLINE_MS = 60_000
/** The webhook expires a publish's tags again five seconds later (docs/webhooks.md); wait past it. */
const SECOND_EXPIRY_MS = 6_000

it(
  'serves its first page from the shared cache without rendering it',
  async () => {
    const page = await editor.fetch<{ _id: string; title: string; slug: string }>(
      `*[_type == "page" && defined(slug.current) && _id != *[_id == "settings"][0].startPage._ref] | order(slug.current asc)[0]{_id, title, "slug": slug.current}`,
    )
    const path = `/${page.slug}`
    const title = `${page.title} ${Date.now()}`
    const dir = mkdtempSync(join(tmpdir(), 'stack-cold-instance-'))
    let extra: Awaited<ReturnType<typeof startExtraInstance>> | undefined
    try {
      await editor.patch(page._id).set({ title }).commit()
      const published = Date.now()
      // Rendered and stored by the running instances, after both expiries: each answers it from its cache.
      await eventually(
        async () => {
          const answers = await Promise.all(stack().instances.map((instance) => pageAt(instance.url, path)))
          const fresh = answers.every((got) => got.cache === 'HIT' && got.html.includes(escapeHtml(title)))
          return fresh && Date.now() - published > SECOND_EXPIRY_MS
        },
        { timeoutMs: PUBLISH_DEADLINE_MS, describe: () => `${path} is not rendered with "${title}" on every instance` },
      )
      extra = await startExtraInstance(dir)
      const first = await pageAt(extra.url, path)
      expect({ status: first.status, cache: first.cache, newTitle: first.html.includes(escapeHtml(title)) }).toEqual({
        status: 200,
        cache: 'HIT',
        newTitle: true,
      })
    } finally {
      await extra?.stop()
      rmSync(dir, { recursive: true, force: true })
      await editor.patch(page._id).set({ title: page.title }).commit()
      await eventually(async () => !(await pageAt(stack().edgeUrl, path)).html.includes(escapeHtml(title)), {
        timeoutMs: PUBLISH_DEADLINE_MS,
        describe: () => `${path} still shows "${title}"`,
      })
    }
  },
  4 * PUBLISH_DEADLINE_MS,
)
