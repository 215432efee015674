import { z } from 'zod'

import type { SECURITY_TXT_QUERY_RESULT } from '@/sanity.types'

import { reportContentProblem } from './report'
import { shapeOf } from './shape'

/** What /.well-known/security.txt says (RFC 9116), from the settings. */
export type SecurityTxt = { contacts: string[]; policy: string | null; expires: string }

/** An https address as it is written into the file: parsed, so it cannot carry a line break. */
const httpsUrl = z
  .url({ protocol: /^https$/ })
  .nullish()
  .catch(null)
  .transform((url) => (url ? new URL(url).href : null))

const fieldsSchema = z.object(
  shapeOf<NonNullable<NonNullable<SECURITY_TXT_QUERY_RESULT>['securityTxt']>>()({
    contactEmail: z.email().nullish().catch(null),
    contactUrl: httpsUrl,
    policyUrl: httpsUrl,
    expires: z.iso.date().nullish().catch(null),
  }),
)

/**
 * The file's fields, or null when the settings give no contact or no expiry date (both required
 * by the RFC): then the address answers 404. Settings that fill in only part of it are logged;
 * none at all is the state before launch (sanity/seed/README.md).
 */
export const securityTxtSchema = z
  .object({ securityTxt: z.unknown() })
  .nullish()
  .transform((settings): SecurityTxt | null => {
    if (settings?.securityTxt == null) return null
    const parsed = fieldsSchema.safeParse(settings.securityTxt)
    if (!parsed.success) {
      reportContentProblem('settings.securityTxt malformed; /.well-known/security.txt answers 404', parsed.error)
      return null
    }
    const { contactEmail, contactUrl, policyUrl, expires } = parsed.data
    const contacts = [contactEmail ? `mailto:${contactEmail}` : null, contactUrl ?? null].filter(
      (contact): contact is string => contact !== null,
    )
    if (contacts.length === 0 || !expires) {
      reportContentProblem(
        'settings.securityTxt has no contact or no expiry date; /.well-known/security.txt answers 404',
      )
      return null
    }
    return { contacts, policy: policyUrl ?? null, expires }
  })

/** The text of the file: valid to the end of the chosen day (UTC), Swedish or English reports welcome. */
export function securityTxtText({ contacts, policy, expires }: SecurityTxt, siteUrl: string): string {
  return [
    ...contacts.map((contact) => `Contact: ${contact}`),
    `Expires: ${expires}T23:59:59.000Z`,
    ...(policy ? [`Policy: ${policy}`] : []),
    'Preferred-Languages: sv, en',
    `Canonical: ${new URL('/.well-known/security.txt', siteUrl).href}`,
    '',
  ].join('\n')
}
