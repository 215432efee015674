import { HelpCircleIcon } from '@sanity/icons/HelpCircle'
import { defineField, defineType } from 'sanity'

import { plainTextOf } from '../text'
import { requiredRichText } from '../rules/fields'

export const faqItem = defineType({
  name: 'faqItem',
  title: 'Fråga och svar',
  type: 'object',
  icon: HelpCircleIcon,
  fields: [
    defineField({
      name: 'question',
      title: 'Fråga',
      type: 'string',
      validation: (rule) => rule.required().error('Skriv frågan.'),
    }),
    defineField({
      name: 'answer',
      title: 'Svar',
      type: 'richText',
      validation: (rule) => rule.custom(requiredRichText('Skriv svaret.')),
    }),
  ],
  preview: {
    select: { title: 'question', answer: 'answer' },
    prepare: ({ title, answer }) => ({ title: title ?? 'Fråga utan text', subtitle: plainTextOf(answer) }),
  },
})
