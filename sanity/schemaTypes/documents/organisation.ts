import { UsersIcon } from '@sanity/icons/Users'
import { defineField, defineType } from 'sanity'

import { ORGANISATION_ROLES, titleOf } from '../../../vocabulary/lists'
import { httpsUrl } from '../rules/fields'

export const organisation = defineType({
  name: 'organisation',
  title: 'Organisation',
  type: 'document',
  icon: UsersIcon,
  fields: [
    defineField({
      name: 'name',
      title: 'Namn',
      type: 'string',
      validation: (rule) => rule.required().error('Skriv organisationens namn.'),
    }),
    defineField({
      name: 'role',
      title: 'Roll i kampanjen',
      type: 'string',
      options: { list: [...ORGANISATION_ROLES], layout: 'radio' },
      initialValue: 'sender',
      validation: (rule) => rule.required().error('Välj organisationens roll.'),
    }),
    defineField({
      name: 'logo',
      title: 'Logotyp',
      description: 'Gärna SVG eller PNG med genomskinlig bakgrund. Alternativtexten är organisationens namn.',
      type: 'accessibleImage',
    }),
    defineField({
      name: 'url',
      title: 'Webbadress',
      type: 'url',
      validation: (rule) => httpsUrl(rule),
    }),
  ],
  orderings: [{ title: 'Namn', name: 'nameAsc', by: [{ field: 'name', direction: 'asc' }] }],
  preview: {
    select: { title: 'name', role: 'role', media: 'logo' },
    prepare: ({ title, role, media }) => ({
      title: title ?? 'Organisation utan namn',
      subtitle: titleOf(ORGANISATION_ROLES, role),
      media,
    }),
  },
})
