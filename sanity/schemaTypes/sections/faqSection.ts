import { HelpCircleIcon } from '@sanity/icons/HelpCircle'
import { defineArrayMember, defineField, defineType } from 'sanity'

import { countOf } from '../text'

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
