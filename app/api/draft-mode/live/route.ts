import { draftMode } from 'next/headers'
import { connection } from 'next/server'

import { viewerClient } from '@/lib/sanity/client'

/** A comment line now and then keeps proxies from closing a quiet stream. */
const KEEP_ALIVE_MS = 25_000

/**
 * Draft mode only: tells the preview when content changed, so that it renders again while an
 * editor types (components/preview/PreviewOverlays.tsx). The server listens to the content API's
 * live events with its viewer token, drafts included, and passes on only "something changed":
 * the token stays here, the page needs no connection to the lake or to Sanity (its CSP stays
 * `connect-src 'self'`), and no content travels this way.
 */
export async function GET(request: Request): Promise<Response> {
  // Per request, never prerendered: at build time draft mode is off.
  await connection()
  if (!(await draftMode()).isEnabled)
    return new Response('Förhandsvisningen är inte på. Öppna den från Studion.', {
      status: 401,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
    })

  const encoder = new TextEncoder()
  let stop = () => {}
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      let open = true
      const send = (text: string) => open && controller.enqueue(encoder.encode(text))
      const keepAlive = setInterval(() => send(': keep-alive\n\n'), KEEP_ALIVE_MS)
      const events = viewerClient().live.events({ includeDrafts: true, tag: 'preview' })
      const subscription = events.subscribe({
        next: (event) => {
          // Listening from now on: anything that changes later is reported.
          if (event.type === 'welcome') send('event: welcome\ndata: {}\n\n')
          if (event.type === 'message' || event.type === 'restart') send('event: change\ndata: {}\n\n')
        },
        // The browser's EventSource reconnects by itself.
        error: () => stop(),
      })
      stop = () => {
        if (!open) return
        open = false
        clearInterval(keepAlive)
        subscription.unsubscribe()
        try {
          controller.close()
        } catch {
          // Cancelled: the browser went away first.
        }
      }
      if (subscription.closed) stop()
      request.signal.addEventListener('abort', () => stop())
    },
    cancel: () => stop(),
  })
  return new Response(body, {
    headers: {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      'X-Accel-Buffering': 'no',
    },
  })
}
