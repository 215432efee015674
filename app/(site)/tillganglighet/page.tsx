import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { AccessibilityStatementView } from '@/components/page/AccessibilityStatementView'
import { ACCESSIBILITY_PATH } from '@/components/layout/SiteFooter'
import { fetchContent } from '@/lib/content/fetch'
import { requestPerspective } from '@/lib/content/perspective'
import { routeMetadata } from '@/lib/seo'

export async function generateMetadata(): Promise<Metadata> {
  const statement = await fetchContent('accessibilityStatement', {})
  return statement ? routeMetadata({ title: statement.title, path: ACCESSIBILITY_PATH }) : {}
}

/** The accessibility statement (tillgänglighetsredogörelse) the law requires, linked from every page. */
export default async function AccessibilityPage() {
  const statement = await fetchContent('accessibilityStatement', {}, { perspective: await requestPerspective() })
  if (!statement) notFound()
  return <AccessibilityStatementView statement={statement} />
}
