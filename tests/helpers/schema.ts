import { createClient, type SanityClient } from '@sanity/client'
import { createSchema, validateDocument, type Path, type SanityDocument } from 'sanity'

import { apiVersion } from '@/vocabulary/api-version'
import { schemaTypes } from '@/sanity/schemaTypes'

/** The Studio's schema, compiled the way the Studio compiles it. */
export const schema = createSchema({ name: 'somliga-tror', types: schemaTypes })

/**
 * A client for rules that must not touch a dataset: anything they ask is refused at once
 * (nothing listens on port 9), so a unit test that reaches the network fails loudly.
 */
const offlineClient = createClient({
  projectId: 'unit',
  dataset: 'test',
  apiVersion,
  useCdn: false,
  useProjectHostname: false,
  apiHost: 'http://127.0.0.1:9',
})

export type Finding = { path: string; level: 'error' | 'warning' | 'info'; message: string }

const pathToString = (path: Path) =>
  path
    .map((segment) => (typeof segment === 'object' && '_key' in segment ? `[${segment._key}]` : String(segment)))
    .join('.')

/**
 * Validates a document with Sanity's own validation, as the Studio does before it lets an editor
 * publish. Findings come sorted by path. Without a Studio locale, Sanity's built-in messages are
 * its English fallbacks; the project's own messages are Swedish either way.
 */
export async function validate(
  document: { _id: string; _type: string } & Record<string, unknown>,
  client: SanityClient = offlineClient,
): Promise<Finding[]> {
  const markers = await validateDocument({
    document: { _createdAt: '', _updatedAt: '', _rev: '', ...document } as SanityDocument,
    workspace: { schema, getClient: ({ apiVersion }) => client.withConfig({ apiVersion }), i18n: undefined as never },
    getDocumentExists: async () => true,
  })
  return markers
    .map((marker) => ({ path: pathToString(marker.path), level: marker.level, message: marker.message }))
    .sort((a, b) => a.path.localeCompare(b.path) || a.message.localeCompare(b.message))
}

/** The findings at one path, e.g. "seo.description" or "channels.[phone].number". */
export const at = (findings: Finding[], path: string) => findings.filter((finding) => finding.path === path)
