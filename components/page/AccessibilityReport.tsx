import type { AccessibilityStatement } from '@/lib/content/accessibility'
import type { Messages } from '@/vocabulary/messages'

type Props = {
  statement: AccessibilityStatement
  text: Messages['accessibility']
  /** The statement's own text is Swedish: its `lang` on pages in another language. */
  contentLang: string | undefined
}

const authorityOf = (statement: AccessibilityStatement) => statement.responsibleAuthority ?? statement.organisationName

/** Names the authority the law holds responsible for the site. */
export function ResponsibleAuthority({ statement, text }: Omit<Props, 'contentLang'>) {
  return <p>{text.responsible(authorityOf(statement))}</p>
}

/**
 * How to report a problem: the authority's address, linked with mailto (subject and questions
 * filled in, in the visitor's language) and shown as text, and how soon it answers. A link needs
 * no script and sets no cookie, and the site records nothing; the authority registers what
 * arrives as it does all mail.
 */
export function ReportProblem({ statement, text, contentLang }: Props) {
  if (!statement.reportEmail) return null
  const query = new URLSearchParams({ subject: text.mailSubject(statement.serviceName), body: text.mailBody })
  // mailto wants %20 for spaces; URLSearchParams writes +, which mail programs show as it is.
  const href = `mailto:${statement.reportEmail}?${query.toString().replaceAll('+', '%20')}`
  return (
    <>
      <p>
        {text.sendTo} <a href={href}>{statement.reportEmail}</a>. {text.copyAddress}
      </p>
      {statement.responseTime && (
        <p>
          {text.responseTime(authorityOf(statement))} <span lang={contentLang}>{statement.responseTime}</span>.
        </p>
      )}
      <p>{text.nothingRecorded}</p>
    </>
  )
}
