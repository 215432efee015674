'use client'

import { svSELocale } from '@sanity/locale-sv-se'
import { defineConfig } from 'sanity'
import { structureTool } from 'sanity/structure'

import { browserApiHost, env } from './lib/env'
import { studioSwedish } from './sanity/i18n'
import { translations } from './sanity/languages'
import { TranslationStatusBadge } from './sanity/languages/TranslationStatusBadge'
import { presentation } from './sanity/presentation'
import { presentationSwedish } from './sanity/presentation/locale'
import { schemaTypes } from './sanity/schemaTypes'
import { structure } from './sanity/structure'
import { StudioLayout } from './sanity/StudioLayout'
import { figuresTool } from './sanity/tools/figures/FiguresTool'
import { documentActions, withoutSingletonTemplates } from './sanity/structure/actions'

/**
 * The Studio at /studio. The same config serves the local lake and a hosted project; only the
 * environment differs. Content releases are on, with their scheduling: editors bundle a launch and
 * schedule it (docs/releases.md); the lake publishes it offline as Sanity does hosted. Features that
 * need Sanity's hosted services and that the lake does not have (comments, tasks, scheduled drafts
 * and the older per-document scheduled publishing, Canvas, Media Library, announcements) are off,
 * so the Studio works fully offline.
 */
export default defineConfig({
  name: 'somliga-tror',
  title: 'Somliga tror',
  basePath: '/studio',
  projectId: env.projectId,
  dataset: env.dataset,
  ...(browserApiHost ? { apiHost: browserApiHost } : {}),
  // The local lake offers one way in, its own Swedish login page: go straight there instead of
  // through Sanity's (English) "Choose login provider". Hosted projects list several and keep it.
  // `dual` (Sanity's default) keeps the user's token in the Studio, which Kampanjsiffror sends to
  // the site to show who is asking (app/api/figures); `cookie` would leave it without one.
  auth: { redirectOnSingle: true, loginMethod: 'dual' },

  plugins: [structureTool({ title: 'Innehåll', structure }), presentation, translations, svSELocale()],
  tools: (tools) => [...tools, figuresTool],
  i18n: { bundles: [presentationSwedish, ...studioSwedish] },
  schema: { types: schemaTypes },
  studio: { components: { layout: StudioLayout } },
  document: {
    actions: documentActions,
    badges: (badges, { schemaType }) => (schemaType === 'page' ? [...badges, TranslationStatusBadge] : badges),
    newDocumentOptions: withoutSingletonTemplates,
    comments: { enabled: false },
    askToEdit: { enabled: false },
  },

  announcements: { enabled: false },
  tasks: { enabled: false },
  releases: { enabled: true },
  scheduledDrafts: { enabled: false },
  scheduledPublishing: { enabled: false },
  mediaLibrary: { enabled: false },
  apps: { canvas: { enabled: false } },
})
