import 'server-only'

import { userClient } from '@/lib/sanity/client'

/**
 * Who may read the campaign figures: a person signed in to the Studio, with any role in the
 * project (editors and viewers alike). The Studio sends its user's own token, the one it sends to
 * the content backend; the backend says whose it is (`/users/me`). The site keeps no list of its
 * own, so removing someone from the project in Sanity takes the figures from them too.
 */
export type Access = { allowed: true; userId: string } | { allowed: false; status: 401 | 503; message: string }

type Me = { id?: unknown; roles?: { name?: unknown }[] }

const MESSAGES = {
  signIn: 'Kampanjsiffrorna visas bara i Studion, för den som är inloggad.',
  noRole: 'Ditt konto har ingen roll i det här projektet. Be den som sköter webbplatsen om en.',
  down: 'Det gick inte att kontrollera din inloggning: innehållstjänsten svarade inte. Försök igen om en stund.',
}

export async function studioUserAccess(request: Request): Promise<Access> {
  const token = /^Bearer\s+(\S+)$/i.exec(request.headers.get('authorization') ?? '')?.[1]
  if (!token) return { allowed: false, status: 401, message: MESSAGES.signIn }
  let me: Me
  try {
    me = await userClient(token).request<Me>({ url: '/users/me' })
  } catch (error) {
    const status = (error as { statusCode?: number }).statusCode
    // An unknown or expired token.
    if (status === 401 || status === 403) return { allowed: false, status: 401, message: MESSAGES.signIn }
    console.error(`[figures] could not ask who the Studio user is: ${(error as Error).message}`)
    return { allowed: false, status: 503, message: MESSAGES.down }
  }
  if (typeof me.id !== 'string') return { allowed: false, status: 401, message: MESSAGES.signIn }
  if (!me.roles?.some((role) => typeof role.name === 'string'))
    return { allowed: false, status: 401, message: MESSAGES.noRole }
  return { allowed: true, userId: me.id }
}
