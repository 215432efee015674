import { DocumentIcon } from '@sanity/icons/Document'
import { LinkIcon } from '@sanity/icons/Link'
import { TranslateIcon } from '@sanity/icons/Translate'
import { defineArrayMember, defineField, defineType } from 'sanity'

import { languageTagProblem } from '../../../vocabulary/languages'
import { linkUrl } from '../rules/fields'

/**
 * Formatted text: headings from level 2 (the page title is level 1), lists, emphasis and links.
 * No images: they would need their own alt text handling in the flow of text.
 */
export const richText = defineType({
  name: 'richText',
  title: 'Text',
  type: 'array',
  of: [
    defineArrayMember({
      type: 'block',
      styles: [
        { title: 'Brödtext', value: 'normal' },
        { title: 'Rubrik nivå 2', value: 'h2' },
        { title: 'Rubrik nivå 3', value: 'h3' },
        { title: 'Rubrik nivå 4', value: 'h4' },
      ],
      lists: [
        { title: 'Punktlista', value: 'bullet' },
        { title: 'Numrerad lista', value: 'number' },
      ],
      marks: {
        decorators: [
          { title: 'Fetstil', value: 'strong' },
          { title: 'Kursiv', value: 'em' },
        ],
        annotations: [
          defineArrayMember({
            name: 'externalLink',
            title: 'Länk till webben',
            type: 'object',
            icon: LinkIcon,
            fields: [
              defineField({
                name: 'href',
                title: 'Adress',
                description: 'Till exempel https://www.1177.se, mailto:namn@exempel.se eller tel:1177.',
                type: 'url',
                validation: (rule) => [
                  rule.required().error('Skriv adressen som länken leder till.'),
                  ...linkUrl(rule),
                ],
              }),
            ],
          }),
          defineArrayMember({
            // WCAG 3.1.2: a phrase in another language than the page's is read with that language.
            name: 'language',
            title: 'Annat språk',
            type: 'object',
            icon: TranslateIcon,
            fields: [
              defineField({
                name: 'lang',
                title: 'Språkkod',
                description: 'Enligt BCP 47, till exempel "en" för engelska eller "ro" för rumänska.',
                type: 'string',
                validation: (rule) => [
                  rule.required().error('Skriv språkkoden, till exempel "en".'),
                  rule.custom((tag: string | undefined) => (tag ? (languageTagProblem(tag) ?? true) : true)),
                ],
              }),
            ],
          }),
          defineArrayMember({
            name: 'internalLink',
            title: 'Länk till sida',
            type: 'object',
            icon: DocumentIcon,
            fields: [
              defineField({
                name: 'reference',
                title: 'Sida',
                type: 'reference',
                to: [{ type: 'page' }],
                validation: (rule) => rule.required().error('Välj sidan som länken leder till.'),
              }),
            ],
          }),
        ],
      },
    }),
  ],
})
