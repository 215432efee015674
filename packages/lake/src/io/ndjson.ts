/**
 * Datasets as NDJSON in the format of `sanity dataset export/import`: one document per line,
 * drafts and versions included, asset documents as plain documents. Asset files and the
 * `_sanityAsset` fields that name them are handled by `assets/ndjson-assets.ts`.
 */
import { ASSET_TYPES } from '../assets/names.ts'
import { IMPORT_ROBOT } from '../auth/users.ts'
import type { LakeContext } from '../context.ts'
import { executeTransaction } from '../mutations/transaction.ts'
import { isPublicId } from '../store/ids.ts'
import type { SanityDocument } from '../store/types.ts'

/** `create` fails on existing ids (Sanity's default), `replace` overwrites them, `missing` skips them. */
export type ImportMode = 'create' | 'replace' | 'missing'

/** The documents of a dataset in export order (by id), each as one NDJSON line. */
export function* exportLines(
  documents: ReadonlyMap<string, SanityDocument>,
  options: { includePrivate: boolean; types?: string[] },
): Generator<string> {
  const ids = [...documents.keys()].sort()
  for (const id of ids) {
    if (!options.includePrivate && !isPublicId(id)) continue
    const document = documents.get(id) as SanityDocument
    if (options.types && !options.types.includes(document._type)) continue
    yield `${JSON.stringify(document)}\n`
  }
}

export class ImportError extends Error {}

export class ExportError extends Error {}

/** Parses NDJSON; throws ImportError naming the first bad line. */
export function parseNdjson(text: string): Array<Record<string, unknown>> {
  const documents: Array<Record<string, unknown>> = []
  const seen = new Set<string>()
  text.split('\n').forEach((line, index) => {
    if (!line.trim()) return
    let document: unknown
    try {
      document = JSON.parse(line)
    } catch (error) {
      throw new ImportError(
        `Line ${index + 1} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
      )
    }
    if (!document || typeof document !== 'object' || Array.isArray(document)) {
      throw new ImportError(`Line ${index + 1} is not a JSON object`)
    }
    const { _id, _type } = document as { _id?: unknown; _type?: unknown }
    if (typeof _id !== 'string' || typeof _type !== 'string') {
      throw new ImportError(`Line ${index + 1} has no string _id and _type`)
    }
    if (seen.has(_id)) throw new ImportError(`Line ${index + 1} repeats the document ID "${_id}"`)
    seen.add(_id)
    documents.push(document as Record<string, unknown>)
  })
  return documents
}

const MUTATION_BY_MODE = { create: 'create', replace: 'createOrReplace', missing: 'createIfNotExists' } as const

/**
 * Imports documents into a dataset as one transaction: all of them or none. Returns how many
 * documents were written.
 */
export function importDocuments(
  lake: Pick<LakeContext, 'store' | 'queries'>,
  dataset: string,
  documents: Array<Record<string, unknown>>,
  mode: ImportMode,
): number {
  if (documents.length === 0) return 0
  const kind = MUTATION_BY_MODE[mode]
  // `_rev` belongs to the exporting lake; the import transaction gives every document its own.
  // An asset document is named by the hash of its bytes: one that exists is the same asset, no conflict.
  const isAsset = (document: Record<string, unknown>) => Object.values(ASSET_TYPES).includes(String(document._type))
  const mutations = documents.map(({ _rev: _ignored, ...document }) => ({
    [mode === 'create' && isAsset(document) ? 'createIfNotExists' : kind]: document,
  }))
  const outcome = executeTransaction(lake, { dataset, mutations, identity: IMPORT_ROBOT.id })
  return outcome.committed?.documents.length ?? 0
}
