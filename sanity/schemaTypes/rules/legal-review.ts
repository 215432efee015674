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
