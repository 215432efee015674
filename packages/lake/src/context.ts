/**
 * What every part of a running lake shares, and the shape of a lake module: a set of routes (and
 * WebSocket endpoints) plus an optional start function that may subscribe to commits. Modules are
 * listed in `modules.ts`.
 */
import type { Auth } from './auth/auth.ts'
import type { Route, SocketRoute } from './http/router.ts'
import type { StreamAllowance } from './http/stream-limits.ts'
import type { Logger } from './log.ts'
import type { QueryEngine } from './query/engine.ts'
import type { Store } from './store/store.ts'

export interface LakeConfig {
  /** The one project the lake serves (`local`). */
  projectId: string
  dir: string
  /** Plain HTTP/1.1 port on 127.0.0.1 (0 picks a free one). */
  httpPort: number
  /** HTTP/2 + TLS port on localhost (0 picks a free one). */
  tlsPort: number
  /** Larger request bodies get 413. */
  maxBodyBytes: number
  /** No request and transaction lines in the log. */
  quiet: boolean
  writeToken?: string
  readToken?: string
  /** Web origins (`scheme://host:port`) whose pages may call the lake: the Studio's and the site's. */
  browserOrigins: string[]
  /** A query still running after this long is stopped and answered with an error. */
  queryTimeoutMs: number
  /** Worker threads that run queries, off the thread that serves requests. */
  queryWorkers: number
  /** Open streams (listen, live, presence) one client may hold: per signed-in user, per anonymous address. */
  streamsPerClient: StreamAllowance
  /** Image transformations: how many run at once, and how many bytes of their results are cached. */
  imageTransforms: { concurrency: number; cacheBytes: number }
}

export interface LakeContext {
  config: LakeConfig
  store: Store
  queries: QueryEngine
  auth: Auth
  log: Logger
}

export interface LakeModule {
  name: string
  routes: Route[]
  /** WebSocket endpoints, on both ports, after the same checks as routes. */
  sockets?: SocketRoute[]
  /**
   * Called once when the lake starts, before it accepts requests; may return a stop function
   * (awaited on shutdown, before the servers close), e.g. to end open event streams.
   */
  start?(lake: LakeContext): void | (() => void | Promise<void>)
}
