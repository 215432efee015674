/**
 * Mendoza effects: the `{apply, revert}` patch pair that listen events and the history API carry
 * when asked for `effectFormat=mendoza`. The Studio applies them to its copy of a document (without
 * `_rev`) to keep previews current and to attribute changes in the history panel.
 *
 * The encoder descends into objects, so an edit of one field is one operation that leaves the
 * other fields (and who last changed them) alone; arrays and strings that changed are replaced
 * whole. Opcodes are those of `mendoza`'s decoder (`node_modules/mendoza/src/internal-patcher.ts`).
 */
import type { SanityDocument } from '../store/types.ts'

export type MendozaPatch = unknown[]

export interface MendozaEffects {
  apply: MendozaPatch
  revert: MendozaPatch
}

const VALUE = 0
const PUSH_FIELD_COPY = 10
const RETURN_INTO_OBJECT_SAME_KEY_POP = 15
const OBJECT_SET_FIELD_VALUE = 17
const OBJECT_DELETE_FIELD = 19

/** The effects of a change from `before` to `after` (null: the document did not exist). */
export function mendozaEffects(before: SanityDocument | null, after: SanityDocument | null): MendozaEffects {
  const from = withoutRev(before)
  const to = withoutRev(after)
  return { apply: diff(from, to), revert: diff(to, from) }
}

function withoutRev(document: SanityDocument | null): Record<string, unknown> | null {
  if (!document) return null
  const { _rev: _ignored, ...rest } = document
  return rest
}

/** A patch that turns `from` into `to`. */
function diff(from: unknown, to: unknown): MendozaPatch {
  if (isObject(from) && isObject(to)) {
    const patch: MendozaPatch = []
    diffObject(from, to, patch)
    return patch
  }
  return deepEqual(from, to) ? [] : [VALUE, to]
}

/** Appends the operations that turn the object on top of the output stack from `from` into `to`. */
function diffObject(from: Record<string, unknown>, to: Record<string, unknown>, patch: MendozaPatch): void {
  // The decoder addresses input fields by their index in the sorted key list.
  const keys = Object.keys(from).sort()
  keys.forEach((key, index) => {
    if (!(key in to)) patch.push(OBJECT_DELETE_FIELD, index)
  })
  for (const [key, value] of Object.entries(to)) {
    const index = keys.indexOf(key)
    if (index === -1) {
      patch.push(OBJECT_SET_FIELD_VALUE, value, key)
      continue
    }
    const old = from[key]
    if (deepEqual(old, value)) continue
    if (isObject(old) && isObject(value)) {
      patch.push(PUSH_FIELD_COPY, index)
      diffObject(old, value, patch)
      patch.push(RETURN_INTO_OBJECT_SAME_KEY_POP)
    } else {
      patch.push(OBJECT_SET_FIELD_VALUE, value, key)
    }
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (Array.isArray(a)) {
    return Array.isArray(b) && a.length === b.length && a.every((item, index) => deepEqual(item, b[index]))
  }
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a)
    return keys.length === Object.keys(b).length && keys.every((key) => key in b && deepEqual(a[key], b[key]))
  }
  return false
}
