import { LinkIcon } from '@sanity/icons/Link'
import { defineField, defineType } from 'sanity'

import { linkUrl, requiredWhen, whenVisible } from '../rules/fields'
import { sitePathProblem } from '../../../vocabulary/paths'

type LinkValue = { linkType?: 'page' | 'path' | 'url' }

export const LINK_TYPES = [
  { value: 'page', title: 'En sida på webbplatsen' },
  { value: 'path', title: 'En annan adress på webbplatsen' },
  { value: 'url', title: 'En annan webbplats, e-post eller telefon' },
] as const

/** Where a link leads: one of the site's pages, a path on the site, or an address elsewhere. */
export const link = defineType({
  name: 'link',
  title: 'Länk',
  type: 'object',
  icon: LinkIcon,
  fields: [
    defineField({
      name: 'linkType',
      title: 'Länken leder till',
      type: 'string',
      options: { list: [...LINK_TYPES], layout: 'radio' },
      initialValue: 'page',
      validation: (rule) => rule.required().error('Välj vart länken ska leda.'),
    }),
    defineField({
      name: 'page',
      title: 'Sida',
      type: 'reference',
      to: [{ type: 'page' }],
      hidden: ({ parent }) => parent?.linkType !== 'page',
      validation: (rule) => rule.custom(requiredWhen<LinkValue>((link) => link.linkType === 'page', 'Välj en sida.')),
    }),
    defineField({
      name: 'path',
      title: 'Adress på webbplatsen',
      description: 'Börjar med snedstreck, till exempel /hjalp eller /hjalp/narstaende.',
      type: 'string',
      hidden: ({ parent }) => parent?.linkType !== 'path',
      validation: (rule) => [
        rule.custom(
          requiredWhen<LinkValue>((link) => link.linkType === 'path', 'Skriv adressen, till exempel /hjalp.'),
        ),
        rule.custom(whenVisible(sitePathProblem)),
      ],
    }),
    defineField({
      name: 'url',
      title: 'Webbadress, e-post eller telefon',
      description: 'Till exempel https://www.1177.se, mailto:namn@exempel.se eller tel:1177.',
      type: 'url',
      hidden: ({ parent }) => parent?.linkType !== 'url',
      validation: (rule) => [
        rule.custom(requiredWhen<LinkValue>((link) => link.linkType === 'url', 'Skriv adressen.')),
        ...linkUrl(rule),
      ],
    }),
  ],
  preview: {
    select: { linkType: 'linkType', pageTitle: 'page.title', path: 'path', url: 'url' },
    prepare: ({ linkType, pageTitle, path, url }) => ({
      title: (linkType === 'page' ? pageTitle : linkType === 'path' ? path : url) ?? 'Ingen länk vald',
      subtitle: LINK_TYPES.find((type) => type.value === linkType)?.title,
    }),
  },
})
