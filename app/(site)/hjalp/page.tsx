import type { Metadata } from 'next'

import { HelpPageView } from '@/components/help/HelpPageView'
import { fetchContent } from '@/lib/content/fetch'
import { requestPerspective } from '@/lib/content/perspective'
import { HELP_PATH } from '@/vocabulary/help-audiences'
import { routeMetadata } from '@/lib/seo'

export async function generateMetadata(): Promise<Metadata> {
  const settings = await fetchContent('settings', {})
  return routeMetadata(settings, {
    title: settings.helpPage.title,
    description: settings.helpPage.intro,
    path: HELP_PATH,
  })
}

/** Every help link. */
export default async function HelpPage() {
  const perspective = await requestPerspective()
  const [{ helpPage }, links] = await Promise.all([
    fetchContent('settings', {}, { perspective }),
    fetchContent('helpLinks', {}, { perspective }),
  ])
  return <HelpPageView title={helpPage.title} intro={helpPage.intro} filter={null} links={links} total={links.length} />
}
