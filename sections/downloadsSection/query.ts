import { IMAGE } from '@/lib/query-fragments'

/** Each file with what the site needs to serve it and state its type and size. */
export const downloadsSectionProjection = /* groq */ `{
  heading,
  intro,
  items[]{
    _key,
    title,
    description,
    "file": file.asset->{_id, originalFilename, extension, size},
    "preview": preview${IMAGE}
  }
}`
