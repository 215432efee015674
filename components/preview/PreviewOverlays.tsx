'use client'

import { useRouter } from 'next/navigation'
import { lazy, startTransition, Suspense, useCallback, useEffect } from 'react'

import { changePreviewPerspective } from '@/lib/content/perspective-action'

// Loaded on demand, and not through next/dynamic: either would do for visitors (they never render
// this), but next/dynamic in draft mode's bundle changes how the chunks every page shares are cut,
// which cost visitors about 0.6 KB.
const VisualEditing = lazy(() =>
  import('next-sanity/visual-editing/client-component').then((module) => ({ default: module.VisualEditing })),
)

/** Changes come in bursts while someone types: one render for each quiet moment is enough. */
const REFRESH_DEBOUNCE_MS = 150

/**
 * Draft mode only (app/(draft-mode)/~draft/[...path]/layout.tsx): click-to-edit overlays from the stega markers in
 * the page, and updates while the editor types.
 *
 * Updates come from live events: app/api/draft-mode/live passes on each change the content API
 * reports (drafts included), and the page renders again on the server, reading drafts with the
 * viewer token. Not next-sanity's `<SanityLive>`: it needs a token in the browser and a
 * connection from the page to the content API, and belongs to next-sanity's own fetch and cache.
 * Not only Presentation's `presentation/refresh` messages either (still handled, for its refresh
 * button): they cover the one document open in its editor, and miss an edit made before
 * Presentation has loaded that document; live events cover every document, in or out of
 * Presentation. When the editor picks another perspective in Presentation (drafts, published or
 * a release), `changePreviewPerspective` stores it and the page renders again with it.
 */
export function PreviewOverlays() {
  const router = useRouter()
  const refresh = useCallback(
    () =>
      new Promise<void>((resolve) =>
        startTransition(() => {
          router.refresh()
          resolve()
        }),
      ),
    [router],
  )

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    const changes = new EventSource('/api/draft-mode/live')
    changes.addEventListener('change', () => {
      clearTimeout(timer)
      timer = setTimeout(() => void refresh(), REFRESH_DEBOUNCE_MS)
    })
    return () => {
      clearTimeout(timer)
      changes.close()
    }
  }, [refresh])

  useEffect(() => {
    window.addEventListener('click', letLinksNavigate, { capture: true })
    return () => window.removeEventListener('click', letLinksNavigate, { capture: true })
  }, [])

  return (
    <Suspense>
      <VisualEditing refresh={refresh} onPerspectiveChange={changePreviewPerspective} />
    </Suspense>
  )
}

/**
 * A plain click on a link to another page of the site goes there, as it does for visitors. The
 * overlays listen on each marked element (a menu link's label is one) and turn a click into
 * "open this field", so in Presentation the menu led to the Studio instead of the page. Stopping
 * the click on its way down, before it reaches the overlays, leaves the browser's own navigation
 * alone; the field stays one click away on the overlay's label, which shows on hover. Links
 * elsewhere (help services, e-mail, telephone, the quick exit) keep the overlays' behaviour: they
 * would take the preview away from the site.
 */
function letLinksNavigate(event: MouseEvent) {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
  const link = event.target instanceof Element ? event.target.closest('a[href]') : null
  if (link instanceof HTMLAnchorElement && link.origin === window.location.origin) event.stopPropagation()
}
