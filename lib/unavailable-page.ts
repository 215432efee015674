import { EMERGENCY_NOTE, WAYS_ON } from '@/lib/ways-on'

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')

/**
 * The page proxy.ts answers with 503 when an address needs the content backend and the backend is
 * down (lib/content/addresses.ts). Plain HTML with its own small style, because it is sent before
 * Next renders anything; it keeps what every page has: Swedish, the quick exit first, help, 112.
 */
export function unavailablePage(quickExit: { label: string; url: string }): string {
  return `<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Sidan kan inte visas just nu – Somliga tror</title>
<style>
body { margin: 0; font: 1.125rem/1.6 system-ui, sans-serif; color: #1a1a1a; background: #fff; }
.exit { display: block; padding: 0.75rem 1rem; background: #1a1a1a; color: #fff; font-weight: 700; text-align: right; }
main { max-width: 40rem; margin: 0 auto; padding: 1.5rem 1rem; }
a { color: #0b4f8a; }
.exit, .exit:visited { color: #fff; }
a:focus-visible { outline: 3px solid #c25700; outline-offset: 2px; }
</style>
</head>
<body>
<a class="exit" href="${escapeHtml(quickExit.url)}" rel="noreferrer">${escapeHtml(quickExit.label)}</a>
<main>
<h1>Sidan kan inte visas just nu</h1>
<p>Något är fel hos oss. Försök igen om en stund.</p>
<ul>
${WAYS_ON.map(({ href, label }) => `<li><a href="${href}">${label}</a></li>`).join('\n')}
</ul>
<p>${EMERGENCY_NOTE}</p>
</main>
</body>
</html>
`
}
