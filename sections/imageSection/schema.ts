import { ImageIcon } from '@sanity/icons/Image'
import { defineField, defineType } from 'sanity'

/** A picture inside a page, with an optional caption and the photographer or source. */
export const imageSection = defineType({
  name: 'imageSection',
  title: 'Bild',
  type: 'object',
  icon: ImageIcon,
  fields: [
    defineField({
      name: 'image',
      title: 'Bild',
      description:
        'Beskär bilden och välj fokuspunkt med knappen för att redigera bilden: fokuspunkten är den del som alltid syns när bilden visas i olika format.',
      type: 'accessibleImage',
      validation: (rule) =>
        rule.custom((image: { asset?: unknown } | undefined) =>
          image?.asset ? true : 'Ladda upp eller välj en bild.',
        ),
    }),
    defineField({
      name: 'caption',
      title: 'Bildtext',
      description:
        'Valfri. Visas under bilden för alla. Den alternativa texten ovan är till för den som inte ser bilden.',
      type: 'text',
      rows: 2,
    }),
    defineField({
      name: 'credit',
      title: 'Fotograf eller källa',
      description: 'Valfri. Till exempel "Anna Andersson" eller "Länsstyrelsen Värmland". Visas efter "Foto:".',
      type: 'string',
    }),
  ],
  preview: {
    select: { caption: 'caption', alt: 'image.alt', credit: 'credit', media: 'image' },
    prepare: ({ caption, alt, credit, media }) => ({
      title: caption || alt || 'Bild utan beskrivning',
      subtitle: ['Bild', credit ? `Foto: ${credit}` : undefined].filter(Boolean).join(' · '),
      media,
    }),
  },
})
