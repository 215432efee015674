import { z } from 'zod'

import { AUDIENCES, CHANNEL_FACTS, REGION_SCOPES, titleOf, type Audience } from '@/vocabulary/lists'
import type { HELP_LINKS_QUERY_RESULT } from '@/sanity.types'

import { optionalText, requiredText } from './common'
import { safeUrl } from './links'
import { reportContentProblem } from './report'
import { shapeOf, type ItemOf } from './shape'

type HelpLinkResult = ItemOf<HELP_LINKS_QUERY_RESULT>
type ChannelResult = ItemOf<HelpLinkResult['channels']>

export type HelpChannel =
  | { kind: 'phone'; key: string; number: string; href: string; openingHours: string | null; facts: string[] }
  | { kind: 'web'; key: string; href: string; label: string; facts: string[] }
  | { kind: 'email'; key: string; address: string; href: string; facts: string[] }
  | { kind: 'visit'; key: string; address: string; openingHours: string | null; facts: string[] }

export type HelpLink = {
  id: string
  name: string
  provider: string | null
  description: string
  audiences: Audience[]
  /** Where the service is offered, in words: "Hela Sverige", "Värmland", "Karlstads kommun". */
  region: string | null
  channels: HelpChannel[]
}

const audienceValues = AUDIENCES.map((audience) => audience.value) as [Audience, ...Audience[]]

/** Fact labels in the wording editors chose from; unknown values are dropped. */
const factsSchema = z
  .array(z.string())
  .nullish()
  .catch(null)
  .transform((facts) => (facts ?? []).flatMap((fact) => titleOf(CHANNEL_FACTS, fact) ?? []))

/** "020-50 50 50" → "tel:020505050"; "+46 8 123 45 67" → "tel:+4681234567". */
export function telHref(number: string): string {
  return `tel:${number.replace(/[^\d+]/g, '')}`
}

const channelSchema = z.object(
  shapeOf<ChannelResult>()({
    _key: z.string(),
    _type: z.enum(['phoneChannel', 'webChannel', 'emailChannel', 'visitChannel']),
    number: optionalText,
    openingHours: optionalText,
    url: optionalText,
    label: optionalText,
    address: optionalText,
    facts: factsSchema,
  }),
)

function toChannel(channel: z.output<typeof channelSchema>): HelpChannel | null {
  const { _key: key, facts, openingHours } = channel
  switch (channel._type) {
    case 'phoneChannel':
      return channel.number
        ? { kind: 'phone', key, number: channel.number, href: telHref(channel.number), openingHours, facts }
        : null
    case 'webChannel': {
      const href = safeUrl(channel.url)
      return href
        ? { kind: 'web', key, href, label: channel.label ?? new URL(href).hostname.replace(/^www\./, ''), facts }
        : null
    }
    case 'emailChannel':
      return channel.address
        ? { kind: 'email', key, address: channel.address, href: `mailto:${channel.address}`, facts }
        : null
    case 'visitChannel':
      return channel.address ? { kind: 'visit', key, address: channel.address, openingHours, facts } : null
  }
}

const helpLinkFieldsSchema = z.object(
  shapeOf<HelpLinkResult>()({
    _id: z.string(),
    name: requiredText,
    provider: optionalText,
    description: requiredText,
    audiences: z
      .array(z.string())
      .nullish()
      .catch(null)
      .transform((values) =>
        (values ?? []).filter((value): value is Audience => (audienceValues as string[]).includes(value)),
      ),
    region: z.object({ scope: z.string().nullish(), municipality: z.string().nullish() }).nullish().catch(null),
    channels: z.array(z.unknown()).nullish().catch(null),
    checkedAt: z.string().nullish().catch(null),
  }),
)

/** "Karlstad" → "Karlstads kommun", "Sunne" → "Sunne kommun", "Grums" → "Grums kommun". */
export function municipalityName(municipality: string): string {
  return /[aeiouyåäös]$/i.test(municipality) ? `${municipality} kommun` : `${municipality}s kommun`
}

function regionText(region: z.output<typeof helpLinkFieldsSchema>['region']): string | null {
  if (region?.scope === 'municipality') return region.municipality ? municipalityName(region.municipality) : null
  return titleOf(REGION_SCOPES, region?.scope ?? undefined) ?? null
}

/**
 * A help link as visitors see it. Phone numbers are shown only when someone has checked them
 * (`verification.checkedAt`): a wrong number for a person in crisis is worse than none.
 */
export const helpLinkSchema = z.unknown().transform((value): HelpLink | null => {
  const parsed = helpLinkFieldsSchema.safeParse(value)
  if (!parsed.success) {
    reportContentProblem('help link skipped', parsed.error)
    return null
  }
  const link = parsed.data
  const channels = (link.channels ?? []).flatMap((raw) => {
    const channel = channelSchema.safeParse(raw)
    if (!channel.success) {
      reportContentProblem(`channel of help link "${link.name}" skipped`, channel.error)
      return []
    }
    if (channel.data._type === 'phoneChannel' && !link.checkedAt) return []
    return toChannel(channel.data) ?? []
  })
  return {
    id: link._id,
    name: link.name,
    provider: link.provider,
    description: link.description,
    audiences: link.audiences,
    region: regionText(link.region),
    channels,
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
