import { CheckmarkCircleIcon } from '@sanity/icons/CheckmarkCircle'
import { WarningOutlineIcon } from '@sanity/icons/WarningOutline'
import { defineArrayMember, defineField, defineType } from 'sanity'

import { AUDIENCES, REGION_SCOPES, VARMLAND_MUNICIPALITIES } from '../../../vocabulary/lists'
import { notInFuture, requiredObject, requiredWhen } from '../rules/fields'
import { verificationState } from '../rules/verification'

type RegionValue = { scope?: string }
type VerificationValue = { checkedAt?: string }

/** "Ej kontrollerad", "Kontrollerad 2025-03-01", or a reminder when the check is too old. */
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
 * last checked; the site hides phone numbers nobody has checked.
 */
export const helpLink = defineType({
  name: 'helpLink',
  title: 'Hjälplänk',
  type: 'document',
  icon: CheckmarkCircleIcon,
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
      name: 'description',
      title: 'Kort beskrivning',
      description: 'Vad tjänsten erbjuder och för vem. Högst 300 tecken.',
      type: 'text',
      rows: 3,
      group: 'service',
      validation: (rule) => [
        rule.required().error('Beskriv kort vad tjänsten erbjuder.'),
        rule.max(300).error('Beskrivningen får vara högst 300 tecken.'),
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
      name: 'region',
      title: 'Område',
      type: 'object',
      group: 'service',
      validation: (rule) => rule.custom(requiredObject('Välj var tjänsten finns.')),
      fields: [
        defineField({
          name: 'scope',
          title: 'Var finns tjänsten?',
          type: 'string',
          options: { list: [...REGION_SCOPES], layout: 'radio' },
          initialValue: 'national',
          validation: (rule) => rule.required().error('Välj var tjänsten finns.'),
        }),
        defineField({
          name: 'municipality',
          title: 'Kommun',
          type: 'string',
          options: { list: [...VARMLAND_MUNICIPALITIES] },
          hidden: ({ parent }) => parent?.scope !== 'municipality',
          validation: (rule) =>
            rule.custom(requiredWhen<RegionValue>((region) => region.scope === 'municipality', 'Välj kommun.')),
        }),
      ],
    }),
    defineField({
      name: 'channels',
      title: 'Kontaktvägar',
      description: 'Hur man når tjänsten. Telefonnummer visas på webbplatsen först när hjälplänken är kontrollerad.',
      type: 'array',
      of: [
        defineArrayMember({ type: 'phoneChannel' }),
        defineArrayMember({ type: 'webChannel' }),
        defineArrayMember({ type: 'emailChannel' }),
        defineArrayMember({ type: 'visitChannel' }),
      ],
      group: 'contact',
      validation: (rule) => rule.required().min(1).error('Lägg till minst ett sätt att nå tjänsten.'),
    }),
    defineField({
      name: 'verification',
      title: 'Kontroll av uppgifterna',
      description: 'Kontrollera uppgifterna hos tjänsten själv minst en gång om året.',
      type: 'object',
      group: 'verification',
      // A warning, not an error: an unchecked link may be published; the site just hides its phone numbers.
      validation: (rule) =>
        rule
          .custom((verification: VerificationValue | undefined, context) => {
            const channels = (context.document as { channels?: { _type?: string }[] } | undefined)?.channels
            switch (verificationState(verification?.checkedAt)) {
              case 'unchecked':
                return channels?.some((channel) => channel._type === 'phoneChannel')
                  ? 'Ej kontrollerad: telefonnumret visas inte på webbplatsen förrän någon har kontrollerat uppgifterna.'
                  : true
              case 'stale':
                return 'Uppgifterna kontrollerades för mer än ett år sedan. Kontrollera dem igen.'
              case 'checked':
                return true
            }
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
          name: 'note',
          title: 'Anteckning',
          description: 'Till exempel hur uppgifterna kontrollerades. Visas inte på webbplatsen.',
          type: 'text',
          rows: 2,
        }),
      ],
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
    select: { name: 'name', audiences: 'audiences', checkedAt: 'verification.checkedAt' },
    prepare: ({ name, audiences, checkedAt }) => {
      const audienceTitles = (Array.isArray(audiences) ? audiences : [])
        .map((audience: string) => AUDIENCES.find((item) => item.value === audience)?.title ?? audience)
        .join(', ')
      return {
        title: name ?? 'Hjälplänk utan namn',
        subtitle: [audienceTitles, verificationLabel(checkedAt)].filter(Boolean).join(' · '),
        media: verificationState(checkedAt) === 'checked' ? CheckmarkCircleIcon : WarningOutlineIcon,
      }
    },
  },
})
