/**
 * The one list of what the lake serves. To add an endpoint, write a module (routes plus an
 * optional start function, see `context.ts`) and add it here.
 */
import type { LakeModule } from './context.ts'
import { actionsModule } from './endpoints/actions.ts'
import { assetCdnModule } from './endpoints/asset-cdn.ts'
import { assetsModule } from './endpoints/assets.ts'
import { authModule } from './endpoints/auth.ts'
import { docModule } from './endpoints/doc.ts'
import { exportModule } from './endpoints/export.ts'
import { historyModule } from './endpoints/history.ts'
import { listenModule } from './endpoints/listen.ts'
import { liveModule } from './endpoints/live.ts'
import { mutateModule } from './endpoints/mutate.ts'
import { projectsModule } from './endpoints/projects.ts'
import { queryModule } from './endpoints/query.ts'
import { quietModule } from './endpoints/quiet.ts'
import { socketModule } from './endpoints/socket.ts'
import { usersModule } from './endpoints/users.ts'
import { schedulerModule } from './releases/scheduler.ts'
import { webhooksModule } from './webhooks/webhooks.ts'

export const modules: LakeModule[] = [
  queryModule,
  docModule,
  mutateModule,
  actionsModule,
  exportModule,
  assetsModule,
  assetCdnModule,
  authModule,
  usersModule,
  projectsModule,
  listenModule,
  liveModule,
  historyModule,
  socketModule,
  quietModule,
  webhooksModule,
  // Last, so that its first publish reaches every other module's commit listener.
  schedulerModule,
]
