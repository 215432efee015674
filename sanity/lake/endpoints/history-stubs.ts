/**
 * Placeholders for the history API, so that the Studio's history panel opens without errors.
 * The history module replaces this one in `modules.ts`; the data it needs is already in the
 * store's transaction log (`store.transactions()`, `store.revisionBefore()`).
 */
import type { LakeModule } from '../context.ts'
import { json, text } from '../http/router.ts'

export const historyStubsModule: LakeModule = {
  name: 'history-stubs',
  routes: [
    {
      method: 'GET',
      path: '/data/history/:dataset/transactions/:ids',
      handler: () => text('', 'application/x-ndjson'),
    },
    {
      method: 'GET',
      path: '/data/history/:dataset/events/documents/:id',
      handler: () => json({ events: {}, nextCursor: '' }),
    },
    { method: 'GET', path: '/data/history/:dataset/documents/:ids', handler: () => json({ documents: [] }) },
  ],
}
