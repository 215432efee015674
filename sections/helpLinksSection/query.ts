import { HELP_LINK, HELP_LINK_ORDER } from '@/lib/query-fragments'

/** The links the editors picked, or every link for the chosen audience (links for everyone included). */
export const helpLinksSectionProjection = /* groq */ `{
  heading,
  intro,
  mode,
  audience,
  "links": select(
    mode == "audience" => *[_type == "helpLink" && (^.audience in audiences || "everyone" in audiences)] | ${HELP_LINK_ORDER} ${HELP_LINK},
    links[]->${HELP_LINK}
  )
}`
