import { DocumentPdfIcon } from '@sanity/icons/DocumentPdf'
import { defineField, defineType } from 'sanity'

/** Lists every published piece of campaign material (the "Kampanjmaterial" documents) for download. */
export const campaignMaterialSection = defineType({
  name: 'campaignMaterialSection',
  title: 'Kampanjmaterial från Studio',
  description: 'Visar allt publicerat kampanjmaterial med länkar för nedladdning i varje format.',
  type: 'object',
  icon: DocumentPdfIcon,
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
  ],
  preview: {
    select: { heading: 'heading' },
    prepare: ({ heading }) => ({ title: heading ?? 'Kampanjmaterial', subtitle: 'Allt publicerat kampanjmaterial' }),
  },
})
