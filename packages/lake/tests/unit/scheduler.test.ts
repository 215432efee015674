/**
 * Which releases the scheduler's tick publishes at a given time (the tick takes its clock as an
 * argument; the integration test runs it on the real one).
 */
import { dueReleases } from '../../src/releases/scheduler.ts'
import type { SanityDocument } from '../../src/store/types.ts'

const release = (name: string, state: string, publishAt?: string): SanityDocument => ({
  _id: `_.releases.${name}`,
  _type: 'system.release',
  _rev: 'r',
  _createdAt: '2030-01-01T00:00:00.000Z',
  _updatedAt: '2030-01-01T00:00:00.000Z',
  name,
  state,
  ...(publishAt ? { publishAt } : {}),
  metadata: { releaseType: 'scheduled' },
})

const documents = new Map(
  [
    release('later', 'scheduled', '2030-03-01T08:00:00.000Z'),
    release('first', 'scheduled', '2030-03-01T07:00:00.000Z'),
    release('active', 'active'),
    release('done', 'published', '2030-02-01T07:00:00.000Z'),
    { ...release('impostor', 'scheduled', '2030-02-01T07:00:00.000Z'), _type: 'page' },
  ].map((doc) => [doc._id, doc]),
)

describe('dueReleases', () => {
  it('names nothing before the first time', () => {
    expect(dueReleases(documents, Date.parse('2030-03-01T06:59:59.999Z'))).toEqual([])
  })

  it('names a scheduled release from its time on, earliest first', () => {
    expect(dueReleases(documents, Date.parse('2030-03-01T07:00:00.000Z')).map((doc) => doc.name)).toEqual(['first'])
    expect(dueReleases(documents, Date.parse('2030-03-02T00:00:00.000Z')).map((doc) => doc.name)).toEqual([
      'first',
      'later',
    ])
  })
})
