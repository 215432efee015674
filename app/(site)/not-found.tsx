import type { Metadata } from 'next'

import { NOT_FOUND_METADATA } from '@/lib/seo'

import { NotFoundView } from '@/components/page/NotFoundView'

export const metadata: Metadata = NOT_FOUND_METADATA

/** 404 for addresses under the site's routes (a slug nobody has, a deleted page). */
export default function NotFound() {
  return <NotFoundView />
}
