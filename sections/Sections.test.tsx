import '@testing-library/jest-dom'
import { screen } from '@testing-library/react'

import { recordWarnings, renderSections } from '@/tests/helpers/sections'
import { sections } from '@/tests/unit/fixtures/site-content'

import { SECTION_TYPES } from './list'
import { parseSections } from './parse'

const warn = recordWarnings()

it('has a fixture, and so a test, for every section type', () => {
  const tested = Object.values(sections).map((section) => section._type)
  expect(tested.sort()).toEqual([...SECTION_TYPES].sort())
})

describe('malformed and unknown content', () => {
  it('skips an unknown section type and a section missing a required field, logs both, and renders the rest', () => {
    renderSections([
      { _key: 'x', _type: 'carouselSection', slides: [] },
      { ...sections.belief, _key: 'broken', answer: undefined },
      sections.faq,
      null,
      'not a section',
    ])
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Vanliga frågor')
    expect(warn()).toHaveBeenCalledWith(
      expect.stringContaining('unknown carouselSection section x on testsidan skipped'),
    )
    expect(warn()).toHaveBeenCalledWith(
      expect.stringContaining('malformed beliefSection section broken on testsidan skipped: answer'),
    )
  })

  it('renders nothing, and does not fail, when sections are missing altogether', () => {
    expect(parseSections(undefined, 'testsidan')).toEqual([])
    expect(parseSections({ not: 'an array' }, 'testsidan')).toEqual([])
  })
})
