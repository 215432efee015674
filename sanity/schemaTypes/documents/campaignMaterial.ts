import { DocumentPdfIcon } from '@sanity/icons/DocumentPdf'
import { defineArrayMember, defineField, defineType } from 'sanity'

import { slugify } from '../rules/paths'
import { MATERIAL_FORMATS, MATERIAL_PALETTES } from '../../../vocabulary/lists'
import { SLUG_MAX_LENGTH } from '../../../vocabulary/paths'

const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/

/**
 * A poster or image the site draws on demand (app/api/material): a "Somliga tror … / Men …"
 * statement in the chosen formats, always with the short link, its QR code and the senders.
 */
export const campaignMaterial = defineType({
  name: 'campaignMaterial',
  title: 'Kampanjmaterial',
  type: 'document',
  icon: DocumentPdfIcon,
  fields: [
    defineField({
      name: 'title',
      title: 'Namn',
      description: 'Visas i listan på sidan Kampanjmaterial, till exempel "Affisch: Straffet är fängelse".',
      type: 'string',
      validation: (rule) => [
        rule.required().error('Skriv ett namn, till exempel "Affisch: Straffet är fängelse".'),
        rule.max(80).error('Namnet får vara högst 80 tecken.'),
      ],
    }),
    defineField({
      name: 'slug',
      title: 'Filnamn',
      description: `Används i adressen till filerna, till exempel "fangelse". Små bokstäver a–z, siffror och bindestreck, högst ${SLUG_MAX_LENGTH} tecken.`,
      type: 'slug',
      options: { source: 'title', maxLength: SLUG_MAX_LENGTH, slugify },
      validation: (rule) => [
        rule.required().error('Ange ett filnamn. Klicka på "Generera".'),
        rule.custom((slug?: { current?: string }) =>
          !slug?.current || SLUG_PATTERN.test(slug.current)
            ? true
            : 'Använd bara små bokstäver a–z, siffror och bindestreck mellan orden.',
        ),
      ],
    }),
    defineField({
      name: 'belief',
      title: 'Somliga tror …',
      description:
        'Det som många tror. Börja med "att", till exempel "att straffet bara är böter." Orden "Somliga tror" skrivs ut av sig själva.',
      type: 'text',
      rows: 2,
      validation: (rule) => [
        rule.required().error('Skriv vad somliga tror, till exempel "att straffet bara är böter."'),
        rule.max(120).error('Texten får vara högst 120 tecken, annars blir den för liten på affischen.'),
      ],
    }),
    defineField({
      name: 'answer',
      title: 'Men …',
      description: 'Svaret, utan "Men" i början: det ordet skrivs ut av sig självt.',
      type: 'text',
      rows: 3,
      validation: (rule) => [
        rule.required().error('Skriv svaret, till exempel "Sedan 2022 är straffet fängelse i upp till ett år."'),
        rule.max(200).error('Svaret får vara högst 200 tecken, annars blir det för litet på affischen.'),
      ],
    }),
    defineField({
      name: 'palette',
      title: 'Färger',
      type: 'string',
      options: { list: [...MATERIAL_PALETTES], layout: 'radio' },
      initialValue: 'night',
      validation: (rule) => rule.required().error('Välj färger.'),
    }),
    defineField({
      name: 'formats',
      title: 'Format',
      description: 'PDF-filerna är för tryck, PNG-bilderna för skärmar och sociala medier.',
      type: 'array',
      of: [defineArrayMember({ type: 'string' })],
      options: { list: MATERIAL_FORMATS.map(({ value, title }) => ({ value, title })), layout: 'grid' },
      validation: (rule) => rule.required().min(1).error('Välj minst ett format.'),
    }),
    defineField({
      name: 'shortLink',
      title: 'Kortlänk',
      description:
        'Kortlänken skrivs ut på materialet och finns i QR-koden. Använd gärna en egen kortlänk för varje placering, till exempel /busskur.',
      type: 'reference',
      to: [{ type: 'shortLink' }],
      validation: (rule) => rule.required().error('Välj en kortlänk.'),
    }),
    defineField({
      name: 'placement',
      title: 'Placering',
      description:
        'Var materialet sitter eller visas, till exempel "Busskur Karlstad C" eller "Annons NWT". Syns inte på materialet.',
      type: 'string',
      validation: (rule) => rule.max(80).error('Placeringen får vara högst 80 tecken.'),
    }),
  ],
  orderings: [{ title: 'Namn', name: 'titleAsc', by: [{ field: 'title', direction: 'asc' }] }],
  preview: {
    select: { title: 'title', placement: 'placement', path: 'shortLink.path', formats: 'formats' },
    prepare: ({ title, placement, path, formats }) => ({
      title: title ?? '(namn saknas)',
      subtitle: [path ?? 'Kortlänk saknas', placement, `${(formats as string[] | undefined)?.length ?? 0} format`]
        .filter(Boolean)
        .join(' · '),
    }),
  },
})
