import { BookIcon } from '@sanity/icons/Book'
import { defineField, defineType } from 'sanity'

import { linkUrl } from '../rules/fields'

/** Where a fact comes from, so readers can check it. */
export const source = defineType({
  name: 'source',
  title: 'Källa',
  type: 'object',
  icon: BookIcon,
  fields: [
    defineField({
      name: 'publisher',
      title: 'Källa',
      description: 'Till exempel "Brottsbalken 6 kap. 11 §" eller "Polisen".',
      type: 'string',
      validation: (rule) => rule.required().error('Skriv var uppgiften kommer ifrån.'),
    }),
    defineField({
      name: 'url',
      title: 'Webbadress',
      description: 'Där läsaren kan kontrollera uppgiften, till exempel på riksdagen.se.',
      type: 'url',
      validation: (rule) => linkUrl(rule),
    }),
    defineField({
      name: 'retrieved',
      title: 'Hämtad',
      description: 'Datum då uppgiften hämtades.',
      type: 'date',
      options: { dateFormat: 'YYYY-MM-DD' },
    }),
  ],
  preview: {
    select: { title: 'publisher', subtitle: 'url' },
  },
})
