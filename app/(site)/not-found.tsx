import type { Metadata } from 'next'

import { NotFoundView } from '@/components/page/NotFoundView'

export const metadata: Metadata = { title: 'Sidan finns inte' }

/** 404 for addresses under the site's routes (a slug nobody has, a deleted page). */
export default function NotFound() {
  return <NotFoundView />
}
