import { CheckmarkCircleIcon } from '@sanity/icons/CheckmarkCircle'
import { WarningOutlineIcon } from '@sanity/icons/WarningOutline'
import { defineArrayMember, defineField, defineType, type NumberRule } from 'sanity'

import {
  AGE_RANGE,
  AREA_SCOPES,
  AUDIENCES,
  INTERPRETER_OPTIONS,
  LANGUAGES,
  SWEDISH_REGIONS,
} from '../../../vocabulary/lists'
import { HelpLinkInput } from '../inputs/HelpLinkInput'
import { httpsUrl, notInFuture, requiredObject, requiredWhen } from '../rules/fields'
import { apiVersion } from '../../../vocabulary/api-version'
import {
  CHECK_PERIODS_QUERY,
  CHECKING_NOTE,
  CHECKING_NOTE_MESSAGE,
  checkPeriods,
  MIN_CHECK_MONTHS,
  monthsBefore,
  verificationState,
} from '../rules/verification'

type AreaValue = { scope?: string; regions?: string[]; municipalities?: string[] }
type AgesValue = { min?: number; max?: number }

function ageRule(rule: NumberRule) {
  return rule
    .integer()
    .min(AGE_RANGE.min)
    .max(AGE_RANGE.max)
    .error(`Skriv en ålder i hela år, mellan ${AGE_RANGE.min} och ${AGE_RANGE.max}, till exempel 18.`)
}

/** A municipality as it names itself, without "kommun": "Malmö", "Upplands Väsby", "Lilla Edet". */
function municipalityNameRule(name: string | undefined) {
  if (!name) return true
  if (/\s(kommun|stad)$/i.test(name.trim())) return 'Skriv bara namnet, utan "kommun" eller "stad", till exempel Malmö.'
  return /^\p{Lu}\p{L}*(?:[ -]\p{L}+)*$/u.test(name)
    ? true
    : 'Skriv kommunens namn med stor begynnelsebokstav och bara bokstäver, till exempel Malmö eller Upplands Väsby.'
}
type VerificationValue = { checkedAt?: string; clearedBecause?: string }

/** "Ej kontrollerad", "Kontrollerad 2025-03-01", or a reminder when the check is older than the default period (a preview cannot read the settings). */
export function verificationLabel(checkedAt: string | undefined, today: Date = new Date()): string {
  switch (verificationState(checkedAt, today)) {
    case 'unchecked':
      return 'Ej kontrollerad'
    case 'stale':
      return `Kontrollerad ${checkedAt}, behöver kontrolleras igen`
    case 'checked':
      return `Kontrollerad ${checkedAt}`
  }
}

/**
 * A service people can turn to. Its facts must be true, so it records when and by whom it was
 * last checked; the site shows its contact channels only once someone has, and until then the
 * organisation's own web address.
 */
