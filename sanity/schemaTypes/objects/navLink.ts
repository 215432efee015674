import { LinkIcon } from '@sanity/icons/Link'
import { defineField, defineType } from 'sanity'

import { requiredObject } from '../rules/fields'

/** A labelled link in menus and buttons. */
export const navLink = defineType({
  name: 'navLink',
  title: 'Länk med text',
  type: 'object',
  icon: LinkIcon,
  fields: [
    defineField({
      name: 'label',
      title: 'Länktext',
      description: 'Säg vart länken leder, till exempel "Hjälp för närstående". Undvik "Klicka här".',
      type: 'string',
      validation: (rule) => [
        rule.required().error('Skriv en länktext.'),
        rule.max(60).error('Länktexten får vara högst 60 tecken.'),
      ],
    }),
    defineField({
      name: 'link',
      title: 'Länk',
      type: 'link',
      validation: (rule) => rule.custom(requiredObject('Välj vart länken ska leda.')),
    }),
  ],
  preview: {
    select: { title: 'label', pageTitle: 'link.page.title', path: 'link.path', url: 'link.url' },
    prepare: ({ title, pageTitle, path, url }) => ({
      title: title ?? 'Länk utan text',
      subtitle: pageTitle ?? path ?? url,
    }),
  },
})
