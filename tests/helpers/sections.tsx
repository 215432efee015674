import { render } from '@testing-library/react'

import { Sections } from '@/sections/Sections'
import { parseSections } from '@/sections/parse'

/** Renders raw query results the way a page does: checked by parseSections, then drawn by <Sections>. */
export function renderSections(raw: unknown[]) {
  return render(<Sections sections={parseSections(raw, 'testsidan')} />)
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
