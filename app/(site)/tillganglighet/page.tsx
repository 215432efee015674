import type { Metadata } from 'next'

import { AccessibilityStatementView } from '@/components/page/AccessibilityStatementView'
import { NotFoundResponse } from '@/components/page/NotFoundResponse'
import { ACCESSIBILITY_PATH } from '@/components/layout/SiteFooter'
import { fetchContent } from '@/lib/content/fetch'
import { requestPerspective } from '@/lib/content/perspective'
import { NOT_FOUND_METADATA, routeMetadata } from '@/lib/seo'

export async function generateMetadata(): Promise<Metadata> {
  const [statement, settings] = await Promise.all([
    fetchContent('accessibilityStatement', {}),
    fetchContent('settings', {}),
  ])
  return statement ? routeMetadata(settings, { title: statement.title, path: ACCESSIBILITY_PATH }) : NOT_FOUND_METADATA
}

/** The accessibility statement (tillgänglighetsredogörelse) the law requires, linked from every page. */
export default async function AccessibilityPage() {
  const statement = await fetchContent('accessibilityStatement', {}, { perspective: await requestPerspective() })
  if (!statement) return <NotFoundResponse />
  return <AccessibilityStatementView statement={statement} />
}
