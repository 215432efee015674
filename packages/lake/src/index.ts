/**
 * The lake as a library: start one in this process, configure it from the environment, or extend
 * it with modules of your own. Child processes: `spawn.ts`; tests: `testing.ts`.
 */
export { startLake, type Lake } from './lake.ts'
export { configFromEnv } from './config.ts'
export { modules } from './modules.ts'
export type { LakeConfig, LakeContext, LakeModule } from './context.ts'
