import { checkHelpLinks } from '@/lib/link-check'
import { sessionClient } from '@/lib/sanity/client'

const answer = (status: number, body: object) =>
  Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } })

const MAX_BODY_BYTES = 1_024

/**
 * The link check on demand, for the Studio's "Kontrollera webbadresserna" (sanity/structure/
 * CheckAddressesAction.tsx): checks one help link's web addresses (or every help link's without an
 * id) and records the result on it. The Studio sends the editor's own session token; the route
 * reads and writes with it, so a viewer's check is refused by the content backend and the site
 * holds no write token. The addresses come from the help links, never from the request.
 */
export async function POST(request: Request): Promise<Response> {
  const token = request.headers.get('authorization')?.match(/^Bearer\s+(\S+)$/i)?.[1]
  if (!token) return answer(401, { message: 'Logga in i Studion för att kontrollera webbadresserna.' })

  const text = await request.text()
  let id: string | undefined
  try {
    const body = text.length > MAX_BODY_BYTES ? null : text ? (JSON.parse(text) as { id?: unknown }) : {}
    if (!body || (body.id !== undefined && (typeof body.id !== 'string' || !/^[\w.-]{1,128}$/.test(body.id))))
      throw new Error('bad body')
    id = (body.id as string | undefined)?.replace(/^drafts\./, '')
  } catch {
    return answer(400, { message: 'Begäran gick inte att läsa. Ladda om Studion och försök igen.' })
  }

  try {
    const summary = await checkHelpLinks(sessionClient(token), id ? { ids: [id] } : {})
    const broken = summary.broken.length
    const message =
      summary.helpLinks === 0
        ? 'Hjälplänken finns inte sparad ännu. Vänta tills ändringen är sparad och försök igen.'
        : broken === 0
          ? `Alla ${summary.addresses} webbadresser fungerar.`
          : id
            ? 'Minst en webbadress fungerar inte. Se vilken under Kontroll.'
            : `${broken} hjälplänkar har webbadresser som inte fungerar. De finns under Behöver kontrolleras.`
    return answer(200, { message, broken, results: summary.results })
  } catch (error) {
    const status = (error as { statusCode?: number }).statusCode
    if (status === 401) return answer(401, { message: 'Din inloggning har gått ut. Logga in i Studion igen.' })
    if (status === 403)
      return answer(403, { message: 'Ditt konto får inte ändra innehåll, så kontrollen kan inte sparas.' })
    console.error('[link-check] the check could not run', error)
    return answer(503, {
      message: 'Kontrollen kunde inte köras: innehållstjänsten svarade inte. Försök igen om en stund.',
    })
  }
}
