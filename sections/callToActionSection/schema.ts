import { ArrowRightIcon } from '@sanity/icons/ArrowRight'
import { defineField, defineType } from 'sanity'

import { requiredObject } from '../../sanity/schemaTypes/rules/fields'

/** A heading, a sentence and one button. */
export const callToActionSection = defineType({
  name: 'callToActionSection',
  title: 'Uppmaning',
  type: 'object',
  icon: ArrowRightIcon,
  fields: [
    defineField({
      name: 'heading',
      title: 'Rubrik',
      type: 'string',
      validation: (rule) => rule.required().error('Skriv en rubrik.'),
    }),
    defineField({
      name: 'text',
      title: 'Text',
      type: 'text',
      rows: 3,
    }),
    defineField({
      name: 'link',
      title: 'Knapp',
      type: 'navLink',
      validation: (rule) => rule.custom(requiredObject('Lägg till knappens text och vart den leder.')),
    }),
  ],
  preview: {
    select: { heading: 'heading', label: 'link.label' },
    prepare: ({ heading, label }) => ({
      title: heading ?? 'Uppmaning',
      subtitle: label ? `Knapp: ${label}` : 'Knapp saknas',
    }),
  },
})
