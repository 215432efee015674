import { DocumentTextIcon } from '@sanity/icons/DocumentText'
import { defineArrayMember, defineField, defineType } from 'sanity'

import { apiVersion } from '../../../vocabulary/api-version'
import { pageSlugRule } from '../rules/dataset'
import { LEGAL_REVIEW_SETTINGS_QUERY, legalReviewProblem, type LegalReviewSettings } from '../rules/legal-review'
import { lengthLimit, notInFuture, requiredWhen } from '../rules/fields'
import { SECTION_TYPES } from '../../../sections/list'
import { languagePrefix } from '../../../vocabulary/languages'
import { SLUG_MAX_LENGTH } from '../../../vocabulary/paths'
import { slugify } from '../rules/paths'

/** A campaign page, built from sections. The start page is one of these, chosen in the settings. */
export const page = defineType({
  name: 'page',
  title: 'Kampanjsida',
  type: 'document',
  icon: DocumentTextIcon,
  groups: [
    { name: 'content', title: 'Innehåll', default: true },
    { name: 'seo', title: 'Sök och delning' },
    { name: 'legal', title: 'Juridisk granskning' },
  ],
  fields: [
    defineField({
      // Set by the translation tools (sanity.config.ts) when a page or a translation is created.
      name: 'language',
      title: 'Språk',
      type: 'string',
      readOnly: true,
      hidden: true,
    }),
    defineField({
      name: 'title',
      title: 'Rubrik',
      description: 'Sidans huvudrubrik. Skriv kort och tydligt vad sidan handlar om.',
      type: 'string',
      group: 'content',
      validation: (rule) => [
        rule.required().error('Skriv en rubrik.'),
        rule.max(80).error('Rubriken får vara högst 80 tecken.'),
      ],
    }),
    defineField({
      name: 'slug',
      title: 'Adress',
      description: `Sidans adress efter snedstrecket, till exempel "for-narstaende". Små bokstäver a–z, siffror och bindestreck, högst ${SLUG_MAX_LENGTH} tecken. Ändra inte adressen när sidan väl är publicerad: länkar till den slutar då fungera.`,
      type: 'slug',
      group: 'content',
      options: {
        source: 'title',
        maxLength: SLUG_MAX_LENGTH,
        slugify,
        // Uniqueness is part of pageSlugRule, whose message names the page that has the address.
        isUnique: () => true,
      },
      validation: (rule) => [
        rule.required().error('Ange sidans adress. Klicka på "Generera".'),
        rule.custom(pageSlugRule),
      ],
    }),
    defineField({
      name: 'lead',
      title: 'Ingress',
      description: 'Några meningar som sammanfattar sidan. Visas under rubriken.',
      type: 'text',
      rows: 3,
      group: 'content',
      validation: (rule) => rule.max(300).error('Ingressen får vara högst 300 tecken.'),
    }),
    defineField({
      name: 'hero',
      title: 'Sidhuvud',
      description: 'Det stora blocket överst på sidan.',
      type: 'object',
      group: 'content',
      options: { collapsible: true, collapsed: false },
      fields: [
        defineField({ name: 'heading', title: 'Rubrik', type: 'string' }),
        defineField({ name: 'text', title: 'Text', type: 'text', rows: 3 }),
        defineField({ name: 'image', title: 'Bild', type: 'accessibleImage' }),
      ],
    }),
    defineField({
      name: 'sections',
      title: 'Innehåll på sidan',
      description: 'Bygg sidan av block. Dra blocken för att ändra ordningen.',
      type: 'array',
      group: 'content',
      of: SECTION_TYPES.map((type) => defineArrayMember({ type })),
    }),
    defineField({
      name: 'seo',
      title: 'Sök och delning',
      type: 'object',
      group: 'seo',
      fields: [
        defineField({
          name: 'title',
          title: 'Rubrik i sökresultat',
          description: 'Lämna tomt för att använda sidans rubrik. Högst 60 tecken.',
          type: 'string',
          validation: (rule) => lengthLimit(rule, 60, 55),
        }),
        defineField({
          name: 'description',
          title: 'Beskrivning i sökresultat',
          description:
            'En eller två meningar som visas under rubriken i sökresultat och när sidan delas. Högst 160 tecken.',
          type: 'text',
          rows: 3,
          validation: (rule) => lengthLimit(rule, 160, 150),
        }),
        defineField({
          name: 'image',
          title: 'Bild när sidan delas',
          description: 'Lämna tomt för att använda webbplatsens standardbild.',
          type: 'accessibleImage',
        }),
        defineField({
          name: 'noIndex',
          title: 'Dölj för sökmotorer',
          description: 'Sidan visas inte i sökresultat. Använd för sidor som bara ska nås via länk.',
          type: 'boolean',
          initialValue: false,
        }),
      ],
    }),
    defineField({
      name: 'legalReview',
      title: 'Granskad mot lagen',
      description:
        'Vem som senast läste sidan mot lagtexten, och när. Sidan visas under "Behöver granskas mot lagen" när lagen har ändrats sedan dess, eller när granskningen är äldre än tiden under Inställningar, Kontroller. Visas inte på webbplatsen.',
      type: 'object',
      group: 'legal',
      validation: (rule) =>
        rule
          .custom(async (review: { reviewedAt?: string } | undefined, context) => {
            if (!review?.reviewedAt) return true
            // Settings that cannot be read leave the default period: a warning is not worth a wait.
            const settings = await context
              .getClient({ apiVersion })
              .withConfig({ maxRetries: 0 })
              .fetch<LegalReviewSettings>(LEGAL_REVIEW_SETTINGS_QUERY, {}, { perspective: 'raw' })
              .catch(() => null)
            return legalReviewProblem(review.reviewedAt, settings) ?? true
          })
          .warning(),
      fields: [
        defineField({
          name: 'reviewedAt',
          title: 'Granskad',
          description: 'Lämna tomt tills någon faktiskt har granskat sidan.',
          type: 'date',
          options: { dateFormat: 'YYYY-MM-DD' },
          validation: (rule) => rule.custom(notInFuture),
        }),
        defineField({
          name: 'reviewedBy',
          title: 'Granskad av',
          description: 'Namn och roll, till exempel "Anna Andersson, jurist på Länsstyrelsen Värmland".',
          type: 'string',
          validation: (rule) =>
            rule.custom(
              requiredWhen<{ reviewedAt?: string }>(
                (review) => Boolean(review.reviewedAt),
                'Skriv vem som granskade sidan.',
              ),
            ),
        }),
        defineField({
          name: 'note',
          title: 'Anteckning',
          description: 'Till exempel vilka lagrum som granskades. Visas inte på webbplatsen.',
          type: 'text',
          rows: 2,
        }),
      ],
    }),
  ],
  orderings: [{ title: 'Rubrik', name: 'titleAsc', by: [{ field: 'title', direction: 'asc' }] }],
  preview: {
    select: { title: 'title', slug: 'slug.current', media: 'hero.image', language: 'language' },
    prepare: ({ title, slug, media, language }) => ({
      title: title ?? 'Sida utan rubrik',
      subtitle: slug ? `${languagePrefix(language)}/${slug}` : 'Adress saknas',
      media,
    }),
  },
})
