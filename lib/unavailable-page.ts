import { waysOn } from '@/lib/ways-on'
import { DEFAULT_LANGUAGE_ID } from '@/vocabulary/languages'
import { messagesFor } from '@/vocabulary/messages'

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')

/**
 * The page proxy.ts answers with 503 when an address needs the content backend and the backend is
 * down (lib/content/addresses.ts). Plain HTML with its own small style, because it is sent before
 * Next renders anything; it keeps what every page has: the quick exit first, help, 112, in the
 * address's language when it has a message file (vocabulary/messages), else Swedish.
 */
export function unavailablePage(quickExit: { label: string; url: string }, languageId = DEFAULT_LANGUAGE_ID): string {
  const messages = messagesFor(languageId)
  const label = languageId === DEFAULT_LANGUAGE_ID ? quickExit.label : messages.quickExit.label
  const { links, emergency } = waysOn(languageId, messages)
  return `<!DOCTYPE html>
<html lang="${languageId === 'en' ? 'en' : 'sv'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(messages.unavailable.title)} – Somliga tror</title>
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
<a class="exit" href="${escapeHtml(quickExit.url)}" rel="noreferrer">${escapeHtml(label)}</a>
<main>
<h1>${escapeHtml(messages.unavailable.title)}</h1>
<p>${escapeHtml(messages.unavailable.text)}</p>
<ul>
${links.map((link) => `<li><a href="${escapeHtml(link.href)}">${escapeHtml(link.label)}</a></li>`).join('\n')}
</ul>
<p>${escapeHtml(emergency)}</p>
</main>
</body>
</html>
`
}
