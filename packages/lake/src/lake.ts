/**
 * Starting and stopping a lake: opens the store and the sessions, registers the modules' routes
 * and sockets, starts the modules, then the two servers. `close()` undoes it in reverse order.
 */
import { mkdirSync } from 'node:fs'
import { Auth } from './auth/auth.ts'
import type { LakeConfig, LakeContext, LakeModule } from './context.ts'
import { loadOrCreateCertificate, type Certificate } from './http/certificate.ts'
import { Router, type SocketRoute } from './http/router.ts'
import { startServers, type Servers } from './http/server.ts'
import { createLogger } from './log.ts'
import { modules as defaultModules } from './modules.ts'
import { QueryEngine } from './query/engine.ts'
import { acquireDirectoryLock } from './store/lock.ts'
import { Store } from './store/store.ts'

export interface Lake {
  context: LakeContext
  httpUrl: string
  httpsUrl: string
  certificatePath: string
  close(): Promise<void>
}

export async function startLake(config: LakeConfig, modules: LakeModule[] = defaultModules): Promise<Lake> {
  mkdirSync(config.dir, { recursive: true })
  const releaseLock = acquireDirectoryLock(config.dir)
  const log = createLogger({ quiet: config.quiet })
  const store = Store.open(config.dir)
  const auth = new Auth({ dir: config.dir, writeToken: config.writeToken, readToken: config.readToken })
  const context: LakeContext = { config, store, queries: new QueryEngine(store, config.projectId), auth, log }
  store.onCommit((tx) => log.transaction(tx))

  const router = new Router()
  const sockets = new Router<SocketRoute>()
  const stops: Array<() => void | Promise<void>> = []
  const stopAll = async () => {
    for (const stop of [...stops].reverse()) await stop()
  }
  const release = () => {
    store.close()
    auth.close()
    releaseLock()
  }
  let servers: Servers
  let certificate: Certificate
  try {
    for (const lakeModule of modules) {
      lakeModule.routes.forEach((route) => router.add(route))
      lakeModule.sockets?.forEach((socket) => sockets.add(socket))
      const stop = lakeModule.start?.(context)
      if (stop) stops.push(stop)
    }
    certificate = await loadOrCreateCertificate(config.dir)
    servers = await startServers(context, { router, sockets }, certificate)
    // With port 0 the servers picked free ports; from now on the configuration names them
    // (asset documents carry the TLS port in their `url`).
    const port = (url: string) => Number(new URL(url).port)
    context.config = { ...config, httpPort: port(servers.httpUrl), tlsPort: port(servers.httpsUrl) }
  } catch (error) {
    // A port in use or a broken module: leave nothing open behind.
    await stopAll()
    release()
    throw error
  }

  let closing: Promise<void> | undefined
  return {
    context,
    httpUrl: servers.httpUrl,
    httpsUrl: servers.httpsUrl,
    certificatePath: certificate.certPath,
    close() {
      closing ??= (async () => {
        await stopAll()
        await servers.close()
        release()
      })()
      return closing
    },
  }
}
