import { HelpLinkList } from '@/components/help/HelpLinkList'
import { audienceFilters, HELP_PATH } from '@/vocabulary/help-audiences'

import { sectionHeadingId } from '../heading-id'
import type { HelpLinksSectionContent } from './content'

/** Help services picked by the editors, or every service for one audience. */
export function HelpLinksSection({ section }: { section: HelpLinksSectionContent }) {
  const headingId = sectionHeadingId(section._key)
  const filter =
    section.mode === 'audience' ? audienceFilters.find((choice) => choice.audience === section.audience) : undefined
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{section.heading}</h2>
      {section.intro && <p>{section.intro}</p>}
      {section.links.length > 0 && <HelpLinkList links={section.links} headingLevel="h3" />}
      <p>
        <a href={filter?.href ?? HELP_PATH}>{filter ? `Alla stödtjänster: ${filter.title}` : 'Alla stödtjänster'}</a>
      </p>
    </section>
  )
}
