import { useEffect } from 'react'
import type { LayoutProps } from 'sanity'

/**
 * Two English leftovers that Sanity's i18n API cannot reach, because the words are not in any
 * locale bundle:
 * - @sanity/ui's dialogs label their close button "Close dialog" (a fixed aria-label, also its
 *   tooltip for screen readers); it is renamed as dialogs open.
 * - Breadcrumbs in nested fields are styled `text-transform: capitalize`, which turns
 *   "Innehåll på sidan" into "Innehåll På Sidan"; Swedish capitalises only the first word.
 */
const CLOSE_LABEL = 'Stäng'
const BREADCRUMB_CASE = `[style*="text-transform: capitalize"] { text-transform: none !important; }`

function renameCloseButtons(root: ParentNode) {
  for (const button of root.querySelectorAll('button[aria-label="Close dialog"]'))
    button.setAttribute('aria-label', CLOSE_LABEL)
}

export function StudioLayout(props: LayoutProps) {
  useEffect(() => {
    renameCloseButtons(document)
    const observer = new MutationObserver((mutations) => {
      for (const mutation of mutations)
        for (const node of mutation.addedNodes) if (node instanceof Element) renameCloseButtons(node.parentNode ?? node)
    })
    observer.observe(document.body, { childList: true, subtree: true })
    return () => observer.disconnect()
  }, [])

  return (
    <>
      <style>{BREADCRUMB_CASE}</style>
      {props.renderDefault(props)}
    </>
  )
}
