import { MAIN_CONTENT_ID } from '@/components/layout/SkipLinks'
import { ReportProblem, ResponsibleAuthority } from '@/components/page/AccessibilityReport'
import { RichText } from '@/components/rich-text/RichText'
import type { AccessibilityStatement } from '@/lib/content/accessibility'
import type { RichTextBlock } from '@/lib/content/common'
import { formatDate } from '@/lib/format'
import type { Messages } from '@/vocabulary/messages'

/** Whether rich text already links to an address, so the page does not say the same thing twice. */
function linksTo(blocks: RichTextBlock[], href: string): boolean {
  return blocks.some((block) => block.markDefs?.some((markDef) => markDef.href === href))
}

/**
 * The accessibility statement in the structure Digg asks for: whom it concerns, how compliant the
 * site is, what is not accessible and why, how it was assessed, how to report problems, and where
 * to complain.
 */
type Props = {
  statement: AccessibilityStatement
  messages: Messages
  /** The statement's own text is Swedish: its `lang` on pages in another language, else null. */
  contentLang: string | null
  /** The page's language, for dates ("1 July 2025"). */
  dateLocale: string
}

export function AccessibilityStatementView({ statement, messages, contentLang, dateLocale }: Props) {
  const text = messages.accessibility
  const lang = contentLang ?? undefined
  return (
    <main id={MAIN_CONTENT_ID} tabIndex={-1} className="container">
      <h1>{contentLang ? messages.footer.accessibility : statement.title}</h1>
      {statement.intro.length > 0 && !contentLang ? (
        <RichText value={statement.intro} />
      ) : (
        <p>{text.intro(statement.organisationName, statement.serviceName)}</p>
      )}
      <ResponsibleAuthority statement={statement} text={text} />

      <h2>{text.howAccessible}</h2>
      <p>
        {text.status[0]}
        <strong>{text.complianceStatus[statement.complianceStatus]}</strong>
        {text.status[1]}
      </p>

      <h2>{text.problemsHeading}</h2>
      {statement.knownProblems.length > 0 ? (
        <ul>
          {statement.knownProblems.map((problem) => (
            <li key={problem._key}>
              <p lang={lang}>{problem.problem}</p>
              {problem.reason && (
                <p>
                  {text.problemWhy} <span lang={lang}>{problem.reason}</span>
                </p>
              )}
              {problem.wcagCriterion && <p>{text.problemCriterion(problem.wcagCriterion)}</p>}
              {problem.plannedFix && (
                <p>
                  {text.problemFix} <span lang={lang}>{problem.plannedFix}</span>
                </p>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p>{text.noProblems}</p>
      )}

      {statement.exemptions.length > 0 && (
        <>
          <h2>{text.exemptions}</h2>
          <div lang={lang}>
            <RichText value={statement.exemptions} />
          </div>
        </>
      )}

      <h2>{text.report}</h2>
      <div lang={lang}>
        <RichText value={statement.feedback} />
      </div>
      <ReportProblem statement={statement} text={text} contentLang={lang} />

      {!linksTo(statement.feedback, statement.enforcementUrl) && (
        <p>
          {text.enforcement[0]}
          <a href={statement.enforcementUrl}>{text.enforcement[1]}</a>
          {text.enforcement[2]}
        </p>
      )}

      <h2>{text.method}</h2>
      <p lang={lang}>{statement.method}</p>
      <p>
        {text.dates(formatDate(statement.assessmentDate, dateLocale), formatDate(statement.lastUpdated, dateLocale))}
      </p>
    </main>
  )
}
