import type { Metadata } from 'next'

import { HelpPageView } from '@/components/help/HelpPageView'
import { NotFoundResponse } from '@/components/page/NotFoundResponse'
import { fetchContent } from '@/lib/content/fetch'
import { linksFor } from '@/lib/content/help-links'
import { requestPerspective } from '@/lib/content/perspective'
import { audienceFilterBySlug, audienceFilters } from '@/vocabulary/help-audiences'
import { NOT_FOUND_METADATA, routeMetadata } from '@/lib/seo'

type Props = { params: Promise<{ audience: string }> }

/** One prerendered page per audience, so narrowing the list needs neither JavaScript nor a server. */
export function generateStaticParams() {
  return audienceFilters.map((filter) => ({ audience: filter.slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const filter = audienceFilterBySlug((await params).audience)
  if (!filter) return NOT_FOUND_METADATA
  const settings = await fetchContent('settings', {})
  const { helpPage } = settings
  return routeMetadata(settings, {
    title: `${helpPage.title}: ${filter.title}`,
    description: helpPage.intro,
    path: filter.href,
  })
}

/** The help links for one audience (and those meant for everyone). */
export default async function AudienceHelpPage({ params }: Props) {
  const filter = audienceFilterBySlug((await params).audience)
  if (!filter) return <NotFoundResponse />
  const perspective = await requestPerspective()
  const [{ helpPage }, links] = await Promise.all([
    fetchContent('settings', {}, { perspective }),
    fetchContent('helpLinks', {}, { perspective }),
  ])
  return (
    <HelpPageView
      title={helpPage.title}
      intro={helpPage.intro}
      filter={filter}
      links={linksFor(links, filter.audience)}
      total={links.length}
    />
  )
}
