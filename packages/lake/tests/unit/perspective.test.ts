/** @jest-environment node */
import { buildView, parsePerspective } from '../../src/query/perspective.ts'
import type { SanityDocument } from '../../src/store/types.ts'

const doc = (_id: string, title: string) =>
  ({ _id, _type: 't', _rev: 'r', _createdAt: '', _updatedAt: '', title }) as SanityDocument
const source = new Map(
  [
    doc('a', 'published a'),
    doc('drafts.a', 'draft a'),
    doc('versions.r1.a', 'r1 a'),
    doc('drafts.b', 'draft b'),
    doc('versions.r2.c', 'r2 c'),
  ].map((d) => [d._id, d]),
)
const titles = (perspective: string | null, includePrivate = true) =>
  buildView(source, parsePerspective(perspective, '2025-02-19'), includePrivate).documents.map(
    (d) => `${d._id}:${d.title}`,
  )

describe('parsePerspective', () => {
  it('defaults by API version', () => {
    expect(parsePerspective(null, '2025-02-18')).toEqual({ kind: 'raw' })
    expect(parsePerspective(null, '1')).toEqual({ kind: 'raw' })
    expect(parsePerspective(null, '2025-02-19')).toEqual({ kind: 'published' })
    expect(parsePerspective(null, 'X')).toEqual({ kind: 'published' })
  })

  it('reads names, legacy previewDrafts and release lists', () => {
    expect(parsePerspective('previewDrafts', '1')).toEqual({ kind: 'stack', layers: ['drafts'] })
    expect(parsePerspective('r1,drafts,published', '1')).toEqual({ kind: 'stack', layers: ['r1', 'drafts'] })
  })

  it('refuses raw inside a list and names that cannot be releases', () => {
    expect(() => parsePerspective('raw,drafts', '1')).toThrow(/Invalid perspective/)
    expect(() => parsePerspective('r1,../x', '1')).toThrow(/Invalid perspective/)
  })
})

describe('buildView', () => {
  it('applies each perspective', () => {
    expect(titles('raw')).toHaveLength(5)
    expect(titles('published')).toEqual(['a:published a'])
    expect(titles('drafts')).toEqual(['a:draft a', 'b:draft b'])
    expect(titles('r1,drafts')).toEqual(['a:r1 a', 'b:draft b'])
    expect(titles('r2')).toEqual(['a:published a', 'c:r2 c'])
  })

  it('hides every document on a sub-path from anonymous readers', () => {
    expect(titles('raw', false)).toEqual(['a:published a'])
    expect(titles('r1,drafts', false)).toEqual(['a:published a'])
  })
})
