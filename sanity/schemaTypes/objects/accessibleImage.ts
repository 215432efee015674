import { ImageIcon } from '@sanity/icons/Image'
import { defineField, defineType } from 'sanity'

const ALT_MIN = 3
const ALT_MAX = 250

/** An image that always says what it shows, unless the editor explicitly marks it as decorative. */
export const accessibleImage = defineType({
  name: 'accessibleImage',
  title: 'Bild',
  type: 'image',
  icon: ImageIcon,
  options: {
    // The crop tool's preview shapes; Sanity's defaults name one "Square", in English.
    hotspot: {
      previews: [
        { title: '3:4', aspectRatio: 3 / 4 },
        { title: 'Kvadrat', aspectRatio: 1 },
        { title: '16:9', aspectRatio: 16 / 9 },
        { title: 'Panorama', aspectRatio: 4 },
      ],
    },
  },
  fields: [
    defineField({
      name: 'alt',
      title: 'Alternativ text',
      description:
        'Beskriv kort vad bilden visar, för den som inte kan se den. Börja inte med "Bild på". Skärmläsare läser upp texten.',
      type: 'string',
      hidden: ({ parent }) => parent?.decorative === true,
      validation: (rule) =>
        rule.custom((alt: string | undefined, context) => {
          const image = context.parent as { asset?: unknown; decorative?: boolean } | undefined
          if (!image?.asset || image.decorative) return true
          const length = alt?.trim().length ?? 0
          if (length === 0) {
            return 'Skriv en alternativ text, eller kryssa i "Dekorativ bild" om bilden inte tillför något innehåll.'
          }
          if (length < ALT_MIN) return `Den alternativa texten behöver vara minst ${ALT_MIN} tecken.`
          if (length > ALT_MAX) {
            return `Den alternativa texten får vara högst ${ALT_MAX} tecken (nu ${length}). Längre förklaringar hör hemma i texten på sidan.`
          }
          return true
        }),
    }),
    defineField({
      name: 'decorative',
      title: 'Dekorativ bild (saknar alt-text)',
      description:
        'Kryssa bara i om bilden inte tillför något innehåll, till exempel ett mönster. Skärmläsare hoppar då över bilden.',
      type: 'boolean',
      initialValue: false,
    }),
  ],
})