export const helpLink = defineType({
  name: 'helpLink',
  title: 'Hjälplänk',
  type: 'document',
  icon: CheckmarkCircleIcon,
  components: { input: HelpLinkInput },
  groups: [
    { name: 'service', title: 'Tjänsten', default: true },
    { name: 'contact', title: 'Kontaktvägar' },
    { name: 'verification', title: 'Kontroll' },
  ],
  fields: [
    defineField({
      name: 'name',
      title: 'Tjänstens namn',
      description: 'Till exempel "Kvinnofridslinjen".',
      type: 'string',
      group: 'service',
      validation: (rule) => rule.required().error('Skriv tjänstens namn.'),
    }),
    defineField({
      name: 'provider',
      title: 'Organisation',
      description: 'Vem som driver tjänsten, till exempel "Nationellt centrum för kvinnofrid".',
      type: 'string',
      group: 'service',
    }),
    defineField({
      name: 'providerUrl',
      title: 'Organisationens webbplats',
      description:
        'Startsidan för den som driver tjänsten, till exempel https://malmo.se. Visas när ingen kontaktväg är kontrollerad.',
      type: 'url',
      group: 'service',
      validation: (rule) => [rule.required().error('Skriv organisationens webbadress.'), httpsUrl(rule)],
    }),
    defineField({
      name: 'description',
      title: 'Kort beskrivning',
      description: 'Vad tjänsten erbjuder och för vem. Högst 300 tecken.',
      type: 'text',
      rows: 3,
      group: 'service',
      validation: (rule) => [
        rule.required().error('Beskriv kort vad tjänsten erbjuder.'),
        rule.max(300).error('Beskrivningen får vara högst 300 tecken.'),
        rule
          .custom((text: string | undefined) => (text && CHECKING_NOTE.test(text) ? CHECKING_NOTE_MESSAGE : true))
          .warning(),
      ],
    }),
    defineField({
      // A help link's facts (phone, address, opening hours) are the same in every language, so only
      // its description is translated, here, rather than the whole document.
      name: 'descriptionTranslations',
      title: 'Beskrivningen på andra språk',
      description:
        'Samma beskrivning på de språk webbplatsen har, till exempel engelska. Saknas en översättning visas den svenska.',
      type: 'array',
      group: 'service',
      of: [
        defineArrayMember({
          name: 'descriptionTranslation',
          title: 'Översättning',
          type: 'object',
          fields: [
            defineField({
              name: 'language',
              title: 'Språkets kod',
              description: 'Koden från Inställningar → Språk, till exempel "en" eller "lattlast".',
              type: 'string',
              validation: (rule) => rule.required().error('Skriv språkets kod, till exempel "en".'),
            }),
            defineField({
              name: 'text',
              title: 'Beskrivning',
              type: 'text',
              rows: 3,
              validation: (rule) => [
                rule.required().error('Skriv beskrivningen.'),
                rule.max(300).error('Beskrivningen får vara högst 300 tecken.'),
              ],
            }),
          ],
          preview: { select: { title: 'language', subtitle: 'text' } },
        }),
      ],
    }),
    defineField({
      name: 'audiences',
      title: 'Målgrupper',
      description: 'Vilka tjänsten vänder sig till.',
      type: 'array',
      of: [defineArrayMember({ type: 'string' })],
      options: { list: [...AUDIENCES], layout: 'grid' },
      group: 'service',
      validation: (rule) => rule.required().min(1).error('Välj minst en målgrupp.'),
    }),
    defineField({
      name: 'area',
      title: 'Område',
      description: 'Var tjänsten tar emot människor. Visas på webbplatsen som "Gäller: …".',
      type: 'object',
      group: 'service',
      validation: (rule) => rule.custom(requiredObject('Välj var tjänsten finns.')),
      fields: [
        defineField({
          name: 'scope',
          title: 'Var finns tjänsten?',
          type: 'string',
          options: { list: [...AREA_SCOPES], layout: 'radio' },
          initialValue: 'national',
          validation: (rule) => rule.required().error('Välj var tjänsten finns.'),
        }),
        defineField({
          name: 'regions',
          title: 'Regioner',
          description: 'Välj de regioner där tjänsten tar emot alla som bor där.',
          type: 'array',
          of: [defineArrayMember({ type: 'string' })],
          options: { list: [...SWEDISH_REGIONS] },
          hidden: ({ parent }) => parent?.scope !== 'local',
          validation: (rule) =>
            rule.custom(
              requiredWhen<AreaValue>(
                (area) => area.scope === 'local' && !area.municipalities?.length,
                'Välj minst en region eller skriv minst en kommun.',
              ),
            ),
        }),
        defineField({
          name: 'municipalities',
          title: 'Kommuner',
          description: 'Kommunens namn, till exempel Malmö eller Karlstad. Tryck Enter efter varje kommun.',
          type: 'array',
          of: [defineArrayMember({ type: 'string', validation: (rule) => rule.custom(municipalityNameRule) })],
          options: { layout: 'tags' },
          hidden: ({ parent }) => parent?.scope !== 'local',
        }),
      ],
    }),
    defineField({
      name: 'ages',
      title: 'Ålder',
      description: 'Fyll bara i om tjänsten har en åldersgräns. Lämna tomt om den tar emot alla åldrar.',
      type: 'object',
      group: 'service',
      options: { columns: 2 },
      validation: (rule) =>
        rule.custom((ages: AgesValue | undefined) =>
          ages?.min !== undefined && ages?.max !== undefined && ages.min > ages.max
            ? 'Den lägsta åldern är högre än den högsta. Byt plats på dem.'
            : true,
        ),
      fields: [
        defineField({
          name: 'min',
          title: 'Lägsta ålder',
          description: 'Till exempel 18.',
          type: 'number',
          validation: (rule) => ageRule(rule),
        }),
        defineField({
          name: 'max',
          title: 'Högsta ålder',
          description: 'Till exempel 25.',
          type: 'number',
          validation: (rule) => ageRule(rule),
        }),
      ],
    }),
    defineField({
      name: 'languages',
      title: 'Språk',
      description: 'Språk som personalen själv talar. Lämna tomt om du inte vet.',
      type: 'array',
      of: [defineArrayMember({ type: 'string' })],
      options: { list: [...LANGUAGES] },
      group: 'service',
    }),
    defineField({
      name: 'interpreter',
      title: 'Tolk',
      description: 'Kan man få tolk? Lämna tomt om du inte vet.',
      type: 'string',
      options: { list: [...INTERPRETER_OPTIONS], layout: 'radio', direction: 'horizontal' },
      group: 'service',
    }),
    defineField({
      name: 'channels',
      title: 'Kontaktvägar',
      description:
        'Hur man når tjänsten. Kontaktvägarna visas på webbplatsen först när någon har kontrollerat dem. Fram till dess visas organisationens webbplats.',
      type: 'array',
      of: [
        defineArrayMember({ type: 'phoneChannel' }),
        defineArrayMember({ type: 'webChannel' }),
        defineArrayMember({ type: 'emailChannel' }),
        defineArrayMember({ type: 'visitChannel' }),
        defineArrayMember({ type: 'formChannel' }),
        defineArrayMember({ type: 'bookingChannel' }),
      ],
      group: 'contact',
      // A warning: a service whose channels nobody knows yet can still be listed, with its organisation's address.
      validation: (rule) =>
        rule
          .required()
          .min(1)
          .warning('Lägg till minst ett sätt att nå tjänsten. Till dess visas bara organisationens webbplats.'),
    }),
    defineField({
      name: 'verification',
      title: 'Kontroll av uppgifterna',
      description:
        'Kontrollera uppgifterna hos tjänsten själv. Hur ofta det ska göras står under Inställningar, Kontroller (sex månader om inget annat är valt).',
      type: 'object',
      group: 'verification',
      // A warning, not an error: an unchecked link may be published; the site just shows the organisation's address instead.
      validation: (rule) =>
        rule
          .custom(async (verification: VerificationValue | undefined, context) => {
            const checkedAt = verification?.checkedAt
            if (!checkedAt) {
              return (
                verification?.clearedBecause ??
                'Ej kontrollerad: kontaktvägarna visas inte på webbplatsen förrän någon har kontrollerat dem. Besökarna ser bara organisationens webbplats.'
              )
            }
            // Fresh under any period the settings allow: no need to read them.
            if (checkedAt >= monthsBefore(new Date(), MIN_CHECK_MONTHS)) return true
            // Settings that cannot be read leave the default period, at once: a warning is not worth a wait.
            const { helpLinkMonths } = checkPeriods(
              await context
                .getClient({ apiVersion })
                .withConfig({ maxRetries: 0 })
                .fetch(CHECK_PERIODS_QUERY, {}, { perspective: 'raw' })
                .catch(() => null),
            )
            return verificationState(checkedAt, new Date(), helpLinkMonths) === 'stale'
              ? `Uppgifterna kontrollerades för mer än ${helpLinkMonths} månader sedan. Kontrollera dem igen.`
              : true
          })
          .warning(),
      fields: [
        defineField({
          name: 'checkedAt',
          title: 'Senast kontrollerad',
          description: 'Lämna tomt tills någon faktiskt har kontrollerat uppgifterna.',
          type: 'date',
          options: { dateFormat: 'YYYY-MM-DD' },
          validation: (rule) => rule.custom(notInFuture),
        }),
        defineField({
          name: 'checkedBy',
          title: 'Kontrollerad av',
          description: 'Namn på den som kontrollerade.',
          type: 'string',
          validation: (rule) =>
            rule.custom(
              requiredWhen<VerificationValue>(
                (verification) => Boolean(verification.checkedAt),
                'Skriv vem som kontrollerade.',
              ),
            ),
        }),
        defineField({
          name: 'checkedChannels',
          title: 'Kontrollerade kontaktvägar',
          description:
            'Sparas när hjälplänken markeras som kontrollerad, så att en ändring av dem tar bort kontrollen.',
          type: 'string',
          hidden: true,
          readOnly: true,
        }),
        defineField({
          name: 'clearedBecause',
          title: 'Varför kontrollen togs bort',
          type: 'string',
          hidden: true,
          readOnly: true,
        }),
        defineField({
          name: 'note',
          title: 'Anteckning',
          description: 'Till exempel hur uppgifterna kontrollerades. Visas inte på webbplatsen.',
          type: 'text',
          rows: 2,
        }),
      ],
    }),
    defineField({
      name: 'linkCheck',
      title: 'Kontroll av webbadresserna',
      description:
        'Fylls i av länkkontrollen, som regelbundet hämtar organisationens webbplats och varje webbadress bland kontaktvägarna. Starta den nu med "Kontrollera webbadresserna" längst ner. Visas inte på webbplatsen.',
      type: 'linkCheck',
      group: 'verification',
      readOnly: true,
      validation: (rule) =>
        rule
          .custom((check: { broken?: boolean } | undefined) =>
            check?.broken ? 'Minst en webbadress fungerade inte vid senaste kontrollen. Se vilken nedan.' : true,
          )
          .warning(),
    }),
    defineField({
      name: 'sortOrder',
      title: 'Ordning',
      description: 'Valfritt. Lägre nummer visas först.',
      type: 'number',
      group: 'service',
      validation: (rule) => rule.integer().error('Skriv ett heltal.'),
    }),
  ],
  orderings: [
    {
      title: 'Ordning',
      name: 'sortOrderAsc',
      by: [
        { field: 'sortOrder', direction: 'asc' },
        { field: 'name', direction: 'asc' },
      ],
    },
    { title: 'Namn', name: 'nameAsc', by: [{ field: 'name', direction: 'asc' }] },
    {
      title: 'Äldst kontroll först',
      name: 'checkedAtAsc',
      by: [{ field: 'verification.checkedAt', direction: 'asc' }],
    },
  ],
  preview: {
    select: { name: 'name', audiences: 'audiences', checkedAt: 'verification.checkedAt', broken: 'linkCheck.broken' },
    prepare: ({ name, audiences, checkedAt, broken }) => {
      const audienceTitles = (Array.isArray(audiences) ? audiences : [])
        .map((audience: string) => AUDIENCES.find((item) => item.value === audience)?.title ?? audience)
        .join(', ')
      return {
        title: name ?? 'Hjälplänk utan namn',
        subtitle: [audienceTitles, verificationLabel(checkedAt), broken ? 'En webbadress fungerar inte' : undefined]
          .filter(Boolean)
          .join(' · '),
        media: verificationState(checkedAt) === 'checked' && !broken ? CheckmarkCircleIcon : WarningOutlineIcon,
      }
    },
  },
})
