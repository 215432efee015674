/** @jest-environment node */
import { legalReviewProblem } from '@/sanity/schemaTypes/rules/legal-review'

const today = new Date('2026-12-03T12:00:00Z')

describe("a campaign page's legal review, as its own form warns about it", () => {
  it('warns when the law changed after the review, naming both dates', () => {
    const problem = legalReviewProblem('2026-05-01', { lawChangedAt: '2026-07-01' }, today)
    expect(problem).toContain('2026-07-01')
    expect(problem).toContain('2026-05-01')
  })

  it("warns when the review is older than the settings' period, and says the period", () => {
    expect(legalReviewProblem('2026-05-01', { checkPeriods: { legalReviewMonths: 6 } }, today)).toContain('6 månader')
    expect(legalReviewProblem('2025-11-01', null, today)).toContain('12 månader')
  })

  it('says nothing about a recent review, one made after the law changed, or none at all', () => {
    expect(legalReviewProblem('2026-11-01', { lawChangedAt: '2026-07-01' }, today)).toBeNull()
    expect(legalReviewProblem('2026-07-01', { lawChangedAt: '2026-07-01' }, today)).toBeNull()
    expect(legalReviewProblem(undefined, { lawChangedAt: '2026-07-01' }, today)).toBeNull()
  })
})
