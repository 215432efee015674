import { render } from '@testing-library/react'

import { pageLanguageOf } from '@/lib/content/languages'
import { Sections } from '@/sections/Sections'
import { DEFAULT_LANGUAGE, type SiteLanguage } from '@/vocabulary/languages'
import { parseSections } from '@/sections/parse'

/**
 * Renders raw query results the way a page does: checked by parseSections, then drawn by
 * <Sections>, on a page in the given language version (Swedish unless said).
 */
export function renderSections(raw: unknown[], language: SiteLanguage = DEFAULT_LANGUAGE) {
  return render(<Sections sections={parseSections(raw, 'testsidan')} language={pageLanguageOf(language)} />)
}

/** console.warn (where content problems are reported), silenced and recorded for each test. */
export function recordWarnings(): () => jest.SpyInstance {
  let warn: jest.SpyInstance
  beforeEach(() => {
    warn = jest.spyOn(console, 'warn').mockImplementation(() => {})
  })
  afterEach(() => warn.mockRestore())
  return () => warn
}
