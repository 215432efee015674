import { SyncIcon } from '@sanity/icons/Sync'
import { useToast } from '@sanity/ui/toast'
import { useState } from 'react'
import { useClient, type DocumentActionComponent } from 'sanity'

import { apiVersion } from '../../vocabulary/api-version'

/** The site's route that runs the link check on demand; the Studio is served by the site itself. */
const LINK_CHECK_ROUTE = '/api/link-check'

/**
 * Runs the link check through the site: one help link's addresses, or every help link's without
 * `id`. The answer is the route's own Swedish message, or one saying the site did not answer.
 */
export async function runLinkCheck(token: string, id?: string): Promise<{ ok: boolean; message: string }> {
  try {
    const response = await fetch(LINK_CHECK_ROUTE, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(id ? { id } : {}),
    })
    const { message } = (await response.json().catch(() => ({}))) as { message?: string }
    return { ok: response.ok, message: message ?? 'Kontrollen kunde inte köras. Försök igen om en stund.' }
  } catch {
    return { ok: false, message: 'Webbplatsen svarade inte. Försök igen om en stund.' }
  }
}

/**
 * "Kontrollera webbadresserna": runs the link check (lib/link-check.ts) on this help link now,
 * instead of waiting for the scheduled run. The site fetches the addresses (a browser may not read
 * other sites' answers) and records the result with the editor's own session, which the Studio's
 * client holds; the result then appears under Kontroll like any other change.
 */
export const CheckAddressesAction: DocumentActionComponent = ({ id, draft, published }) => {
  const token = useClient({ apiVersion }).config().token
  const toast = useToast()
  const [running, setRunning] = useState(false)
  const saved = Boolean(draft ?? published)

  return {
    label: running ? 'Kontrollerar webbadresserna …' : 'Kontrollera webbadresserna',
    icon: SyncIcon,
    disabled: running || !saved || !token,
    title: !saved
      ? 'Hjälplänken är inte sparad än.'
      : !token
        ? 'Kontrollen kan inte startas med den här inloggningen. Den körs ändå regelbundet av webbplatsen.'
        : 'Hämtar organisationens webbplats och varje webbadress bland kontaktvägarna och sparar vad de svarade.',
    onHandle: async () => {
      setRunning(true)
      const { ok, message } = await runLinkCheck(token!, id)
      toast.push({ status: ok ? 'success' : 'error', title: message })
      setRunning(false)
    },
  }
}
CheckAddressesAction.displayName = 'CheckAddressesAction'
