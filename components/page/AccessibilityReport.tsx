import type { AccessibilityStatement } from '@/lib/content/accessibility'

/**
 * The fixed texts visitors read about the responsible authority and how to report a problem, in
 * one place so that they move to the message files with the rest of the statement's texts.
 */
export const REPORT_TEXT = {
  responsible: (authority: string) =>
    `${authority} är den myndighet som ansvarar för webbplatsen enligt lagen om tillgänglighet till digital offentlig service.`,
  sendTo: 'Skicka e-post till',
  copyAddress: 'Om inget e-postprogram öppnas kan du kopiera adressen och skriva från din vanliga e-post.',
  mailSubject: (service: string) => `Brist i tillgängligheten: ${service}`,
  mailBody: 'Vilken sida gäller det?\n\n\nVad fungerar inte?\n\n',
  responseTime: (authority: string, time: string) => `${authority} svarar ${time}.`,
  nothingRecorded:
    'Webbplatsen sparar ingenting om dig när du använder länken: ditt meddelande går från ditt e-postprogram direkt till myndigheten.',
} as const

const authorityOf = (statement: AccessibilityStatement) => statement.responsibleAuthority ?? statement.organisationName

/** Names the authority the law holds responsible for the site. */
export function ResponsibleAuthority({ statement }: { statement: AccessibilityStatement }) {
  return <p>{REPORT_TEXT.responsible(authorityOf(statement))}</p>
}

/**
 * How to report a problem: the authority's address, linked with mailto (subject and questions
 * filled in) and shown as text, and how soon it answers. A link needs no script and sets no
 * cookie, and the site records nothing; the authority registers what arrives as it does all mail.
 */
export function ReportProblem({ statement }: { statement: AccessibilityStatement }) {
  if (!statement.reportEmail) return null
  const query = new URLSearchParams({
    subject: REPORT_TEXT.mailSubject(statement.serviceName),
    body: REPORT_TEXT.mailBody,
  })
  // mailto wants %20 for spaces; URLSearchParams writes +, which mail programs show as it is.
  const href = `mailto:${statement.reportEmail}?${query.toString().replaceAll('+', '%20')}`
  return (
    <>
      <p>
        {REPORT_TEXT.sendTo} <a href={href}>{statement.reportEmail}</a>. {REPORT_TEXT.copyAddress}
      </p>
      {statement.responseTime && <p>{REPORT_TEXT.responseTime(authorityOf(statement), statement.responseTime)}</p>}
      <p>{REPORT_TEXT.nothingRecorded}</p>
    </>
  )
}
