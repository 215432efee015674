import { LinkIcon } from '@sanity/icons/Link'
import { defineField, defineType } from 'sanity'

import { requiredObject, requiredWhen, whenVisible } from '../rules/fields'
import { shortLinkDestinationRule, shortLinkPathRule } from '../rules/dataset'
import { externalUrlProblem, sitePathProblem } from '../../../vocabulary/paths'

type DestinationValue = { type?: 'page' | 'path' | 'url' }

/**
 * A short address printed on a poster or in a QR code, leading to a page or a path on the site, or
 * (explicitly, so that editors see it) to an https address on another website.
 */
export const shortLink = defineType({
  name: 'shortLink',
  title: 'Kortlänk',
  type: 'document',
  icon: LinkIcon,
  fields: [
    defineField({
      name: 'path',
      title: 'Kortlänk',
      description: 'Börjar med snedstreck, till exempel /affisch. Små bokstäver a–z, siffror och bindestreck.',
      type: 'string',
      validation: (rule) => [
        rule.required().error('Skriv kortlänken, till exempel /affisch.'),
        rule.custom(shortLinkPathRule),
      ],
    }),
    defineField({
      name: 'destination',
      title: 'Leder till',
      type: 'object',
      validation: (rule) => [
        rule.custom(requiredObject('Välj vart kortlänken ska leda.')),
        rule.custom(shortLinkDestinationRule),
      ],
      fields: [
        defineField({
          name: 'type',
          title: 'Typ av mål',
          type: 'string',
          options: {
            list: [
              { value: 'page', title: 'En kampanjsida' },
              { value: 'path', title: 'En annan adress på webbplatsen' },
              { value: 'url', title: 'En annan webbplats (besökaren lämnar Somliga tror)' },
            ],
            layout: 'radio',
          },
          initialValue: 'page',
          validation: (rule) => rule.required().error('Välj vart kortlänken ska leda.'),
        }),
        defineField({
          name: 'page',
          title: 'Kampanjsida',
          type: 'reference',
          to: [{ type: 'page' }],
          hidden: ({ parent }) => parent?.type !== 'page',
          validation: (rule) =>
            rule.custom(
              requiredWhen<DestinationValue>((destination) => destination.type === 'page', 'Välj en kampanjsida.'),
            ),
        }),
        defineField({
          name: 'path',
          title: 'Adress på webbplatsen',
          description: 'Börjar med snedstreck, till exempel /hjalp/narstaende.',
          type: 'string',
          hidden: ({ parent }) => parent?.type !== 'path',
          validation: (rule) => [
            rule.custom(
              requiredWhen<DestinationValue>(
                (destination) => destination.type === 'path',
                'Skriv adressen, till exempel /hjalp.',
              ),
            ),
            rule.custom(whenVisible(sitePathProblem)),
          ],
        }),
        defineField({
          name: 'url',
          title: 'Webbadress på en annan webbplats',
          description:
            'Besökaren lämnar webbplatsen. Hela adressen, med https://, till exempel https://www.1177.se. Välj bara en webbplats du litar på.',
          // A string, not Sanity's url type: that type adds checks of its own (in English), and this
          // address must pass exactly the check the server makes before redirecting to it.
          type: 'string',
          hidden: ({ parent }) => parent?.type !== 'url',
          validation: (rule) => [
            rule.custom(
              requiredWhen<DestinationValue>(
                (destination) => destination.type === 'url',
                'Skriv webbadressen, till exempel https://www.1177.se.',
              ),
            ),
            rule.custom(whenVisible(externalUrlProblem)),
          ],
        }),
      ],
    }),
    defineField({
      name: 'permanent',
      title: 'Permanent',
      description:
        'Kryssa bara i om kortlänken aldrig ska leda någon annanstans. Webbläsare minns permanenta kortlänkar, så ett nytt mål når inte den som redan har använt länken.',
      type: 'boolean',
      initialValue: false,
    }),
    defineField({
      name: 'placement',
      title: 'Placering',
      description:
        'Var kortlänken sitter, till exempel "Busskur Karlstad C" eller "Annons NWT". Kampanjsiffrorna i Studion visas under det här namnet. Syns inte på webbplatsen.',
      type: 'string',
      validation: (rule) => rule.max(80).error('Placeringen får vara högst 80 tecken.'),
    }),
    defineField({
      name: 'campaignPeriod',
      title: 'Kampanjperiod',
      description:
        'När materialet med kortlänken sitter uppe. Kampanjsiffrorna visar hur många som använde kortlänken under perioden.',
      type: 'object',
      options: { columns: 2 },
      validation: (rule) =>
        rule.custom((period?: { start?: string; end?: string }) =>
          period?.start && period.end && period.end < period.start ? 'Slutdatumet ligger före startdatumet.' : true,
        ),
      fields: [
        defineField({ name: 'start', title: 'Från och med', type: 'date', options: { dateFormat: 'YYYY-MM-DD' } }),
        defineField({ name: 'end', title: 'Till och med', type: 'date', options: { dateFormat: 'YYYY-MM-DD' } }),
      ],
    }),
    defineField({
      name: 'note',
      title: 'Var används kortlänken?',
      description: 'Till exempel "Affisch på bussar i Karlstad, hösten 2025". Visas inte på webbplatsen.',
      type: 'text',
      rows: 2,
    }),
  ],
  orderings: [{ title: 'Kortlänk', name: 'pathAsc', by: [{ field: 'path', direction: 'asc' }] }],
  preview: {
    select: {
      path: 'path',
      type: 'destination.type',
      pageSlug: 'destination.page.slug.current',
      destinationPath: 'destination.path',
      destinationUrl: 'destination.url',
      note: 'note',
      placement: 'placement',
      permanent: 'permanent',
    },
    prepare: ({ path, type, pageSlug, destinationPath, destinationUrl, note, placement, permanent }) => {
      const target =
        type === 'page' ? (pageSlug ? `/${pageSlug}` : undefined) : type === 'url' ? destinationUrl : destinationPath
      return {
        title: `${path ?? '(kortlänk saknas)'} → ${target ?? '(mål saknas)'}`,
        subtitle: [type === 'url' ? 'Annan webbplats' : undefined, permanent ? 'Permanent' : undefined, placement, note]
          .filter(Boolean)
          .join(' · '),
      }
    },
  },
})
