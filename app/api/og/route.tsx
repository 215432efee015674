import { fetchContent } from '@/lib/content/fetch'
import { renderOgImage } from '@/lib/og-image'
import { sendersLine } from '@/lib/seo'

/** The site's share image: the one chosen in the settings, or one drawn from the site name. */
export async function GET() {
  const settings = await fetchContent('settings', {})
  return renderOgImage({
    siteName: settings.siteName,
    title: settings.description ?? settings.siteName,
    senders: sendersLine(settings),
    image: settings.socialImage,
  })
}
