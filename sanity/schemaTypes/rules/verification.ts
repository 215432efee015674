export type VerificationState = 'unchecked' | 'stale' | 'checked'

/**
 * How long checks last, in months, unless the settings ("Kontroller") say otherwise: a help link's
 * check of its facts, and a campaign page's review against the law.
 */
export const CHECK_PERIOD_DEFAULTS = { helpLinkMonths: 6, legalReviewMonths: 12 } as const

/** The shortest period the settings accept. */
export const MIN_CHECK_MONTHS = 1

export type CheckPeriods = { helpLinkMonths: number; legalReviewMonths: number }

/** The settings' periods, the draft's if an editor is changing them, with the defaults for any unset. */
export const CHECK_PERIODS_QUERY = /* groq */ `coalesce(*[_id == "drafts.settings"][0].checkPeriods, *[_id == "settings"][0].checkPeriods)`

export function checkPeriods(value: Partial<Record<keyof CheckPeriods, unknown>> | null | undefined): CheckPeriods {
  const months = (given: unknown, fallback: number) =>
    typeof given === 'number' && Number.isInteger(given) && given > 0 ? given : fallback
  return {
    helpLinkMonths: months(value?.helpLinkMonths, CHECK_PERIOD_DEFAULTS.helpLinkMonths),
    legalReviewMonths: months(value?.legalReviewMonths, CHECK_PERIOD_DEFAULTS.legalReviewMonths),
  }
}

/** The date (YYYY-MM-DD) `months` calendar months before `today`. */
export function monthsBefore(today: Date, months: number): string {
  const date = new Date(today)
  date.setUTCMonth(date.getUTCMonth() - months)
  return date.toISOString().slice(0, 10)
}

/** The date (YYYY-MM-DD) before which a help link's check counts as too old. */
export function staleBefore(today: Date = new Date(), months: number = CHECK_PERIOD_DEFAULTS.helpLinkMonths): string {
  return monthsBefore(today, months)
}

/** Whether a help link's facts were checked, and recently enough. `checkedAt` is a date (YYYY-MM-DD). */
export function verificationState(
  checkedAt: string | undefined,
  today: Date = new Date(),
  months: number = CHECK_PERIOD_DEFAULTS.helpLinkMonths,
): VerificationState {
  if (!checkedAt) return 'unchecked'
  return checkedAt < staleBefore(today, months) ? 'stale' : 'checked'
}

/**
 * What "Behöver kontrolleras" lists: help links nobody has checked, whose check is older than
 * `$staleBefore`, or with a web address that failed the last link check (lib/link-check.ts).
 */
export const HELP_LINKS_TO_CHECK_FILTER = /* groq */ `_type == "helpLink" && (!defined(verification.checkedAt) || verification.checkedAt < $staleBefore || linkCheck.broken == true)`

/**
 * Words about checking the facts, which belong in the help link's "Kontroll" group and never in
 * text that visitors read: "Vi har inte kontrollerat …", "Ej kontrollerad", "Kontrollerad
 * 2026-11-28", or the name of the team or document a check came from.
 */
export const CHECKING_NOTE =
  /(?:inte|ej)\s+(?:\p{L}+\s+){0,2}?kontroller\p{L}*|kontrollerad\p{L}*\s+(?:av\b|\d)|projektgruppen|faktaunderlag|domain\.md/iu

export const CHECKING_NOTE_MESSAGE =
  'Texten handlar om kontrollen av uppgifterna. Besökarna ska inte läsa det: skriv det under Kontroll i stället.'

/** What a check vouches for in each channel: where it leads, when it is open and what it promises. */
const CHANNEL_FACT_NAMES = {
  number: 'telefonnumret',
  address: 'adressen',
  url: 'webbadressen',
  openingHours: 'öppettiderna',
  facts: '"Bra att veta"',
} as const

type ChannelFacts = Partial<Record<keyof typeof CHANNEL_FACT_NAMES, unknown>> & { _key?: string; _type?: string }

/**
 * The channels' facts as one string, recorded when a link is marked as checked, so that a later
 * change to any of them can be told apart from edits the check does not cover (the description,
 * the order of the channels).
 */
export function channelFingerprint(channels: ChannelFacts[] | undefined): string {
  const entries = (channels ?? []).map((channel) => [
    channel._key ?? '',
    [
      channel._type ?? '',
      ...Object.keys(CHANNEL_FACT_NAMES).map((name) => channel[name as keyof ChannelFacts] ?? null),
    ],
  ])
  return JSON.stringify(Object.fromEntries(entries.sort(([a], [b]) => String(a).localeCompare(String(b)))))
}

const inWords = (parts: string[]) =>
  parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} och ${parts[parts.length - 1]}`

/** In words, what changed since the check: "telefonnumret och öppettiderna ändrades". */
export function channelChange(checked: string, now: string): string {
  const before = JSON.parse(checked) as Record<string, unknown[]>
  const after = JSON.parse(now) as Record<string, unknown[]>
  const names = Object.values(CHANNEL_FACT_NAMES)
  const changed = new Set<string>()
  let added = false
  for (const [key, facts] of Object.entries(after)) {
    if (!(key in before)) added = true
    else
      names.forEach((name, index) => {
        if (JSON.stringify(facts[index + 1]) !== JSON.stringify(before[key][index + 1])) changed.add(name)
      })
  }
  const parts = [
    ...(changed.size > 0 ? [`${inWords([...changed])} ändrades`] : []),
    ...(added ? ['en ny kontaktväg lades till'] : []),
    ...(Object.keys(before).some((key) => !(key in after)) ? ['en kontaktväg togs bort'] : []),
  ]
  return parts.length > 0 ? inWords(parts) : 'kontaktvägarna ändrades'
}

/** Why a check was cleared, as the Studio tells the editor. */
export function checkClearedMessage(change: string, date: string): string {
  return `Kontrollen togs bort ${date} eftersom ${change}. Kontrollera uppgifterna hos tjänsten och markera hjälplänken som kontrollerad igen. Till dess visas inga kontaktvägar på webbplatsen.`
}
