import { stegaClean } from '@sanity/client/stega'
import { z } from 'zod'

import {
  AREA_SCOPES,
  AUDIENCES,
  CHANNEL_FACTS,
  INTERPRETER_OPTIONS,
  LANGUAGES,
  SWEDISH_REGIONS,
  titleOf,
  type Audience,
} from '@/vocabulary/lists'
import { normalizePhone } from '@/vocabulary/phone'
import type { HELP_LINKS_QUERY_RESULT } from '@/sanity.types'

import { optionalText, requiredText } from './common'
import { safeUrl } from './links'
import { reportContentProblem } from './report'
import { shapeOf, type ItemOf } from './shape'

type HelpLinkResult = ItemOf<HELP_LINKS_QUERY_RESULT>
type ChannelResult = ItemOf<HelpLinkResult['channels']>

type WebPageChannel = { key: string; href: string; label: string; facts: string[] }

export type HelpChannel =
  | { kind: 'phone'; key: string; number: string; href: string; openingHours: string | null; facts: string[] }
  | ({ kind: 'web' } & WebPageChannel)
  | ({ kind: 'form' } & WebPageChannel)
  | ({ kind: 'booking' } & WebPageChannel)
  | { kind: 'email'; key: string; address: string; href: string; facts: string[] }
  | { kind: 'visit'; key: string; address: string; openingHours: string | null; facts: string[] }

export type HelpLink = {
  id: string
  name: string
  provider: string | null
  description: string
  /** "sv" when the description is the Swedish original (no translation for the page's language), else null. */
  descriptionLang: 'sv' | null
  audiences: Audience[]
  /** Where the service is offered, in words: "Hela Sverige", "Bara digitalt", "Skåne och Malmö kommun". */
  area: string | null
  /** The age limits in words: "18 år och äldre", "13–25 år", "Upp till 25 år". */
  ages: string | null
  /** The languages the staff speak, in words: "svenska och engelska". */
  languages: string | null
  interpreter: string | null
  /** Only channels someone has checked; empty until then. */
  channels: HelpChannel[]
  /** Where to send visitors when no channel is checked: the organisation's own web address. */
  fallback: { href: string; label: string } | null
}

const audienceValues = AUDIENCES.map((audience) => audience.value) as [Audience, ...Audience[]]

/** Known values from a list, in the list's wording; unknown values are dropped. */
function labelsFrom<T extends { value: string; title: string }>(list: readonly T[]) {
  return z
    .array(z.string())
    .nullish()
    .catch(null)
    .transform((values) => (values ?? []).flatMap((value) => titleOf(list, value) ?? []))
}

const factsSchema = labelsFrom(CHANNEL_FACTS)

/** "020-50 50 50" → "tel:020505050"; "+46 8 123 45 67" → "tel:+4681234567". */
export function telHref(number: string): string {
  return `tel:${number.replace(/[^\d+]/g, '')}`
}

const channelSchema = z.object(
  shapeOf<ChannelResult>()({
    _key: z.string(),
    _type: z.enum(['phoneChannel', 'webChannel', 'emailChannel', 'visitChannel', 'formChannel', 'bookingChannel']),
    number: optionalText,
    openingHours: optionalText,
    url: optionalText,
    label: optionalText,
    address: optionalText,
    facts: factsSchema,
  }),
)

const hostname = (href: string) => new URL(href).hostname.replace(/^www\./, '')

function webPage(channel: z.output<typeof channelSchema>): WebPageChannel | null {
  const href = safeUrl(channel.url)
  return href ? { key: channel._key, href, label: channel.label ?? hostname(href), facts: channel.facts } : null
}

function toChannel(channel: z.output<typeof channelSchema>): HelpChannel | null {
  const { _key: key, facts, openingHours } = channel
  switch (channel._type) {
    case 'phoneChannel': {
      if (!channel.number) return null
      // The Studio stores numbers normalised; one written past it is shown the same way if it can be read.
      // (Kept as it is when already normalised, so that draft mode keeps its visual-editing markers.)
      const clean = stegaClean(channel.number)
      const normal = normalizePhone(clean)
      const number = 'number' in normal && normal.number !== clean ? normal.number : channel.number
      return { kind: 'phone', key, number, href: telHref(number), openingHours, facts }
    }
    case 'webChannel':
    case 'formChannel':
    case 'bookingChannel': {
      const page = webPage(channel)
      const kind = ({ webChannel: 'web', formChannel: 'form', bookingChannel: 'booking' } as const)[channel._type]
      return page && { kind, ...page }
    }
    case 'emailChannel':
      return channel.address
        ? { kind: 'email', key, address: channel.address, href: `mailto:${channel.address}`, facts }
        : null
    case 'visitChannel':
      return channel.address ? { kind: 'visit', key, address: channel.address, openingHours, facts } : null
  }
}

