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

/**
 * Words about checking the facts, which belong in the help link's "Kontroll" group and never in
 * text that visitors read: "Vi har inte kontrollerat …", "Ej kontrollerad", "Kontrollerad
 * 2026-11-28", or the name of the team or document a check came from.
 */
export const CHECKING_NOTE =
  /(?:inte|ej)\s+(?:\p{L}+\s+){0,2}?kontroller\p{L}*|kontrollerad\p{L}*\s+(?:av\b|\d)|projektgruppen|faktaunderlag|domain\.md/iu

export const CHECKING_NOTE_MESSAGE =
  'Texten handlar om kontrollen av uppgifterna. Besökarna ska inte läsa det: skriv det under Kontroll i stället.'
