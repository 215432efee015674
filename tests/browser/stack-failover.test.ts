/**
 * Visitors notice nothing when an instance dies or is shut down: a stream of visitor requests goes
 * through the edge (pages, which the edge may answer itself, and short links, which always reach an
 * instance) while one instance is killed with SIGKILL, or stopped with SIGTERM (Next finishes what
 * is in flight and stops accepting). Every request must succeed. The instance is started again.
 */
import { lakeClient } from '../helpers/browser-env'
import { endProcess, restartInstance, stack } from '../helpers/stack'

const CONCURRENT_VISITORS = 20
const STREAM_MS = 6_000

let shortLinks: { path: string; permanent: boolean | null }[]

beforeAll(async () => {
  shortLinks = await lakeClient('read').fetch('*[_type == "shortLink"]{path, permanent}')
})

afterEach(async () => {
  for (const instance of stack().instances) await restartInstance(instance.name)
})

/** Visitors requesting pages and short links through the edge while `during` runs; their failures. */
async function visitorStream(during: () => Promise<void>) {
  const expected = new Map<string, number>([
    ['/', 200],
    ['/hjalp', 200],
    ...shortLinks.map(({ path, permanent }) => [path, permanent ? 308 : 307] as [string, number]),
  ])
  const paths = [...expected.keys()]
  const failures: string[] = []
  let requests = 0
  let streaming = true
  const visitor = async (offset: number) => {
    for (let index = offset; streaming; index += 1) {
      const path = paths[index % paths.length]
      requests += 1
      try {
        const response = await fetch(new URL(path, stack().edgeUrl), { redirect: 'manual' })
        await response.arrayBuffer()
        if (response.status !== expected.get(path)) failures.push(`${path}: ${response.status}`)
      } catch (error) {
        failures.push(`${path}: ${(error as Error).message}`)
      }
    }
  }
  const visitors = Array.from({ length: CONCURRENT_VISITORS }, (_, index) => visitor(index))
  await new Promise((wait) => setTimeout(wait, STREAM_MS / 3))
  const before = requests
  await during()
  await new Promise((wait) => setTimeout(wait, STREAM_MS / 3))
  streaming = false
  await Promise.all(visitors)
  return { failures, before, after: requests - before }
}

it('loses no request when an instance is killed with SIGKILL', async () => {
  expect(shortLinks.length).toBeGreaterThan(0)
  const victim = stack().instances[1]
  const { failures, before, after } = await visitorStream(() => endProcess(victim.pid, 'SIGKILL'))
  expect(before).toBeGreaterThan(0)
  expect(after).toBeGreaterThan(0)
  expect(failures).toEqual([])
})

it('loses no request when an instance is shut down with SIGTERM', async () => {
  const victim = stack().instances[0]
  const { failures, after } = await visitorStream(() => endProcess(victim.pid, 'SIGTERM'))
  expect(after).toBeGreaterThan(0)
  expect(failures).toEqual([])
})
