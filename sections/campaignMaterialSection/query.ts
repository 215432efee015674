import { CAMPAIGN_MATERIAL } from '@/lib/query-fragments'

/** Every published piece of material, by name; the section itself only adds a heading and intro. */
export const campaignMaterialSectionProjection = /* groq */ `{
  heading,
  intro,
  "materials": *[_type == "campaignMaterial" && defined(slug.current)] | order(title asc) ${CAMPAIGN_MATERIAL}
}`
