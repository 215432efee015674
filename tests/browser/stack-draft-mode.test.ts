/**
 * The edge keeps editors' previews and visitors' pages apart: an editor in draft mode and a visitor
 * take turns asking for the same pages through the edge. The visitor never gets the draft text, and
 * the editor always gets a fresh draft render, never the edge's copy of the public page.
 */
import { createPreviewSecret } from '@sanity/preview-url-secret/create-secret'

import { lakeClient } from '../helpers/browser-env'
import { sitemapPaths } from '../helpers/sitemap'
import { pageAt, stack } from '../helpers/stack'

const editor = lakeClient('write')
const DRAFT_TEXT = `STACKUTKAST-${process.pid}`
let draftIds: string[] = []

beforeAll(async () => {
  const pages = await editor.fetch<Record<string, unknown>[]>('*[_type == "page"]', {}, { perspective: 'published' })
  const transaction = editor.transaction()
  for (const { _rev: _ignored, ...page } of pages as { _id: string; _type: string; _rev: string; title: string }[])
    transaction.createOrReplace({ ...page, _id: `drafts.${page._id}`, title: `${page.title} ${DRAFT_TEXT}` })
  await transaction.commit()
  draftIds = pages.map((page) => `drafts.${String(page._id)}`)
})

afterAll(async () => {
  if (draftIds.length > 0) await editor.delete({ query: '*[_id in $ids]', params: { ids: draftIds } })
})

async function draftModeCookie(): Promise<string> {
  const site = stack().edgeUrl
  const { secret } = await createPreviewSecret(editor, 'presentation', new URL('/studio', site).toString(), 'editor')
  const response = await fetch(
    new URL(`/api/draft-mode/enable?sanity-preview-secret=${secret}&sanity-preview-pathname=/`, site),
    { redirect: 'manual' },
  )
  const cookie = response.headers.getSetCookie().find((header) => header.startsWith('__prerender_bypass='))
  if (!cookie) throw new Error(`The enable route (${response.status}) set no draft-mode cookie`)
  return cookie.split(';')[0]
}

it('never gives the visitor draft text, nor the editor a cached public page', async () => {
  const cookie = await draftModeCookie()
  // Campaign pages only, in every language: each shows its own title, which has a draft.
  const paths = (await sitemapPaths(stack().edgeUrl)).filter(
    (path) => !/(?:^|\/)(?:hjalp|tillganglighet)(?:\/|$)/.test(path),
  )
  expect(paths.length).toBeGreaterThan(1)
  const visitorSawDraft = []
  const editorGotCopy = []
  for (let round = 0; round < 3; round += 1)
    for (const path of paths) {
      const visitor = await pageAt(stack().edgeUrl, path)
      if (visitor.html.includes(DRAFT_TEXT)) visitorSawDraft.push(path)
      const preview = await pageAt(stack().edgeUrl, path, { Cookie: cookie })
      if (!preview.html.includes(DRAFT_TEXT) || preview.edgeCache !== 'BYPASS')
        editorGotCopy.push(`${path} (edge: ${preview.edgeCache}, draft text: ${preview.html.includes(DRAFT_TEXT)})`)
    }
  expect(visitorSawDraft).toEqual([])
  expect(editorGotCopy).toEqual([])
})
