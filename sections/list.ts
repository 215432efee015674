/**
 * The page builder's section types, in the order the Studio offers them to editors: the one list a
 * section is registered in. Each name is a folder here; `npm run sections` builds the Studio's
 * schema list, the page query's projection, the zod checks and the components from this list and
 * those folders (README, "Add a page section"). No imports: both the Studio and the site read it.
 */
export const SECTION_TYPES = [
  'beliefSection',
  'textSection',
  'helpLinksSection',
  'faqSection',
  'callToActionSection',
  'downloadsSection',
  'campaignMaterialSection',
] as const

export type SectionType = (typeof SECTION_TYPES)[number]
