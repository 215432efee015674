import { HelpCircleIcon } from '@sanity/icons/HelpCircle'
import { defineArrayMember, defineField, defineType } from 'sanity'

import { requiredRichText } from '../../sanity/schemaTypes/rules/fields'
import { countOf, plainTextOf } from '../../sanity/schemaTypes/text'

/** Questions and their answers, all shown at once. */
export const faqSection = defineType({
  name: 'faqSection',
  title: 'Frågor och svar',
  type: 'object',
  icon: HelpCircleIcon,
  fields: [
    defineField({
      name: 'heading',
      title: 'Rubrik',
      type: 'string',
      validation: (rule) => rule.required().error('Skriv en rubrik, till exempel "Vanliga frågor".'),
    }),
    defineField({
      name: 'items',
      title: 'Frågor',
      type: 'array',
      of: [defineArrayMember({ type: 'faqItem' })],
      validation: (rule) => rule.required().min(1).error('Lägg till minst en fråga.'),
    }),
  ],
  preview: {
    select: { heading: 'heading', items: 'items' },
    prepare: ({ heading, items }) => ({
      title: heading ?? 'Frågor och svar',
      subtitle: countOf(items, 'fråga', 'frågor'),
    }),
  },
})

/** One question and its answer, in a questions-and-answers section. */
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
