import { EnvelopeIcon } from '@sanity/icons/Envelope'
import { HomeIcon } from '@sanity/icons/Home'
import { MobileDeviceIcon } from '@sanity/icons/MobileDevice'
import { EarthGlobeIcon } from '@sanity/icons/EarthGlobe'
import { CalendarIcon } from '@sanity/icons/Calendar'
import { ComposeIcon } from '@sanity/icons/Compose'
import { defineField, defineType } from 'sanity'

import { phoneProblem } from '../../../vocabulary/phone'
import { PhoneNumberInput } from '../inputs/PhoneNumberInput'
import { EMAIL_MESSAGE, httpsUrl } from '../rules/fields'
import { channelFactsField, factTitles } from './channelFacts'

const openingHoursField = defineField({
  name: 'openingHours',
  title: 'Öppettider',
  description: 'Till exempel "Dygnet runt" eller "Vardagar 9–16".',
  type: 'string',
})

export const phoneChannel = defineType({
  name: 'phoneChannel',
  title: 'Telefon',
  type: 'object',
  icon: MobileDeviceIcon,
  fields: [
    defineField({
      name: 'number',
      title: 'Telefonnummer',
      description:
        'Till exempel 114 14, 020-50 50 50 eller 070-123 45 67. Du kan klistra in numret som det står någonstans: det sparas i samma form som alla andra nummer. Numret visas först när hjälplänken är kontrollerad.',
      type: 'string',
      components: { input: PhoneNumberInput },
      validation: (rule) => [
        rule.required().error('Skriv telefonnumret.'),
        rule.custom((number: string | undefined) => (number ? (phoneProblem(number) ?? true) : true)),
      ],
    }),
    openingHoursField,
    channelFactsField,
  ],
  preview: {
    select: { number: 'number', openingHours: 'openingHours', facts: 'facts' },
    prepare: ({ number, openingHours, facts }) => ({
      title: number ? `Telefon ${number}` : 'Telefon utan nummer',
      subtitle: [openingHours, factTitles(facts)].filter(Boolean).join(' · '),
    }),
  },
})

export const webChannel = defineType({
  name: 'webChannel',
  title: 'Webbplats',
  type: 'object',
  icon: EarthGlobeIcon,
  fields: [
    defineField({
      name: 'url',
      title: 'Webbadress',
      type: 'url',
      validation: (rule) => [rule.required().error('Skriv webbadressen.'), httpsUrl(rule)],
    }),
    defineField({
      name: 'label',
      title: 'Länktext',
      description: 'Om adressen inte säger tillräckligt, till exempel "Chatta med en kurator". Annars visas adressen.',
      type: 'string',
    }),
    channelFactsField,
  ],
  preview: {
    select: { url: 'url', label: 'label', facts: 'facts' },
    prepare: ({ url, label, facts }) => ({
      title: label ?? url ?? 'Webbplats utan adress',
      subtitle: [label ? url : undefined, factTitles(facts)].filter(Boolean).join(' · '),
    }),
  },
})

export const emailChannel = defineType({
  name: 'emailChannel',
  title: 'E-post',
  type: 'object',
  icon: EnvelopeIcon,
  fields: [
    defineField({
      name: 'address',
      title: 'E-postadress',
      type: 'string',
      validation: (rule) => [rule.required().error('Skriv e-postadressen.'), rule.email().error(EMAIL_MESSAGE)],
    }),
    channelFactsField,
  ],
  preview: {
    select: { address: 'address', facts: 'facts' },
    prepare: ({ address, facts }) => ({ title: address ?? 'E-post utan adress', subtitle: factTitles(facts) }),
  },
})

export const visitChannel = defineType({
  name: 'visitChannel',
  title: 'Besöksadress',
  type: 'object',
  icon: HomeIcon,
  fields: [
    defineField({
      name: 'address',
      title: 'Adress',
      description: 'Gatuadress, postnummer och ort. Skriv om man behöver boka tid.',
      type: 'text',
      rows: 3,
      validation: (rule) => rule.required().error('Skriv besöksadressen.'),
    }),
    openingHoursField,
    channelFactsField,
  ],
  preview: {
    select: { address: 'address', openingHours: 'openingHours' },
    prepare: ({ address, openingHours }) => ({
      title: address ? String(address).split('\n')[0] : 'Besöksadress saknas',
      subtitle: openingHours,
    }),
  },
})

/** A web page where one books a time or writes to the service: the same fields, a different promise. */
function webFormChannel(name: string, title: string, icon: typeof CalendarIcon, example: string) {
  return defineType({
    name,
    title,
    type: 'object',
    icon,
    fields: [
      defineField({
        name: 'url',
        title: 'Webbadress',
        description: `Adressen till sidan där man ${example}.`,
        type: 'url',
        validation: (rule) => [rule.required().error('Skriv webbadressen.'), httpsUrl(rule)],
      }),
      defineField({
        name: 'label',
        title: 'Länktext',
        description: 'Om adressen inte säger tillräckligt. Annars visas adressen.',
        type: 'string',
      }),
      channelFactsField,
    ],
    preview: {
      select: { url: 'url', label: 'label', facts: 'facts' },
      prepare: ({ url, label, facts }) => ({
        title: `${title}: ${label ?? url ?? 'adress saknas'}`,
        subtitle: [label ? url : undefined, factTitles(facts)].filter(Boolean).join(' · '),
      }),
    },
  })
}

export const formChannel = webFormChannel('formChannel', 'Kontaktformulär', ComposeIcon, 'skriver till tjänsten')
export const bookingChannel = webFormChannel('bookingChannel', 'Bokning', CalendarIcon, 'bokar en tid')
