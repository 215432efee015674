'use client'

import { svSELocale } from '@sanity/locale-sv-se'
import { defineConfig } from 'sanity'
import { structureTool } from 'sanity/structure'

import { apiVersion, browserApiHost, env } from './lib/env'
import { schemaTypes } from './sanity/schemaTypes'

export default defineConfig({
  name: 'somliga-tror',
  title: 'Somliga tror',
  basePath: '/studio',
  projectId: env.projectId,
  dataset: env.dataset,
  ...(browserApiHost ? { apiHost: browserApiHost } : {}),
  plugins: [structureTool(), svSELocale()],
  schema: { types: schemaTypes },
})

export { apiVersion }
