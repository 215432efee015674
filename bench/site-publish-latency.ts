/**
 * Publish-to-live latency through the real path: an editor's @sanity/client publishes an edit to
 * the lake, the lake calls the site's signed webhook, the site expires the affected cache tags,
 * and a visitor's request renders the fresh page. Measured from just before the publish until a
 * visitor's request first gets HTML containing the new text (the page is requested every 25 ms,
 * so the resolution is about 25 ms), for N edits of a help link's description (seen on /hjalp) and
 * N edits of a campaign page's title (seen on its own page), and N corrections of that title
 * published while the first edit's render is running (measured from the correction).
 *
 *   node bench/site-publish-latency.ts [edits]    # default 20 edits per kind
 *
 * Cached pages are revalidated stale-while-revalidate: the first request after a publish still
 * gets the old page and starts the render; the latency is until the new page is there to get.
 */
import type { SanityClient } from '@sanity/client'

import { percentile, printTable, say, editorClient, startSite, runBench, writeResults } from './site-server.ts'

const EDITS = Number(process.argv[2] ?? 20)
const POLL_INTERVAL_MS = 25
const GIVE_UP_MS = 60_000
/** Time between edits, so one edit's render does not overlap the next publish. */
const PAUSE_MS = 300

interface Target {
  name: string
  id: string
  field: 'description' | 'title'
  original: string
  path: string
  /** Publish a first edit, wait until a visitor's request starts its render, then measure a correction. */
  correction?: boolean
}

/** Requests the page until Next answers with the old page and renders a new one (`x-nextjs-cache: STALE`). */
async function renderStarted(url: string): Promise<void> {
  const since = performance.now()
  while ((await fetch(url)).headers.get('x-nextjs-cache') !== 'STALE') {
    if (performance.now() - since > GIVE_UP_MS)
      throw new Error(`${url} was not rendered again within ${GIVE_UP_MS / 1000} s`)
    await new Promise((wait) => setTimeout(wait, POLL_INTERVAL_MS))
  }
}

async function firstShown(url: string, text: string, since: number): Promise<number> {
  for (;;) {
    const html = await (await fetch(url)).text()
    const now = performance.now()
    if (html.includes(text)) return now - since
    if (now - since > GIVE_UP_MS) throw new Error(`"${text}" did not show on ${url} within ${GIVE_UP_MS / 1000} s`)
    await new Promise((wait) => setTimeout(wait, POLL_INTERVAL_MS))
  }
}

async function targets(client: SanityClient): Promise<Target[]> {
  const { helpLink, page } = await client.fetch<{
    helpLink: { _id: string; description: string }
    page: { _id: string; title: string; slug: string }
  }>(`{
    "helpLink": *[_type == "helpLink"] | order(_id asc)[0]{_id, description},
    "page": *[_type == "page" && defined(slug.current) && _id != *[_id == "settings"][0].startPage._ref] | order(slug.current asc)[0]{_id, title, "slug": slug.current}
  }`)
  return [
    {
      name: 'help link description',
      id: helpLink._id,
      field: 'description',
      original: helpLink.description,
      path: '/hjalp',
    },
    { name: 'page title', id: page._id, field: 'title', original: page.title, path: `/${page.slug}` },
    {
      name: 'page title corrected during a render',
      id: page._id,
      field: 'title',
      original: page.title,
      path: `/${page.slug}`,
      correction: true,
    },
  ]
}

async function main(): Promise<void> {
  if (!Number.isInteger(EDITS) || EDITS < 1)
    throw new Error('Usage: node bench/site-publish-latency.ts [number of edits per kind]')
  const site = await startSite()
  const client = editorClient(site)
  const stamp = Date.now().toString(36)
  const rows = []
  for (const target of await targets(client)) {
    const url = new URL(target.path, site.url).toString()
    // Start from a page rendered and cached with the current content, as visitors would find it.
    await firstShown(url, target.original, performance.now())
    const latencies: number[] = []
    const commits: number[] = []
    for (let edit = 1; edit <= EDITS; edit += 1) {
      const marker = `m${stamp}x${edit}x`
      if (target.correction) {
        await client
          .patch(target.id)
          .set({ [target.field]: `${target.original} f${stamp}y${edit}y` })
          .commit()
        await renderStarted(url)
      }
      const started = performance.now()
      await client
        .patch(target.id)
        .set({ [target.field]: `${target.original} ${marker}` })
        .commit()
      commits.push(performance.now() - started)
      latencies.push(await firstShown(url, marker, started))
      say(`${target.name} edit ${edit}/${EDITS}: ${latencies.at(-1)?.toFixed(0)} ms`)
      await new Promise((wait) => setTimeout(wait, PAUSE_MS))
    }
    await client
      .patch(target.id)
      .set({ [target.field]: target.original })
      .commit()
    const sorted = [...latencies].sort((a, b) => a - b)
    rows.push({
      target: target.name,
      path: target.path,
      edits: EDITS,
      p50Ms: percentile(sorted, 50),
      p95Ms: percentile(sorted, 95),
      minMs: sorted[0],
      maxMs: sorted[sorted.length - 1],
      commitP50Ms: percentile(
        [...commits].sort((a, b) => a - b),
        50,
      ),
      latenciesMs: latencies,
    })
  }

  printTable(
    rows.map((row) => ({
      edit: `${row.target} (${row.path})`,
      edits: row.edits,
      'p50 ms': row.p50Ms.toFixed(0),
      'p95 ms': row.p95Ms.toFixed(0),
      'min ms': row.minMs.toFixed(0),
      'max ms': row.maxMs.toFixed(0),
      'publish (commit) p50 ms': row.commitP50Ms.toFixed(0),
    })),
  )
  console.log(`results: ${writeResults('site-publish-latency', { pollIntervalMs: POLL_INTERVAL_MS, rows })}`)
}

void runBench(main)
