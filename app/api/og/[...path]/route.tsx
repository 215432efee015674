import { fetchContent } from '@/lib/content/fetch'
import { resolveSitePath } from '@/lib/content/languages'
import { renderOgImage } from '@/lib/og-image'
import { sendersLine } from '@/lib/seo'
import { localPath } from '@/vocabulary/languages'

type Context = { params: Promise<{ path: string[] }> }

/** Prerendered for every page of every language at build, like the pages themselves: /api/og/<slug>, /api/og/en/<slug>. */
export async function generateStaticParams() {
  const { pages } = await fetchContent('routes', {})
  return pages.map((page) => ({ path: localPath(page.language, `/${page.slug}`).split('/').filter(Boolean) }))
}

/** A page's share image: the editors' SEO image, else one drawn from the page title. */
export async function GET(_request: Request, { params }: Context) {
  const settings = await fetchContent('settings', {})
  const { languageId, route } = resolveSitePath(
    (await params).path,
    settings.languages.map((language) => language.id),
  )
  const page = route.kind === 'page' ? await fetchContent('page', { slug: route.slug, language: languageId }) : null
  if (!page) return new Response(languageId === 'sv' ? 'Sidan finns inte.' : 'Page not found.', { status: 404 })
  return renderOgImage({
    siteName: settings.siteName,
    title: page.seo?.title ?? page.title,
    senders: sendersLine(settings),
    image: page.seo?.image,
  })
}
