import { defineArrayMember, defineField } from 'sanity'

/** The footer's fields: the settings' (Swedish) footer and each language version's have the same. */
export const footerFields = [
  defineField({ name: 'text', title: 'Text', type: 'richText' }),
  defineField({
    name: 'links',
    title: 'Länkar',
    description: 'Länkarna till tillgänglighetsredogörelsen och personuppgiftssidan läggs till av webbplatsen själv.',
    type: 'array',
    of: [defineArrayMember({ type: 'navLink' })],
  }),
]
