import { MAIN_CONTENT_ID } from '@/components/layout/SkipLinks'
import type { HelpLink } from '@/lib/content/help-links'
import type { AudienceFilter as Filter } from '@/vocabulary/help-audiences'

import { AudienceFilter } from './AudienceFilter'
import { HelpLinkList } from './HelpLinkList'

type Props = {
  title: string
  intro: string | null
  /** The audience the list is narrowed to, or null for every help link. */
  filter: Filter | null
  links: HelpLink[]
  total: number
}

/** The help page: every help service, or those for one audience, with the choice of audience. */
export function HelpPageView({ title, intro, filter, links, total }: Props) {
  return (
    <main id={MAIN_CONTENT_ID} tabIndex={-1} className="container">
      <h1>{filter ? `${title}: ${filter.title}` : title}</h1>
      {intro && <p>{intro}</p>}
      <AudienceFilter current={filter?.slug ?? null} />
      <p>{filter ? `Visar ${links.length} av ${total} stödtjänster.` : `Visar alla ${total} stödtjänster.`}</p>
      {links.length > 0 ? (
        <HelpLinkList links={links} headingLevel="h2" />
      ) : (
        <p>Just nu finns inga stödtjänster här. Välj Alla för att se alla stödtjänster.</p>
      )}
    </main>
  )
}
