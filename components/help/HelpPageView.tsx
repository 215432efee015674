import { MAIN_CONTENT_ID } from '@/components/layout/SkipLinks'
import type { HelpLink } from '@/lib/content/help-links'
import { audienceTitle, type PageLanguage } from '@/lib/content/languages'
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
  language: PageLanguage
}

/** The help page: every help service, or those for one audience, with the choice of audience. */
export function HelpPageView({ title, intro, filter, links, total, language }: Props) {
  const { messages } = language
  return (
    <main id={MAIN_CONTENT_ID} tabIndex={-1} className="container">
      <h1>{filter ? `${title}: ${audienceTitle(messages, filter)}` : title}</h1>
      {intro && <p>{intro}</p>}
      <AudienceFilter current={filter?.slug ?? null} languageId={language.id} messages={messages} />
      <p>{filter ? messages.help.showing(links.length, total) : messages.help.showingAll(total)}</p>
      {links.length > 0 ? (
        <HelpLinkList links={links} headingLevel="h2" language={language} />
      ) : (
        <p>{messages.help.empty}</p>
      )}
    </main>
  )
}
