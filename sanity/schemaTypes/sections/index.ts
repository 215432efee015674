import { beliefSection } from './beliefSection'
import { callToActionSection } from './callToActionSection'
import { downloadsSection } from './downloadsSection'
import { faqSection } from './faqSection'
import { helpLinksSection } from './helpLinksSection'
import { textSection } from './textSection'

/** The page builder's blocks, in the order the Studio offers them. Adding a block starts here. */
export const sectionTypes = [
  beliefSection,
  textSection,
  helpLinksSection,
  faqSection,
  callToActionSection,
  downloadsSection,
]
