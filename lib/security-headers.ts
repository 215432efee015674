/**
 * Security headers for every response, used by `next.config.ts`. Pure functions of their input so
 * that they can be tested without starting Next.
 *
 * The Content-Security-Policy trade-off: every public page is prerendered once and served from the
 * cache, so a per-request nonce is impossible without making every page dynamic. Next's App Router
 * writes its hydration data as inline scripts whose content changes with the page, so hashes do
 * not work either. The site therefore allows inline scripts (`'unsafe-inline'`) but nothing else:
 * no script, style, font, image or connection may come from another origin, no plugin, no `<base>`
 * and no form may post elsewhere. The content comes from the site's own editors and React escapes
 * it, and even an injected script could not send anything to a third party.
 */

export type HeaderRule = { source: string; headers: { key: string; value: string }[] }

export type SecurityHeaderOptions = {
  /** `next dev` needs eval (React Refresh) and a websocket for hot reloading. */
  development: boolean
  /** Public base URL of the site; HSTS and upgrade-insecure-requests only make sense over https. */
  siteUrl: string
  /** Origins the Studio talks to from the browser: the local lake's TLS port or hosted Sanity. */
  studioConnectOrigins: string[]
  /** Origins the Studio loads images from (asset previews). */
  studioImageOrigins: string[]
}

type Directives = Record<string, string[]>

function serialise(directives: Directives): string {
  return Object.entries(directives)
    .map(([name, values]) => (values.length > 0 ? `${name} ${values.join(' ')}` : name))
    .join('; ')
}

function usesHttps(siteUrl: string): boolean {
  return new URL(siteUrl).protocol === 'https:'
}

/** The public site: everything from its own origin only. */
export function siteContentSecurityPolicy({ development, siteUrl }: SecurityHeaderOptions): string {
  const directives: Directives = {
    'default-src': ["'self'"],
    'script-src': ["'self'", "'unsafe-inline'", ...(development ? ["'unsafe-eval'"] : [])],
    'style-src': ["'self'", "'unsafe-inline'"],
    // data: for the blurred image placeholders Next inlines while an image loads.
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'"],
    'connect-src': ["'self'", ...(development ? ['ws:'] : [])],
    'media-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'self'"],
    // The Studio's Presentation tool shows the site in a frame on the same origin.
    'frame-ancestors': ["'self'"],
    'frame-src': ["'self'"],
    'worker-src': ["'self'"],
    'manifest-src': ["'self'"],
  }
  if (usesHttps(siteUrl)) directives['upgrade-insecure-requests'] = []
  return serialise(directives)
}

/** The embedded Studio: its own origin plus the content API (lake or hosted Sanity). */
export function studioContentSecurityPolicy(options: SecurityHeaderOptions): string {
  const { siteUrl, studioConnectOrigins, studioImageOrigins } = options
  const directives: Directives = {
    'default-src': ["'self'"],
    // The Studio compiles parts of itself at run time and styles itself with inline styles.
    'script-src': ["'self'", "'unsafe-inline'", "'unsafe-eval'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:', ...studioImageOrigins],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'", ...studioConnectOrigins, ...(options.development ? ['ws:'] : [])],
    'media-src': ["'self'", 'blob:', ...studioImageOrigins],
    'worker-src': ["'self'", 'blob:'],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'self'"],
    // Presentation frames the site itself.
    'frame-src': ["'self'"],
  }
  if (usesHttps(siteUrl)) directives['upgrade-insecure-requests'] = []
  return serialise(directives)
}

/** Browser features nobody on this site needs; the Studio may copy to the clipboard. */
const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'autoplay=()',
  'browsing-topics=()',
  'camera=()',
  'clipboard-read=()',
  'clipboard-write=(self)',
  'display-capture=()',
  'encrypted-media=()',
  'fullscreen=(self)',
  'geolocation=()',
  'gyroscope=()',
  'hid=()',
  'magnetometer=()',
  'microphone=()',
  'midi=()',
  'payment=()',
  'picture-in-picture=()',
  'publickey-credentials-get=()',
  'screen-wake-lock=()',
  'serial=()',
  'usb=()',
  'xr-spatial-tracking=()',
].join(', ')

export function securityHeaderRules(options: SecurityHeaderOptions): HeaderRule[] {
  const common = [
    { key: 'Referrer-Policy', value: 'no-referrer' },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
    { key: 'Permissions-Policy', value: PERMISSIONS_POLICY },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
    ...(usesHttps(options.siteUrl) && !options.development
      ? [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }]
      : []),
  ]
  return [
    {
      // Everything except the Studio; the negative lookahead keeps the two policies apart.
      source: '/((?!studio(?:/|$)).*)',
      headers: [...common, { key: 'Content-Security-Policy', value: siteContentSecurityPolicy(options) }],
    },
    {
      // `:path*` also matches /studio itself.
      source: '/studio/:path*',
      headers: [...common, { key: 'Content-Security-Policy', value: studioContentSecurityPolicy(options) }],
    },
  ]
}
