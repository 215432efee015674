import { DownloadIcon } from '@sanity/icons/Download'
import { defineArrayMember, defineField, defineType } from 'sanity'

import { countOf } from '../text'

export const downloadsSection = defineType({
  name: 'downloadsSection',
  title: 'Kampanjmaterial att ladda ner',
  type: 'object',
  icon: DownloadIcon,
  fields: [
    defineField({
      name: 'heading',
      title: 'Rubrik',
      type: 'string',
      validation: (rule) => rule.required().error('Skriv en rubrik, till exempel "Affischer och bilder".'),
    }),
    defineField({
      name: 'intro',
      title: 'Inledning',
      type: 'text',
      rows: 2,
    }),
    defineField({
      name: 'items',
      title: 'Filer',
      type: 'array',
      of: [defineArrayMember({ type: 'downloadItem' })],
      validation: (rule) => rule.required().min(1).error('Lägg till minst en fil.'),
    }),
  ],
  preview: {
    select: { heading: 'heading', items: 'items', media: 'items.0.preview' },
    prepare: ({ heading, items, media }) => ({
      title: heading ?? 'Kampanjmaterial',
      subtitle: countOf(items, 'fil', 'filer'),
      media,
    }),
  },
})
