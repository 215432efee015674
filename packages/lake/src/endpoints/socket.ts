/**
 * `/socket/:dataset`: the WebSocket the Studio opens for presence (who else is in the Studio, and
 * in which document and field), speaking Sanity's Bifur protocol (`presence/`). On both ports; the
 * Studio reaches it as `wss://local.localhost:<tls port>/v2022-06-30/socket/<dataset>`.
 */
import type { WebSocket } from 'ws'
import type { LakeContext, LakeModule } from '../context.ts'
import type { SocketRequest } from '../http/router.ts'
import { PresenceHub } from '../presence/presence.ts'

const hubs = new WeakMap<LakeContext, PresenceHub>()

function handleSocket(socket: WebSocket, request: SocketRequest) {
  hubs.get(request.lake)!.connect(socket, {
    lake: request.lake,
    identity: request.identity,
    dataset: request.params.dataset,
  })
}

export const socketModule: LakeModule = {
  name: 'socket',
  routes: [],
  sockets: [{ path: '/socket/:dataset', stream: true, handler: handleSocket }],
  start(lake) {
    const hub = new PresenceHub()
    hubs.set(lake, hub)
    return () => hub.closeAll('The lake is shutting down')
  },
}
