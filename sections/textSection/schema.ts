import { BlockContentIcon } from '@sanity/icons/BlockContent'
import { defineField, defineType } from 'sanity'

import { requiredRichText } from '../../sanity/schemaTypes/rules/fields'
import { plainTextOf } from '../../sanity/schemaTypes/text'

/** Rich text under an optional heading. */
export const textSection = defineType({
  name: 'textSection',
  title: 'Text',
  type: 'object',
  icon: BlockContentIcon,
  fields: [
    defineField({
      name: 'heading',
      title: 'Rubrik',
      description: 'Valfri. Visas som rubrik på nivå 2.',
      type: 'string',
    }),
    defineField({
      name: 'body',
      title: 'Text',
      type: 'richText',
      validation: (rule) => rule.custom(requiredRichText('Skriv en text.')),
    }),
  ],
  preview: {
    select: { heading: 'heading', body: 'body' },
    prepare: ({ heading, body }) => ({
      title: heading ?? (plainTextOf(body) || 'Text utan innehåll'),
      subtitle: heading ? plainTextOf(body) : 'Text',
    }),
  },
})
