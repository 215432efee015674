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

/** Scheduled releases of a dataset whose time has come, earliest first. */
export function dueReleases(documents: ReadonlyMap<string, SanityDocument>, now: number): SanityDocument[] {
  return [...documents.values()]
    .filter(
      (doc) =>
        doc._type === RELEASE_TYPE &&
        doc.state === 'scheduled' &&
        typeof doc.publishAt === 'string' &&
        Date.parse(doc.publishAt) <= now,
    )
    .sort((a, b) => Date.parse(String(a.publishAt)) - Date.parse(String(b.publishAt)))
}

/** One tick: publishes every due release of every dataset at the time `now` (ms since the epoch). */
export function publishDueReleases(lake: Pick<LakeContext, 'store' | 'queries' | 'log'>, now: number): string[] {
  const published: string[] = []
  for (const { name: dataset } of lake.store.datasets()) {
    for (const release of dueReleases(lake.store.documents(dataset), now)) {
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
    const tick = () => {
      for (const release of publishDueReleases(lake, Date.now()))
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
