/**
 * Quiet answers for what the Studio asks of Sanity's platform but a local lake does not have:
 * feature flags, per-user key-value settings, telemetry, onboarding journeys, scheduled publishing,
 * the AI agent's event stream, pings. Empty but well-formed, so the Studio carries on without errors.
 */
import type { ServerResponse } from 'node:http'
import type { LakeModule } from '../context.ts'
import { handled, json, text, type LakeRequest, type Route } from '../http/router.ts'

const empty = (body: unknown) => () => json(body)

function handleKeyValue(request: LakeRequest) {
  const keys = request.params.keys.split(',').filter(Boolean)
  return json(keys.map((key) => ({ key, value: null })))
}

/** Settings the Studio stores are echoed back but not kept: nothing in them matters locally. */
async function handleSetKeyValue(request: LakeRequest) {
  const body = await request.json()
  return json(Array.isArray(body) ? body : [])
}

const openStreams = new Set<ServerResponse>()

/** An event stream that never sends anything, until the lake stops. */
function handleSilentStream(request: LakeRequest) {
  const { res } = request.raw
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' })
  res.write(': local lake: nothing to report\n\n')
  openStreams.add(res)
  res.on('close', () => openStreams.delete(res))
  return handled()
}

const pong = () => text('PONG', 'text/plain; charset=utf-8')

const routes: Route[] = [
  { method: 'GET', path: '/ping', handler: pong },
  // The Studio pings its dataset to measure latency; an unknown dataset gets 404 like any data route.
  { method: 'GET', path: '/data/ping/:dataset', handler: pong },
  // The plan's features. Comments are listed (the Studio's config keeps them off): told that a
  // project has none, the Studio's comments plugin wraps its whole layout in one more provider
  // once this answer arrives, and React builds the Studio a second time, closing open menus.
  { method: 'GET', path: '/features', handler: empty(['studioComments']) },
  { method: 'GET', path: '/users/me/keyvalue/:keys', handler: handleKeyValue },
  { method: ['PUT', 'POST'], path: '/users/me/keyvalue', handler: handleSetKeyValue },
  { method: 'GET', path: '/projects/:projectId/user-applications', handler: empty([]) },
  // The Studio's release limits: the lake sets none (the Studio upsells only when a count reaches a limit).
  {
    method: 'GET',
    path: '/projects/:projectId/new-content-release-allowed',
    handler: empty({
      data: {
        datasetReleaseLimit: Number.MAX_SAFE_INTEGER,
        orgActiveReleaseLimit: null,
        orgMeteredActiveReleaseCount: 0,
      },
    }),
  },
  // A release's activity panel: the lake keeps no release events beyond the documents' own history.
  { method: 'GET', path: '/data/history/:dataset/events/releases/:id', handler: empty({ events: [], nextCursor: '' }) },
  { method: 'GET', path: '/intake/telemetry-status', handler: empty({ status: 'denied' }) },
  { method: 'POST', path: '/intake/batch', handler: empty({}) },
  { method: 'GET', path: '/journey/*', handler: empty({}) },
  { method: 'GET', path: '/help', handler: empty({}) },
  { method: 'GET', path: '/access/requests/me', handler: empty([]) },
  { method: 'GET', path: '/schedules/:projectId/:dataset', handler: empty({ schedules: [] }) },
  // Cross-dataset references: one project with separate datasets has none.
  {
    method: 'GET',
    path: '/data/references/:dataset/documents/:id/to',
    handler: empty({ totalCount: 0, references: [] }),
  },
  { method: 'GET', path: '/agent/*', handler: handleSilentStream },
]

export const quietModule: LakeModule = {
  name: 'quiet',
  routes,
  start: () => () => {
    for (const res of openStreams) res.end()
  },
}
