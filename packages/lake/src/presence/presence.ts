/**
 * Presence as the Studio's presence store uses it over Bifur, relayed between the connections of
 * one dataset (every subscriber gets every event, its own included; the Studio filters out its
 * own session):
 * - `presence_subscribe` → a subscription id; `presence_unsubscribe` `{subscriptionId}`;
 * - `presence_rollcall` `{session}` → everyone gets `{type: 'rollCall', i: <user>, session}` and
 *   answers by announcing its state;
 * - `presence_announce` `{data: {sessionId, locations}}` → `{type: 'state', i: <user>, m: data}`;
 * - `presence_disconnect` `{session}` → `{type: 'disconnect', i: <user>, m: {session}}`, which is
 *   also sent for every session a connection announced when it closes.
 * `i` is always the connection's signed-in user, never what the client claims. The lake keeps no
 * state beyond the open connections: a Studio that joins learns who is there by its roll call.
 */
import { randomBytes } from 'node:crypto'
import type { WebSocket } from 'ws'
import type { Identity } from '../auth/users.ts'
import { BifurConnection, isObject, RPC, RpcError, type BifurOptions, type RpcMethod } from './bifur.ts'

const TOPIC = 'presence'

interface Member {
  connection: BifurConnection
  dataset: string
  subscriptions: Set<string>
  /** Sessions this connection announced and has not disconnected. */
  sessions: Set<string>
}

export class PresenceHub {
  private readonly members = new Map<BifurConnection, Member>()
  /** `<dataset> <session id>` → the member that announced it last. */
  private readonly owners = new Map<string, Member>()
  private readonly methods: Record<string, RpcMethod> = {
    presence_subscribe: (_params, connection) => {
      const subscription = randomBytes(12).toString('base64url')
      this.memberOf(connection).subscriptions.add(subscription)
      return subscription
    },
    presence_unsubscribe: (params, connection) => {
      this.memberOf(connection).subscriptions.delete(stringParam(params, 'subscriptionId'))
    },
    presence_rollcall: (params, connection) => {
      const session = stringParam(params, 'session')
      this.broadcast(this.memberOf(connection).dataset, { type: 'rollCall', i: connection.user.id, session })
    },
    presence_announce: (params, connection) => {
      const data = params.data
      if (!isObject(data) || typeof data.sessionId !== 'string' || !Array.isArray(data.locations)) {
        throw new RpcError(RPC.invalidParams, 'Expected "data" with a string "sessionId" and an array "locations"')
      }
      const member = this.memberOf(connection)
      this.claim(member, data.sessionId)
      this.broadcast(member.dataset, {
        type: 'state',
        i: connection.user.id,
        m: { sessionId: data.sessionId, locations: data.locations },
      })
    },
    presence_disconnect: (params, connection) => {
      const member = this.memberOf(connection)
      const session = stringParam(params, 'session')
      if (this.release(member, session)) this.broadcastDisconnect(member, session)
    },
  }

  /** Serves presence on an open socket to `dataset`. */
  connect(socket: WebSocket, options: { lake: BifurOptions['lake']; identity: Identity; dataset: string }): void {
    const connection = new BifurConnection(socket, {
      lake: options.lake,
      identity: options.identity,
      methods: this.methods,
      onClose: (closed) => this.leave(closed),
    })
    this.members.set(connection, {
      connection,
      dataset: options.dataset,
      subscriptions: new Set(),
      sessions: new Set(),
    })
  }

  closeAll(reason: string): void {
    for (const connection of this.members.keys()) connection.close(reason)
  }

  /** A closed connection: its sessions disconnect, its subscriptions end. */
  private leave(connection: BifurConnection): void {
    const member = this.memberOf(connection)
    this.members.delete(connection)
    for (const session of [...member.sessions]) {
      this.release(member, session)
      this.broadcastDisconnect(member, session)
    }
  }

  private memberOf(connection: BifurConnection): Member {
    return this.members.get(connection) as Member
  }

  /**
   * A Studio tab keeps its session id across reconnects, so a new connection of the same user
   * takes a session over from an old one that has not closed yet; another user's is refused.
   */
  private claim(member: Member, session: string): void {
    const key = `${member.dataset} ${session}`
    const owner = this.owners.get(key)
    if (owner && owner !== member) {
      if (owner.connection.user.id !== member.connection.user.id) {
        throw new RpcError(RPC.invalidParams, `Session "${session}" belongs to another user`)
      }
      owner.sessions.delete(session)
    }
    this.owners.set(key, member)
    member.sessions.add(session)
  }

  /** Whether the member held the session. */
  private release(member: Member, session: string): boolean {
    const key = `${member.dataset} ${session}`
    if (this.owners.get(key) !== member) return false
    this.owners.delete(key)
    member.sessions.delete(session)
    return true
  }

  private broadcastDisconnect(member: Member, session: string): void {
    this.broadcast(member.dataset, { type: 'disconnect', i: member.connection.user.id, m: { session } })
  }

  private broadcast(dataset: string, event: Record<string, unknown>): void {
    for (const member of this.members.values()) {
      if (member.dataset !== dataset) continue
      for (const subscription of member.subscriptions) member.connection.publish(TOPIC, subscription, event)
    }
  }
}

function stringParam(params: Record<string, unknown>, name: string): string {
  const value = params[name]
  if (typeof value !== 'string' || !value) throw new RpcError(RPC.invalidParams, `Expected a string "${name}"`)
  return value
}
