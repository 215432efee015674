/**
 * How many long-lived streams (listen, live events, presence sockets) one client may hold open at
 * once. A signed-in client is counted by user, whichever token or session it uses; an anonymous one
 * by remote address, with a smaller allowance. Beyond it a new stream is refused with 429 before it
 * opens, so that no page or script can pin the lake's memory and timers with endless streams.
 */
import type { Identity } from '../auth/users.ts'
import { httpError } from '../errors.ts'

export interface StreamAllowance {
  /** Open streams per signed-in user. */
  signedIn: number
  /** Open streams per remote address, for anonymous callers. */
  anonymous: number
}

export class StreamLimits {
  private readonly open = new Map<string, number>()
  private readonly allowance: StreamAllowance

  constructor(allowance: StreamAllowance) {
    this.allowance = allowance
  }

  /** Counts one more open stream for the client, or throws 429; the returned function (idempotent) ends it. */
  acquire(identity: Identity, remoteAddress: string | undefined): () => void {
    const signedIn = identity.user !== null
    const client = signedIn ? `user ${identity.user!.id}` : `address ${remoteAddress ?? 'unknown'}`
    const limit = signedIn ? this.allowance.signedIn : this.allowance.anonymous
    const count = this.open.get(client) ?? 0
    if (count >= limit) {
      const who = signedIn ? 'this user' : 'an anonymous client'
      throw httpError(429, `Too many open streams: ${who} may hold ${limit} at once; close one first`)
    }
    this.open.set(client, count + 1)
    let released = false
    return () => {
      if (released) return
      released = true
      const left = (this.open.get(client) ?? 1) - 1
      if (left > 0) this.open.set(client, left)
      else this.open.delete(client)
    }
  }
}
