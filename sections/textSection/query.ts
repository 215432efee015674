import { RICH_TEXT } from '@/lib/query-fragments'

export const textSectionProjection = /* groq */ `{heading, "body": body[]${RICH_TEXT}}`
