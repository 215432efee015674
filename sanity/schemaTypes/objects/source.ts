import { BookIcon } from '@sanity/icons/Book'
import { defineField, defineType } from 'sanity'

import { linkUrl, notInFuture, requiredWhen } from '../rules/fields'

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
      description: 'Datum då uppgiften senast lästes i källan. Läs den igen och ändra datumet när du granskar sidan.',
      type: 'date',
      options: { dateFormat: 'YYYY-MM-DD' },
      validation: (rule) => [
        rule.custom(
          requiredWhen<{ url?: string }>(
            (source) => Boolean(source.url),
            'Ange när uppgiften hämtades från webbadressen, så att läsaren vet hur färsk den är.',
          ),
        ),
        rule.custom(notInFuture),
      ],
    }),
  ],
  preview: {
    select: { title: 'publisher', url: 'url', retrieved: 'retrieved' },
    prepare: ({ title, url, retrieved }) => ({
      title,
      subtitle: [url, retrieved ? `hämtad ${retrieved}` : undefined].filter(Boolean).join(' · '),
    }),
  },
})
