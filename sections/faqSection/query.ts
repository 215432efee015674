import { RICH_TEXT } from '@/lib/query-fragments'

export const faqSectionProjection = /* groq */ `{heading, items[]{_key, question, "answer": answer[]${RICH_TEXT}}}`
