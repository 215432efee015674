import { checkPeriods, monthsBefore, type CheckPeriods } from './verification'

/**
 * What the legal review of campaign pages is measured against: the settings' period and the date
 * the law's text last changed, the settings' draft first so that a change counts at once.
 */
export const LEGAL_REVIEW_SETTINGS_QUERY = /* groq */ `coalesce(*[_id == "drafts.settings"][0], *[_id == "settings"][0]){checkPeriods, "lawChangedAt": law.changedAt}`

export type LegalReviewSettings = { checkPeriods?: Partial<CheckPeriods> | null; lawChangedAt?: string | null } | null

/** The parameters of PAGES_TO_REVIEW_FILTER on a given day. */
export function legalReviewParams(
  settings: LegalReviewSettings,
  today: Date = new Date(),
): { reviewedBefore: string; lawChangedAt: string | null } {
  return {
    reviewedBefore: monthsBefore(today, checkPeriods(settings?.checkPeriods).legalReviewMonths),
    lawChangedAt: settings?.lawChangedAt ?? null,
  }
}

/**
 * Campaign pages nobody has reviewed against the law, reviewed before the law's text last changed,
 * or longer ago than the settings' period. (A comparison with an unset `$lawChangedAt` is null,
 * which leaves the page out.)
 */
export const PAGES_TO_REVIEW_FILTER = /* groq */ `_type == "page" && (!defined(legalReview.reviewedAt) || legalReview.reviewedAt < $reviewedBefore || legalReview.reviewedAt < $lawChangedAt)`

/**
 * What the page's own form says about a review the list "Behöver granskas mot lagen" would show
 * it for: one reviewed before the law's text last changed, or longer ago than the settings'
 * period; null when it is recent enough. A page never reviewed is left to the list and the
 * field's description, so that new pages do not all start with a warning.
 */
export function legalReviewProblem(
  reviewedAt: string | undefined,
  settings: LegalReviewSettings,
  today: Date = new Date(),
): string | null {
  if (!reviewedAt) return null
  const { reviewedBefore, lawChangedAt } = legalReviewParams(settings, today)
  if (lawChangedAt && reviewedAt < lawChangedAt)
    return `Lagtexten ändrades ${lawChangedAt}, efter granskningen ${reviewedAt}. Läs sidan mot den nya lagtexten och skriv in datumet igen.`
  if (reviewedAt < reviewedBefore) {
    const { legalReviewMonths } = checkPeriods(settings?.checkPeriods)
    return `Sidan granskades för mer än ${legalReviewMonths} månader sedan (${reviewedAt}). Läs den mot lagen igen och skriv in datumet.`
  }
  return null
}
