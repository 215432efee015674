import { VERIFICATION_MAX_AGE_DAYS } from '../../../vocabulary/lists'

export type VerificationState = 'unchecked' | 'stale' | 'checked'

const DAY_MS = 24 * 60 * 60 * 1000

/** The date (YYYY-MM-DD) before which a check counts as too old. */
export function staleBefore(today: Date = new Date()): string {
  return new Date(today.getTime() - VERIFICATION_MAX_AGE_DAYS * DAY_MS).toISOString().slice(0, 10)
}

/** Whether a help link's facts were checked, and recently enough. `checkedAt` is a date (YYYY-MM-DD). */
export function verificationState(checkedAt: string | undefined, today: Date = new Date()): VerificationState {
  if (!checkedAt) return 'unchecked'
  return checkedAt < staleBefore(today) ? 'stale' : 'checked'
}
