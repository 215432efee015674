import { DoubleQuoteIcon } from '@sanity/icons/DoubleQuote'
import { defineField, defineType } from 'sanity'

import { requiredObject } from '../../sanity/schemaTypes/rules/fields'

/** Warns when the editor writes the words the site adds by itself. */
const withoutLeading = (words: string, message: string) => (value: string | undefined) =>
  value?.trim().toLowerCase().startsWith(words) ? message : true

/** The campaign's core: "Somliga tror …" – "Men …", with the source of the facts. */
export const beliefSection = defineType({
  name: 'beliefSection',
  title: 'Somliga tror / Men',
  type: 'object',
  icon: DoubleQuoteIcon,
  fields: [
    defineField({
      name: 'belief',
      title: 'Somliga tror …',
      description:
        'Vad somliga tror. Webbplatsen skriver "Somliga tror" före texten, så börja till exempel med "att …".',
      type: 'text',
      rows: 2,
      validation: (rule) => [
        rule.required().error('Skriv vad somliga tror.'),
        rule
          .custom(
            withoutLeading('somliga tror', 'Webbplatsen skriver redan "Somliga tror" före texten. Ta bort orden här.'),
          )
          .warning(),
      ],
    }),
    defineField({
      name: 'answer',
      title: 'Men …',
      description: 'Svaret, med fakta. Webbplatsen skriver "Men" före texten.',
      type: 'text',
      rows: 4,
      validation: (rule) => [
        rule.required().error('Skriv svaret.'),
        rule
          .custom(withoutLeading('men ', 'Webbplatsen skriver redan "Men" före texten. Ta bort ordet här.'))
          .warning(),
      ],
    }),
    defineField({
      name: 'source',
      title: 'Källa för svaret',
      type: 'source',
      validation: (rule) => rule.custom(requiredObject('Ange var fakta i svaret kommer ifrån.')),
    }),
  ],
  preview: {
    select: { belief: 'belief', answer: 'answer' },
    prepare: ({ belief, answer }) => ({
      title: belief ? `Somliga tror ${belief}` : 'Somliga tror …',
      subtitle: answer ? `Men ${answer}` : 'Men … (svar saknas)',
    }),
  },
})
