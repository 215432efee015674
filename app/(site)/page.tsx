import type { Metadata } from 'next'

import { FallbackStart } from '@/components/page/FallbackStart'
import { PageView } from '@/components/page/PageView'
import { JsonLd } from '@/components/seo/JsonLd'
import { fetchContent } from '@/lib/content/fetch'
import { requestPerspective } from '@/lib/content/perspective'
import { pageMetadata, siteJsonLd } from '@/lib/seo'

export async function generateMetadata(): Promise<Metadata> {
  const [page, settings] = await Promise.all([fetchContent('startPage', {}), fetchContent('settings', {})])
  return page ? pageMetadata(page, settings) : {}
}

/** The start page: the campaign page chosen in the settings. */
export default async function StartPage() {
  const perspective = await requestPerspective()
  const [page, settings] = await Promise.all([
    fetchContent('startPage', {}, { perspective }),
    fetchContent('settings', {}, { perspective }),
  ])
  return (
    <>
      {page ? (
        <PageView page={page} />
      ) : (
        <FallbackStart siteName={settings.siteName} description={settings.description} />
      )}
      <JsonLd data={siteJsonLd(settings)} />
    </>
  )
}
