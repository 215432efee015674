import { NAV_LINK } from '@/lib/query-fragments'

export const callToActionSectionProjection = /* groq */ `{heading, text, "link": link${NAV_LINK}}`
