import { DownloadIcon } from '@sanity/icons/Download'
import { defineArrayMember, defineField, defineType } from 'sanity'

import { countOf } from '../../sanity/schemaTypes/text'

/** Campaign material to download, such as posters and images for social media. */
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

/** A campaign file people may download, such as a poster or an image for social media. */
export const downloadItem = defineType({
  name: 'downloadItem',
  title: 'Fil att ladda ner',
  type: 'object',
  icon: DownloadIcon,
  fields: [
    defineField({
      name: 'title',
      title: 'Namn',
      description: 'Till exempel "Affisch A3".',
      type: 'string',
      validation: (rule) => rule.required().error('Skriv vad filen heter.'),
    }),
    defineField({
      name: 'description',
      title: 'Beskrivning',
      description: 'Vad filen innehåller och hur den kan användas. Beskriv bildens text för den som inte kan se den.',
      type: 'text',
      rows: 3,
      validation: (rule) => rule.required().error('Beskriv vad filen innehåller.'),
    }),
    defineField({
      name: 'file',
      title: 'Fil',
      description: 'PDF, PNG eller JPG.',
      type: 'file',
      options: { accept: 'application/pdf,image/png,image/jpeg,.pdf,.png,.jpg,.jpeg' },
      validation: (rule) => rule.required().assetRequired().error('Ladda upp filen (PDF, PNG eller JPG).'),
    }),
    defineField({
      name: 'preview',
      title: 'Förhandsbild',
      description: 'En liten bild av filen som visas bredvid länken.',
      type: 'accessibleImage',
    }),
  ],
  preview: {
    select: { title: 'title', subtitle: 'description', media: 'preview' },
  },
})
