import type { ComponentType } from 'react'

import type { Section, SectionOf, SectionType } from '@/lib/content/sections'

import { BeliefSection } from './BeliefSection/BeliefSection'
import { CallToActionSection } from './CallToActionSection/CallToActionSection'
import { DownloadsSection } from './DownloadsSection/DownloadsSection'
import { FaqSection } from './FaqSection/FaqSection'
import { HelpLinksSection } from './HelpLinksSection/HelpLinksSection'
import { TextSection } from './TextSection/TextSection'

/** One component per section type; the type makes a missing one a compile error. */
const sectionComponents: { [Type in SectionType]: ComponentType<{ section: SectionOf<Type> }> } = {
  beliefSection: BeliefSection,
  textSection: TextSection,
  helpLinksSection: HelpLinksSection,
  faqSection: FaqSection,
  callToActionSection: CallToActionSection,
  downloadsSection: DownloadsSection,
}

/** The page builder's sections, in the editors' order. They were checked in lib/content/sections.ts. */
export function Sections({ sections }: { sections: Section[] }) {
  return sections.map((section) => {
    const Component = sectionComponents[section._type] as ComponentType<{ section: Section }>
    return <Component key={section._key} section={section} />
  })
}

/** The id of a section's heading, for aria-labelledby and links to it (/sida#nyckel). */
export function sectionHeadingId(key: string): string {
  return `avsnitt-${key}`
}
