import { HelpLinkList } from '@/components/help/HelpLinkList'
import { audienceTitle, routePath } from '@/lib/content/languages'
import { audienceFilters } from '@/vocabulary/help-audiences'

import { sectionHeadingId } from '../heading-id'
import type { PageLanguage } from '@/lib/content/languages'
import type { HelpLinksSectionContent } from './content'

/** Help services picked by the editors, or every service for one audience, and the way to all of them. */
export function HelpLinksSection({ section, language }: { section: HelpLinksSectionContent; language: PageLanguage }) {
  const headingId = sectionHeadingId(section._key)
  const { messages } = language
  const filter =
    section.mode === 'audience' ? audienceFilters.find((choice) => choice.audience === section.audience) : undefined
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{section.heading}</h2>
      {section.intro && <p>{section.intro}</p>}
      {section.links.length > 0 && <HelpLinkList links={section.links} headingLevel="h3" language={language} />}
      <p>
        <a href={routePath(language.id, filter ? { kind: 'helpAudience', filter } : { kind: 'help' })}>
          {filter ? messages.sections.allHelpFor(audienceTitle(messages, filter)) : messages.sections.allHelp}
        </a>
      </p>
    </section>
  )
}
