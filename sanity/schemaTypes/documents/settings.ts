import { CogIcon } from '@sanity/icons/Cog'
import { defineArrayMember, defineField, defineType } from 'sanity'

import { EMAIL_MESSAGE, httpsUrl, lengthLimit, requiredObject } from '../rules/fields'

export const PUBLIC_RECORD_NOTE =
  'Det du skriver till en myndighet blir en allmän handling. Det betyder att vem som helst kan begära att få läsa det. Skriv därför inga känsliga uppgifter om dig själv eller någon annan.'

/** The site's own settings: one document with the fixed id "settings". */
export const settings = defineType({
  name: 'settings',
  title: 'Inställningar',
  type: 'document',
  icon: CogIcon,
  groups: [
    { name: 'general', title: 'Allmänt', default: true },
    { name: 'navigation', title: 'Meny och sidfot' },
    { name: 'quickExit', title: 'Lämna sidan snabbt' },
    { name: 'help', title: 'Hjälpsidan' },
    { name: 'feedback', title: 'Synpunkter' },
  ],
  fields: [
    defineField({
      name: 'siteName',
      title: 'Webbplatsens namn',
      type: 'string',
      group: 'general',
      initialValue: 'Somliga tror',
      validation: (rule) => rule.required().error('Skriv webbplatsens namn.'),
    }),
    defineField({
      name: 'description',
      title: 'Beskrivning',
      description: 'Kort beskrivning av webbplatsen för sökmotorer och delningar. Högst 160 tecken.',
      type: 'text',
      rows: 3,
      group: 'general',
      validation: (rule) => lengthLimit(rule, 160, 150),
    }),
    defineField({
      name: 'startPage',
      title: 'Startsida',
      description: 'Kampanjsidan som visas på webbplatsens förstasida.',
      type: 'reference',
      to: [{ type: 'page' }],
      group: 'general',
      validation: (rule) => rule.required().error('Välj vilken kampanjsida som är startsida.'),
    }),
    defineField({
      name: 'organisations',
      title: 'Avsändare',
      description: 'Organisationerna bakom kampanjen, i den ordning de ska visas.',
      type: 'array',
      of: [defineArrayMember({ type: 'reference', to: [{ type: 'organisation' }] })],
      group: 'general',
      validation: (rule) => rule.unique().error('Samma organisation finns med två gånger.'),
    }),
    defineField({
      name: 'privacyPage',
      title: 'Sida om personuppgifter och kakor',
      type: 'reference',
      to: [{ type: 'page' }],
      group: 'general',
    }),
    defineField({
      name: 'socialImage',
      title: 'Standardbild när en sida delas',
      description: 'Används när en sida inte har en egen bild. Gärna 1200 × 630 pixlar.',
      type: 'accessibleImage',
      group: 'general',
    }),
    defineField({
      name: 'mainNavigation',
      title: 'Huvudmeny',
      description: 'Högst sex länkar, så att menyn blir lätt att överblicka.',
      type: 'array',
      of: [defineArrayMember({ type: 'navLink' })],
      group: 'navigation',
      validation: (rule) => rule.max(6).error('Huvudmenyn får ha högst sex länkar.'),
    }),
    defineField({
      name: 'footer',
      title: 'Sidfot',
      type: 'object',
      group: 'navigation',
      fields: [
        defineField({ name: 'text', title: 'Text', type: 'richText' }),
        defineField({
          name: 'links',
          title: 'Länkar',
          description: 'Länken till tillgänglighetsredogörelsen läggs till av webbplatsen själv.',
          type: 'array',
          of: [defineArrayMember({ type: 'navLink' })],
        }),
      ],
    }),
    defineField({
      name: 'quickExit',
      title: 'Lämna sidan snabbt',
      description: 'Knappen högst upp på varje sida som direkt byter till en neutral webbplats.',
      type: 'object',
      group: 'quickExit',
      validation: (rule) => rule.custom(requiredObject('Fyll i knappen för att lämna sidan snabbt.')),
      fields: [
        defineField({
          name: 'label',
          title: 'Text på knappen',
          type: 'string',
          initialValue: 'Lämna sidan snabbt',
          validation: (rule) => rule.required().error('Skriv texten på knappen.'),
        }),
        defineField({
          name: 'url',
          title: 'Neutral webbplats',
          description:
            'Dit besökaren skickas. Välj en vardaglig webbplats som inte väcker frågor, till exempel https://www.smhi.se.',
          type: 'url',
          initialValue: 'https://www.smhi.se',
          validation: (rule) => [rule.required().error('Skriv adressen till en neutral webbplats.'), httpsUrl(rule)],
        }),
        defineField({
          name: 'infoPage',
          title: 'Sida om vad knappen inte kan göra',
          description: 'Sidan som förklarar att webbhistoriken finns kvar och hur man surfar privat.',
          type: 'reference',
          to: [{ type: 'page' }],
        }),
      ],
    }),
    defineField({
      name: 'helpPage',
      title: 'Hjälpsidan',
      description: 'Rubrik och inledning på sidan /hjalp som listar alla hjälplänkar.',
      type: 'object',
      group: 'help',
      validation: (rule) => rule.custom(requiredObject('Skriv hjälpsidans rubrik.')),
      fields: [
        defineField({
          name: 'title',
          title: 'Rubrik',
          type: 'string',
          initialValue: 'Här kan du få hjälp',
          validation: (rule) => rule.required().error('Skriv hjälpsidans rubrik.'),
        }),
        defineField({ name: 'intro', title: 'Inledning', type: 'text', rows: 3 }),
      ],
    }),
    defineField({
      name: 'feedback',
      title: 'Synpunkter',
      description: 'Hur besökare kan lämna synpunkter på webbplatsen.',
      type: 'object',
      group: 'feedback',
      fields: [
        defineField({ name: 'text', title: 'Text', type: 'richText' }),
        defineField({
          name: 'email',
          title: 'E-postadress',
          type: 'string',
          validation: (rule) => rule.email().error(EMAIL_MESSAGE),
        }),
        defineField({
          name: 'publicRecordNote',
          title: 'Om allmänna handlingar',
          description: 'Visas där besökare uppmanas att skriva till oss.',
          type: 'text',
          rows: 3,
          initialValue: PUBLIC_RECORD_NOTE,
        }),
      ],
    }),
  ],
  preview: {
    select: { title: 'siteName' },
    prepare: ({ title }) => ({ title: 'Inställningar', subtitle: title }),
  },
})
