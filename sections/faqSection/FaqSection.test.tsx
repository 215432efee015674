import '@testing-library/jest-dom'
import { screen } from '@testing-library/react'

import { recordWarnings, renderSections } from '@/tests/helpers/sections'
import { sections } from '@/tests/unit/fixtures/site-content'

const warn = recordWarnings()

describe('faqSection', () => {
  it('shows every question as a heading with its answer', () => {
    renderSections([sections.faq])
    expect(screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toEqual([
      'Är det olagligt att sälja sex?',
      'Kan jag vara anonym?',
    ])
    expect(screen.getByText('Nej, bara att köpa.')).toBeVisible()
  })

  it('skips a question without an answer, logs it, and keeps the others', () => {
    const items = [sections.faq.items[0], { ...sections.faq.items[1], answer: [] }]
    renderSections([{ ...sections.faq, items }])
    expect(screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toEqual([
      'Är det olagligt att sälja sex?',
    ])
    expect(warn()).toHaveBeenCalledWith(expect.stringContaining('question skipped: answer'))
  })

  it('is skipped when no question is usable', () => {
    renderSections([{ ...sections.faq, items: [{ _key: 'q', question: '', answer: [] }] }])
    expect(screen.queryByRole('heading')).not.toBeInTheDocument()
    expect(warn()).toHaveBeenCalledWith(expect.stringContaining('malformed faqSection section fragor'))
  })
})
