import { connection } from 'next/server'

import { studioUserAccess } from '@/lib/figures/access'
import { figuresOf } from '@/lib/figures/read'
import { daysBetween, FIGURES_MAX_DAYS, formatDay, parseDay, type FiguresAnswer } from '@/vocabulary/figures'

/**
 * The campaign figures for the Studio's Kampanjsiffror: page views per path and short-link uses
 * per day, `?from=YYYY-MM-DD&to=YYYY-MM-DD`. Only for a person signed in to the Studio
 * (lib/figures/access.ts); anyone else gets 401. Never cached: not by the edge (it caches no
 * /api/), not by a browser.
 */
const HEADERS = { 'Cache-Control': 'private, no-store', Vary: 'Authorization' }

const refusal = (status: number, message: string) => Response.json({ message }, { status, headers: HEADERS })

/** Without a span: the last twelve weeks up to today. */
const DEFAULT_DAYS = 84

export async function GET(request: Request): Promise<Response> {
  // Per person and per day: never prerendered.
  await connection()
  const access = await studioUserAccess(request)
  if (!access.allowed) return refusal(access.status, access.message)

  const query = new URL(request.url).searchParams
  const today = new Date(`${formatDay(new Date())}T00:00:00Z`)
  const to = query.has('to') ? parseDay(query.get('to')) : today
  const from = query.has('from')
    ? parseDay(query.get('from'))
    : new Date(today.getTime() - (DEFAULT_DAYS - 1) * 86_400_000)
  if (!from || !to) return refusal(400, 'Ange datum som ÅÅÅÅ-MM-DD, till exempel 2026-03-16.')
  if (from > to) return refusal(400, 'Startdatumet ligger efter slutdatumet.')
  const days = daysBetween(from, to)
  if (days.length > FIGURES_MAX_DAYS) return refusal(400, `Välj högst ${FIGURES_MAX_DAYS} dagar åt gången.`)

  let rows
  try {
    rows = await figuresOf(days)
  } catch (error) {
    console.error(`[figures] could not read the figures: ${(error as Error).message}`)
    return refusal(503, 'Siffrorna går inte att läsa just nu. Försök igen om en stund.')
  }
  const answer: FiguresAnswer = { from: formatDay(from), to: formatDay(to), counting: rows !== null, rows: rows ?? [] }
  return Response.json(answer, { headers: HEADERS })
}
