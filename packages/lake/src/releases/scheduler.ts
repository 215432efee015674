/**
 * The release scheduler: publishes each scheduled release when its `publishAt` has come, with the
 * same publish action an editor would use, so all its versions become published in one transaction
 * and the commit hook (listeners, live events, webhooks) sees an ordinary publish. Its state is the
 * release documents themselves, so a lake that was stopped at the time publishes on its next start.
 */
import type { LakeContext, LakeModule } from '../context.ts'
import { executeActions } from '../actions/actions.ts'
import type { SanityDocument } from '../store/types.ts'
import { RELEASE_TYPE } from './actions.ts'

/** How often the scheduler looks: a due release waits at most this long. */
const TICK_MS = 1000
export const SCHEDULER_IDENTITY = 'lake-scheduler'

/** A dataset's scheduled releases, earliest first. */
function scheduledReleases(documents: ReadonlyMap<string, SanityDocument>): SanityDocument[] {
  return [...documents.values()]
    .filter((doc) => doc._type === RELEASE_TYPE && doc.state === 'scheduled' && typeof doc.publishAt === 'string')
    .sort((a, b) => Date.parse(String(a.publishAt)) - Date.parse(String(b.publishAt)))
}

const isDue = (release: SanityDocument, now: number) => Date.parse(String(release.publishAt)) <= now

/** Scheduled releases of a dataset whose time has come, earliest first. */
export function dueReleases(documents: ReadonlyMap<string, SanityDocument>, now: number): SanityDocument[] {
  return scheduledReleases(documents).filter((release) => isDue(release, now))
}

/**
 * Each dataset's scheduled releases as of its last commit (the store's `generation`; a dataset
 * deleted and made again has new documents), so that a tick reads a dataset's documents only after
 * something was written to it.
 */
type Schedules = Map<
  string,
  { documents: ReadonlyMap<string, SanityDocument>; generation: number; scheduled: SanityDocument[] }
>

/** One tick: publishes every due release of every dataset at the time `now` (ms since the epoch). */
function publishDueReleases(lake: Pick<LakeContext, 'store' | 'queries' | 'log'>, now: number, schedules: Schedules) {
  const published: string[] = []
  for (const { name: dataset } of lake.store.datasets()) {
    const documents = lake.store.documents(dataset)
    const generation = lake.store.generation(dataset)
    let schedule = schedules.get(dataset)
    if (schedule?.documents !== documents || schedule.generation !== generation) {
      schedule = { documents, generation, scheduled: scheduledReleases(documents) }
      schedules.set(dataset, schedule)
    }
    for (const release of schedule.scheduled.filter((candidate) => isDue(candidate, now))) {
      const name = String(release.name)
      try {
        executeActions(lake, {
          dataset,
          actions: [{ actionType: 'sanity.action.release.publish', releaseId: name }],
          identity: SCHEDULER_IDENTITY,
          now: new Date(now).toISOString(),
        })
        published.push(`${dataset}/${name}`)
      } catch (error) {
        // Left scheduled: the next tick tries again, and the log says why it failed.
        lake.log.error(`scheduler: could not publish release ${name} in ${dataset}`, error)
      }
    }
  }
  return published
}

export const schedulerModule: LakeModule = {
  name: 'scheduler',
  routes: [],
  start(lake) {
    const schedules: Schedules = new Map()
    const tick = () => {
      for (const release of publishDueReleases(lake, Date.now(), schedules))
        lake.log.info(`scheduler: published release ${release}`)
    }
    // The first tick catches up on releases that came due while the lake was stopped.
    const first = setImmediate(tick)
    const timer = setInterval(tick, TICK_MS)
    return () => {
      clearImmediate(first)
      clearInterval(timer)
    }
  },
}
