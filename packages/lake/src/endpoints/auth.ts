/**
 * Studio login, following the flow the Studio expects from Sanity:
 * 1. `GET /auth/providers` lists one provider, the lake's login page;
 * 2. the Studio links to it with `?origin=<studio url>&type=dual|cookie` (or `withSid=true`);
 * 3. the person picks a local user and the page's form posts back to the lake (only a post from
 *    the lake's own page counts); the lake creates a persistent session and redirects to
 *    `<origin>#sid=<one-time id>`, for an allowed Studio origin only;
 * 4. the Studio exchanges the id at `GET /auth/fetch?sid=` (with credentials) for `{token}` and
 *    sends it as a bearer token from then on. For `dual` and `cookie` logins that answer also sets
 *    the session cookie, `Partitioned` over TLS so that it belongs to the Studio's site; the
 *    Studio then probes `GET /auth/id` with credentials only, to learn whether cookies work;
 * 5. `POST /auth/logout` ends the session.
 */
import type { LakeModule } from '../context.ts'
import { SESSION_COOKIE } from '../auth/auth.ts'
import { loginErrorPage, loginPage } from '../auth/login-page.ts'
import { httpError } from '../errors.ts'
import { json, redirect, text, type LakeRequest } from '../http/router.ts'

const LOGIN_PATH = '/v1/auth/login/local'
const HTML = 'text/html; charset=utf-8'

function handleProviders(request: LakeRequest) {
  return json({
    thirdPartyLogin: true,
    sso: { saml: false },
    providers: [{ name: 'local', title: 'Lokal användare', url: `${request.origin}${LOGIN_PATH}` }],
  })
}

/**
 * Only the Studio may receive a session: the origin it names must be one of the browser origins the
 * lake allows (LAKE_CORS_ORIGINS).
 */
function studioOrigin(request: LakeRequest, value: string | null): URL | undefined {
  if (!value) return undefined
  try {
    const url = new URL(value)
    return request.lake.config.browserOrigins.includes(url.origin) ? url : undefined
  } catch {
    return undefined
  }
}

/**
 * The login page is shown only as a page of its own: no other site may frame it and trick a
 * click. It needs nothing but its inline styles.
 */
const PAGE_HEADERS = {
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'",
  'x-frame-options': 'DENY',
}

function handleLoginPage(request: LakeRequest) {
  const origin = studioOrigin(request, request.query.get('origin'))
  if (!origin) {
    return text(
      loginErrorPage(
        'Adressen att skicka dig tillbaka till saknas eller hör inte till en Studio som innehållslagret känner till (LAKE_CORS_ORIGINS).',
      ),
      HTML,
      400,
      PAGE_HEADERS,
    )
  }
  // `type` is the Studio's loginMethod (`dual`, `cookie`); a token-only Studio sends `withSid=true`.
  const requested = request.query.get('type')
  const type = requested === 'dual' || requested === 'cookie' ? requested : 'token'
  const page = loginPage({ action: LOGIN_PATH, origin: origin.href, type, users: request.lake.auth.users() })
  return text(page, HTML, 200, PAGE_HEADERS)
}

/**
 * Only the lake's own login form may sign someone in. A form on any other page could otherwise
 * post here and sign the Studio in as a user of its choosing; browsers name the page a form
 * comes from in `Origin` (and `Sec-Fetch-Site`).
 */
function isSameOrigin(request: LakeRequest): boolean {
  const site = request.headers['sec-fetch-site']
  return request.headers.origin === request.origin && (site === undefined || site === 'same-origin')
}

async function handleLogin(request: LakeRequest) {
  if (!isSameOrigin(request)) {
    request.raw.req.resume()
    return text(
      loginErrorPage('Inloggningen måste skickas från innehållslagrets egen inloggningssida.'),
      HTML,
      403,
      PAGE_HEADERS,
    )
  }
  const form = await request.form()
  const origin = studioOrigin(request, form.get('origin'))
  const user = request.lake.auth.users().find((candidate) => candidate.id === form.get('user'))
  if (!origin || !user) {
    return text(loginErrorPage('Välj en användare och försök igen från Studio.'), HTML, 400, PAGE_HEADERS)
  }
  const token = request.lake.auth.createSession(user.id)
  const type = form.get('type')
  request.lake.log.info(`login: ${user.id} (${type}) for ${origin.origin}`)
  origin.hash = `sid=${request.lake.auth.createSid(token, { cookie: type === 'dual' || type === 'cookie' })}`
  return redirect(origin.href)
}

function handleFetch(request: LakeRequest) {
  const session = request.lake.auth.exchangeSid(request.query.get('sid') ?? '')
  if (!session) throw httpError(401, 'The session ID is unknown or has expired; log in again')
  const headers = session.cookie ? { 'set-cookie': sessionCookie(request, session.token) } : undefined
  return json({ token: session.token }, 200, headers)
}

/**
 * The Studio runs on another site than the lake, so its cookie is a third-party one: over TLS it
 * is `SameSite=None`, and `Partitioned` (CHIPS), kept for the site that made the request, which
 * browsers that block third-party cookies still accept. Logging out must name the same attributes.
 */
function sessionCookie(request: LakeRequest, value: string, extra = ''): string {
  const attributes = request.url.protocol === 'https:' ? '; Secure; SameSite=None; Partitioned' : '; SameSite=Lax'
  return `${SESSION_COOKIE}=${encodeURIComponent(value)}; Path=/; HttpOnly${attributes}${extra}`
}

function handleId(request: LakeRequest) {
  const user = request.identity.user
  if (!user) throw httpError(401, 'Not logged in')
  return json({ id: user.id })
}

function handleLogout(request: LakeRequest) {
  request.lake.auth.logout(request.headers.authorization, request.headers.cookie)
  return json({}, 200, { 'set-cookie': sessionCookie(request, '', '; Max-Age=0') })
}

export const authModule: LakeModule = {
  name: 'auth',
  routes: [
    { method: 'GET', path: '/auth/providers', handler: handleProviders },
    { method: 'GET', path: '/auth/login/local', handler: handleLoginPage },
    { method: 'POST', path: '/auth/login/local', handler: handleLogin },
    { method: 'GET', path: '/auth/fetch', handler: handleFetch },
    { method: 'GET', path: '/auth/id', handler: handleId },
    { method: 'POST', path: '/auth/logout', handler: handleLogout },
  ],
}
