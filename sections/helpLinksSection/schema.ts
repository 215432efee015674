import { HeartIcon } from '@sanity/icons/Heart'
import { defineField, defineType } from 'sanity'

import { requiredWhen } from '../../sanity/schemaTypes/rules/fields'
import { AUDIENCES, titleOf } from '../../vocabulary/lists'

type HelpLinksValue = { mode?: 'manual' | 'audience' }

/** Help links on a page: picked one by one, or every link for one audience. */
export const helpLinksSection = defineType({
  name: 'helpLinksSection',
  title: 'Hjälplänkar',
  type: 'object',
  icon: HeartIcon,
  fields: [
    defineField({
      name: 'heading',
      title: 'Rubrik',
      type: 'string',
      validation: (rule) => rule.required().error('Skriv en rubrik, till exempel "Här får du hjälp".'),
    }),
    defineField({
      name: 'intro',
      title: 'Inledning',
      type: 'text',
      rows: 2,
    }),
    defineField({
      name: 'mode',
      title: 'Vilka hjälplänkar ska visas?',
      type: 'string',
      options: {
        list: [
          { value: 'manual', title: 'De som jag väljer' },
          { value: 'audience', title: 'Alla för en målgrupp' },
        ],
        layout: 'radio',
      },
      initialValue: 'manual',
      validation: (rule) => rule.required().error('Välj hur hjälplänkarna ska väljas.'),
    }),
    defineField({
      name: 'links',
      title: 'Hjälplänkar',
      type: 'array',
      of: [{ type: 'reference', to: [{ type: 'helpLink' }] }],
      hidden: ({ parent }) => parent?.mode !== 'manual',
      validation: (rule) => [
        rule.custom(requiredWhen<HelpLinksValue>((section) => section.mode === 'manual', 'Välj minst en hjälplänk.')),
        rule.unique().error('Samma hjälplänk finns med två gånger.'),
      ],
    }),
    defineField({
      name: 'audience',
      title: 'Målgrupp',
      type: 'string',
      options: { list: [...AUDIENCES], layout: 'radio' },
      hidden: ({ parent }) => parent?.mode !== 'audience',
      validation: (rule) =>
        rule.custom(requiredWhen<HelpLinksValue>((section) => section.mode === 'audience', 'Välj en målgrupp.')),
    }),
  ],
  preview: {
    select: { heading: 'heading', mode: 'mode', links: 'links', audience: 'audience' },
    prepare: ({ heading, mode, links, audience }) => ({
      title: heading ?? 'Hjälplänkar',
      subtitle:
        mode === 'audience'
          ? `Alla hjälplänkar för: ${titleOf(AUDIENCES, audience) ?? 'ingen målgrupp vald'}`
          : `${Array.isArray(links) ? links.length : 0} valda hjälplänkar`,
    }),
  },
})
