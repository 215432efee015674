import { fetchContent } from '@/lib/content/fetch'
import { securityTxtText } from '@/lib/content/security-txt'
import { env } from '@/lib/env'

/**
 * /.well-known/security.txt (RFC 9116): where to report a security problem, from the settings.
 * Prerendered and cached like pages; the publish webhook refreshes it when the settings change.
 * 404 until the settings name a contact and an expiry date.
 */
export async function GET(): Promise<Response> {
  const fields = await fetchContent('securityTxt', {})
  const headers = { 'Content-Type': 'text/plain; charset=utf-8' }
  if (!fields) return new Response('Ingen security.txt finns ännu.\n', { status: 404, headers })
  return new Response(securityTxtText(fields, env.siteUrl), { headers })
}