const ageSchema = z.number().int().min(0).max(120).nullish().catch(null)

const helpLinkFieldsSchema = z.object(
  shapeOf<HelpLinkResult>()({
    _id: z.string(),
    name: requiredText,
    provider: optionalText,
    providerUrl: optionalText,
    description: requiredText,
    translatedDescription: optionalText,
    audiences: z
      .array(z.string())
      .nullish()
      .catch(null)
      .transform((values) =>
        (values ?? []).filter((value): value is Audience => (audienceValues as string[]).includes(value)),
      ),
    area: z
      .object({
        scope: z.string().nullish(),
        regions: labelsFrom(SWEDISH_REGIONS),
        municipalities: z.array(z.string().trim().min(1)).nullish().catch(null),
      })
      .nullish()
      .catch(null),
    ages: z.object({ min: ageSchema, max: ageSchema }).nullish().catch(null),
    languages: labelsFrom(LANGUAGES),
    interpreter: optionalText,
    channels: z.array(z.unknown()).nullish().catch(null),
    verified: z.boolean().nullish().catch(null),
  }),
)

type HelpLinkFields = z.output<typeof helpLinkFieldsSchema>

/** "Karlstad" → "Karlstads kommun", "Sunne" → "Sunne kommun", "Grums" → "Grums kommun". */
export function municipalityName(municipality: string): string {
  return /[aeiouyåäös]$/i.test(municipality) ? `${municipality} kommun` : `${municipality}s kommun`
}

/** "a", "a och b", "a, b och c". */
export function listInWords(items: string[]): string | null {
  if (items.length === 0) return null
  return items.length === 1 ? items[0] : `${items.slice(0, -1).join(', ')} och ${items[items.length - 1]}`
}

function areaText(area: HelpLinkFields['area']): string | null {
  if (area?.scope === 'local') {
    return listInWords([...area.regions, ...(area.municipalities ?? []).map(municipalityName)])
  }
  return titleOf(AREA_SCOPES, area?.scope ?? undefined) ?? null
}

export function agesText(ages: HelpLinkFields['ages']): string | null {
  const min = ages?.min ?? null
  const max = ages?.max ?? null
  if (min !== null && max !== null) return min <= max ? `${min}–${max} år` : null
  if (min !== null) return `${min} år och äldre`
  if (max !== null) return `Upp till ${max} år`
  return null
}

function fallbackOf(link: HelpLinkFields): HelpLink['fallback'] {
  const href = safeUrl(link.providerUrl)
  return href ? { href, label: hostname(href) } : null
}

/**
 * A help link as visitors see it. Its channels are shown only when a named person has checked
 * them: a wrong number for a person in crisis is worse than none. Until then visitors get the
 * organisation's own web address, which is where the service would publish its contact details.
 */
export const helpLinkSchema = z.unknown().transform((value): HelpLink | null => {
  const parsed = helpLinkFieldsSchema.safeParse(value)
  if (!parsed.success) {
    reportContentProblem('help link skipped', parsed.error)
    return null
  }
  const link = parsed.data
  const channels = !link.verified
    ? []
    : (link.channels ?? []).flatMap((raw) => {
        const channel = channelSchema.safeParse(raw)
        if (!channel.success) {
          reportContentProblem(`channel of help link "${link.name}" skipped`, channel.error)
          return []
        }
        return toChannel(channel.data) ?? []
      })
  return {
    id: link._id,
    name: link.name,
    provider: link.provider,
    description: link.translatedDescription ?? link.description,
    descriptionLang: link.translatedDescription ? null : 'sv',
    audiences: link.audiences,
    area: areaText(link.area),
    ages: agesText(link.ages),
    languages: listInWords(link.languages),
    interpreter: titleOf(INTERPRETER_OPTIONS, link.interpreter ?? undefined) ?? null,
    channels,
    fallback: channels.length === 0 ? fallbackOf(link) : null,
  }
})

export const helpLinksSchema = z
  .array(helpLinkSchema)
  .nullish()
  .catch(null)
  .transform((links) => (links ?? []).filter((link): link is HelpLink => link !== null))

/** Links for one audience: those meant for it and those meant for everyone. */
export function linksFor(links: HelpLink[], audience: Audience): HelpLink[] {
  return links.filter((link) => link.audiences.includes(audience) || link.audiences.includes('everyone'))
}
