import { defineCliConfig } from 'sanity/cli'

import { env } from './lib/env'

/**
 * The Sanity CLI, used here for TypeGen only: `npm run typegen` extracts the schema into
 * sanity/schema.json and generates sanity.types.ts from it and the GROQ queries in lib/.
 */
export default defineCliConfig({
  api: { projectId: env.projectId, dataset: env.dataset },
  schemaExtraction: { path: './sanity/schema.json' },
  typegen: {
    schema: './sanity/schema.json',
    path: './lib/**/*.{ts,tsx}',
    generates: './sanity.types.ts',
    overloadClientMethods: true,
  },
})
