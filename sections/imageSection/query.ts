import { IMAGE } from '@/lib/query-fragments'

export const imageSectionProjection = /* groq */ `{"image": image${IMAGE}, caption, credit}`
