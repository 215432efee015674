import { DownloadIcon } from '@sanity/icons/Download'
import { defineField, defineType } from 'sanity'

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
