import { Card, Stack, Text } from '@sanity/ui'
import { useCallback, useEffect, useState } from 'react'
import { getPublishedId, useClient, useDocumentStore, useSchema, type SanityDocument } from 'sanity'
import { IntentLink } from 'sanity/router'

import { apiVersion } from '../../vocabulary/api-version'

/** A document that links to another, or that another links to, as editors know it. */
export type LinkedDocument = { id: string; type: string; title: string; published: boolean }

type Row = { _id: string; _type: string; title: string | null }

const TITLE = '"title": coalesce(title, name, path)'
const NOT_VERSIONS = '!(_id in path("versions.**"))'

/** One entry per document: its draft and its published version both count once, as published if it is. */
function byDocument(rows: Row[], typeTitle: (type: string) => string): LinkedDocument[] {
  const documents = new Map<string, LinkedDocument>()
  for (const row of rows) {
    const id = getPublishedId(row._id)
    const published = row._id === id
    const known = documents.get(id)
    documents.set(id, {
      id,
      type: row._type,
      title: (published ? row.title : (known?.title ?? row.title)) || typeTitle(row._type),
      published: published || Boolean(known?.published),
    })
  }
  return [...documents.values()].sort((a, b) => a.title.localeCompare(b.title, 'sv'))
}

function useTypeTitle() {
  const schema = useSchema()
  return useCallback((type: string) => schema.get(type)?.title ?? type, [schema])
}

/**
 * What links to the document `id` (any version of another document), read again each time
 * `check` is called: links change while an editor works, and the answer decides whether
 * unpublishing or deleting is safe.
 */
export function useReferrers(id: string) {
  const client = useClient({ apiVersion })
  const typeTitle = useTypeTitle()
  const [referrers, setReferrers] = useState<LinkedDocument[] | null>(null)
  const publishedId = getPublishedId(id)

  const check = useCallback(async () => {
    setReferrers(null)
    const rows = await client.fetch<Row[]>(
      `*[references($id) && !(_id in [$id, $draftId]) && ${NOT_VERSIONS}]{_id, _type, ${TITLE}}`,
      { id: publishedId, draftId: `drafts.${publishedId}` },
      { perspective: 'raw' },
    )
    const found = byDocument(rows, typeTitle)
    setReferrers(found)
    return found
  }, [client, publishedId, typeTitle])

  return { referrers, check }
}

/** The ids of the documents `value` refers to (assets are files, not documents editors publish). */
function referencedIds(value: unknown, ids = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) referencedIds(item, ids)
  else if (value && typeof value === 'object') {
    const ref = (value as { _ref?: unknown })._ref
    if (typeof ref === 'string' && !/^(image|file)-/.test(ref)) ids.add(getPublishedId(ref))
    for (const [key, child] of Object.entries(value)) if (key !== '_ref') referencedIds(child, ids)
  }
  return ids
}

/**
 * The documents `draft` links to that have no published version: the site cannot show a link to
 * them, so the draft can be published only after them. Kept current while the editor works, so
 * the explanation goes away as soon as those documents are published.
 */
export function useUnpublishedReferences(draft: SanityDocument | null): LinkedDocument[] {
  const documentStore = useDocumentStore()
  const typeTitle = useTypeTitle()
  const [found, setFound] = useState<{ key: string; documents: LinkedDocument[] }>({ key: '', documents: [] })
  const key = draft ? [...referencedIds(draft)].sort().join(',') : ''

  useEffect(() => {
    if (!key) return
    const ids = key.split(',')
    const subscription = documentStore
      .listenQuery(
        `{"published": *[_id in $ids]._id, "drafts": *[_id in $drafts]{_id, _type, ${TITLE}}}`,
        { ids, drafts: ids.map((id) => `drafts.${id}`) },
        { perspective: 'raw', apiVersion },
      )
      .subscribe({
        next: ({ published, drafts }: { published: string[]; drafts: Row[] }) =>
          setFound({
            key,
            documents: byDocument(
              drafts.filter(({ _id }) => !published.includes(getPublishedId(_id))),
              typeTitle,
            ),
          }),
        // The lake is away: Sanity's own reference check still stops the publish.
        error: () => setFound({ key, documents: [] }),
      })
    return () => subscription.unsubscribe()
  }, [documentStore, key, typeTitle])

  // An answer for other references than the draft's current ones is stale.
  return found.key === key ? found.documents : []
}

/** The documents as links that open each one in the Studio. */
export function DocumentLinks({ documents }: { documents: LinkedDocument[] }) {
  const typeTitle = useTypeTitle()
  return (
    <Stack as="ul" gap={3} paddingLeft={2}>
      {documents.map((document) => (
        <Text as="li" key={document.id} size={1}>
          <IntentLink intent="edit" params={{ id: document.id, type: document.type }}>
            {document.title}
          </IntentLink>{' '}
          ({typeTitle(document.type).toLowerCase()}
          {document.published ? '' : ', bara utkast'})
        </Text>
      ))}
    </Stack>
  )
}

/** A paragraph of a dialog. */
export function Paragraph({ children }: { children: React.ReactNode }) {
  return (
    <Card paddingY={1}>
      <Text size={1}>{children}</Text>
    </Card>
  )
}
