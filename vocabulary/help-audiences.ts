import { AUDIENCES, type Audience } from './lists'

/**
 * The help page can be narrowed to one audience. Each narrowed list is its own prerendered page
 * (/hjalp/<slug>), so it works without JavaScript and without rendering per request. "Alla" (links
 * for everyone) needs no page of its own: those links are in every list.
 */
const SLUGS = {
  buyers: 'du-som-koper-sex',
  sellers: 'du-som-saljer-sex',
  relatives: 'narstaende',
  professionals: 'yrkesverksamma',
} as const satisfies Partial<Record<Audience, string>>

export type AudienceFilter = { audience: Audience; slug: string; title: string; href: string }

export const HELP_PATH = '/hjalp'

export const audienceFilters: AudienceFilter[] = AUDIENCES.flatMap(({ value, title }) =>
  value in SLUGS
    ? [
        {
          audience: value,
          slug: SLUGS[value as keyof typeof SLUGS],
          title,
          href: `${HELP_PATH}/${SLUGS[value as keyof typeof SLUGS]}`,
        },
      ]
    : [],
)

export function audienceFilterBySlug(slug: string): AudienceFilter | undefined {
  return audienceFilters.find((filter) => filter.slug === slug)
}
