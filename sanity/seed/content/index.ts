/**
 * The seed dataset: every document the campaign starts with. `scripts/seed-build.ts` writes it
 * to sanity/seed/production.ndjson; edit the content here, never in the NDJSON file.
 */
import { accessibilityStatement } from './accessibilityStatement.ts'
import { withKeys, type SeedDocument } from './build.ts'
import { helpLinks } from './helpLinks.ts'
import { materials } from './materials.ts'
import { organisations } from './organisations.ts'
import { crimePage } from './pages/crime.ts'
import { materialPage } from './pages/material.ts'
import { privacyPage } from './pages/privacy.ts'
import { quickExitPage } from './pages/quickExit.ts'
import { relativesPage } from './pages/relatives.ts'
import { startPage } from './pages/start.ts'
import { stopPage } from './pages/stop.ts'
import { settings } from './settings.ts'
import { shortLinks } from './shortLinks.ts'

export function seedDocuments(): SeedDocument[] {
  return [
    settings,
    accessibilityStatement,
    startPage,
    crimePage,
    stopPage,
    relativesPage,
    quickExitPage,
    privacyPage,
    materialPage,
    ...helpLinks,
    ...organisations,
    ...shortLinks,
    ...materials,
  ].map(withKeys)
}
