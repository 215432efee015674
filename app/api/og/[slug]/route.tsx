import { fetchContent } from '@/lib/content/fetch'
import { renderOgImage } from '@/lib/og-image'
import { sendersLine } from '@/lib/seo'

type Context = { params: Promise<{ slug: string }> }

/** Prerendered for every page at build, like the pages themselves. */
export async function generateStaticParams() {
  const { pages } = await fetchContent('routes', {})
  return pages.map((page) => ({ slug: page.slug }))
}

/** A page's share image: the editors' SEO image, else one drawn from the page title. */
export async function GET(_request: Request, { params }: Context) {
  const { slug } = await params
  const [page, settings] = await Promise.all([fetchContent('page', { slug }), fetchContent('settings', {})])
  if (!page) return new Response('Sidan finns inte.', { status: 404 })
  return renderOgImage({
    siteName: settings.siteName,
    title: page.seo?.title ?? page.title,
    senders: sendersLine(settings),
    image: page.seo?.image,
  })
}
