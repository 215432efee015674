/**
 * The local login page (Swedish, plain HTML, no script): the person picks a local user and
 * submits; the lake then sends the browser back to the Studio, as Sanity's own login does.
 */
import type { LakeUser } from './users.ts'

const DESCRIPTIONS: Record<LakeUser['role'], string> = {
  editor: 'kan skapa, redigera och publicera innehåll',
  viewer: 'kan läsa allt innehåll, även utkast, men inte ändra något',
}

export function loginPage(options: {
  action: string
  origin: string
  type: string
  users: readonly LakeUser[]
}): string {
  const choices = options.users
    .map(
      (user, index) => `
        <div class="choice">
          <input type="radio" id="user-${escape(user.id)}" name="user" value="${escape(user.id)}"${index === 0 ? ' checked' : ''}>
          <label for="user-${escape(user.id)}"><strong>${escape(user.name)}</strong> – ${DESCRIPTIONS[user.role]}</label>
        </div>`,
    )
    .join('')
  return page(
    'Logga in',
    `
    <h1>Logga in i Studio</h1>
    <p>Du loggar in mot projektets lokala innehållslager, som bara finns på den här datorn.
      Det finns inga lösenord: välj vilken användare du vill vara.</p>
    <form method="post" action="${escape(options.action)}">
      <fieldset>
        <legend>Användare</legend>${choices}
      </fieldset>
      <input type="hidden" name="origin" value="${escape(options.origin)}">
      <input type="hidden" name="type" value="${escape(options.type)}">
      <button type="submit">Logga in</button>
    </form>`,
  )
}

export function loginErrorPage(message: string): string {
  return page(
    'Inloggningen misslyckades',
    `
    <h1>Inloggningen misslyckades</h1>
    <p role="alert">${escape(message)}</p>
    <p>Gå tillbaka till Studio och försök igen.</p>`,
  )
}

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="sv">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${escape(title)} – lokalt innehållslager</title>
  <!-- No icon: otherwise the browser asks the lake for /favicon.ico, which it does not serve. -->
  <link rel="icon" href="data:,">
  <style>
    :root { color-scheme: light dark; font-family: system-ui, sans-serif; line-height: 1.5; }
    body { margin: 0; padding: 2rem 1rem; }
    main { max-width: 32rem; margin: 0 auto; }
    fieldset { border: 1px solid currentColor; border-radius: 0.5rem; padding: 1rem; margin: 1.5rem 0; }
    legend { font-weight: 700; padding: 0 0.25rem; }
    .choice { display: flex; gap: 0.75rem; align-items: flex-start; padding: 0.5rem 0; }
    .choice input { width: 1.25rem; height: 1.25rem; margin-top: 0.15rem; flex: none; }
    button { font: inherit; font-weight: 700; padding: 0.75rem 1.5rem; border-radius: 0.5rem;
      border: 2px solid currentColor; background: #1f4e3d; color: #fff; cursor: pointer; min-height: 44px; }
    button:focus-visible, input:focus-visible { outline: 3px solid #c65d00; outline-offset: 2px; }
  </style>
</head>
<body>
  <main>${body}
  </main>
</body>
</html>
`
}

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)
}
