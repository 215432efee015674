import { MAIN_CONTENT_ID } from '@/components/layout/SkipLinks'
import { ReportProblem, ResponsibleAuthority } from '@/components/page/AccessibilityReport'
import { RichText } from '@/components/rich-text/RichText'
import type { AccessibilityStatement } from '@/lib/content/accessibility'
import type { RichTextBlock } from '@/lib/content/common'
import { formatDate } from '@/lib/format'

/** Whether rich text already links to an address, so the page does not say the same thing twice. */
function linksTo(blocks: RichTextBlock[], href: string): boolean {
  return blocks.some((block) => block.markDefs?.some((markDef) => markDef.href === href))
}

/**
 * The accessibility statement in the structure Digg asks for: whom it concerns, how compliant the
 * site is, what is not accessible and why, how it was assessed, how to report problems, and where
 * to complain.
 */
export function AccessibilityStatementView({ statement }: { statement: AccessibilityStatement }) {
  return (
    <main id={MAIN_CONTENT_ID} tabIndex={-1} className="container">
      <h1>{statement.title}</h1>
      {statement.intro.length > 0 ? (
        <RichText value={statement.intro} />
      ) : (
        <p>
          {statement.organisationName} står bakom webbplatsen {statement.serviceName}. Den här redogörelsen beskriver
          hur webbplatsen uppfyller lagen (2018:1937) om tillgänglighet till digital offentlig service.
        </p>
      )}
      <ResponsibleAuthority statement={statement} />

      <h2>Hur tillgänglig är webbplatsen?</h2>
      <p>
        Webbplatsen är <strong>{statement.complianceStatus.toLowerCase()}</strong> med lagen om tillgänglighet till
        digital offentlig service.
      </p>

      <h2>Innehåll som inte är tillgängligt</h2>
      {statement.knownProblems.length > 0 ? (
        <ul>
          {statement.knownProblems.map((problem) => (
            <li key={problem._key}>
              <p>{problem.problem}</p>
              {problem.reason && <p>Varför: {problem.reason}</p>}
              {problem.wcagCriterion && <p>Gäller WCAG-kriterium {problem.wcagCriterion}.</p>}
              {problem.plannedFix && <p>Åtgärdas: {problem.plannedFix}</p>}
            </li>
          ))}
        </ul>
      ) : (
        <p>Vi känner inte till några brister just nu.</p>
      )}

      {statement.exemptions.length > 0 && (
        <>
          <h2>Undantag</h2>
          <RichText value={statement.exemptions} />
        </>
      )}

      <h2>Rapportera brister</h2>
      <RichText value={statement.feedback} />
      <ReportProblem statement={statement} />

      {!linksTo(statement.feedback, statement.enforcementUrl) && (
        <p>
          Myndigheten för digital förvaltning (Digg) har tillsyn över lagen. Om du inte är nöjd med hur vi hanterar dina
          synpunkter kan du <a href={statement.enforcementUrl}>anmäla det till Digg</a>.
        </p>
      )}

      <h2>Så har vi testat webbplatsen</h2>
      <p>{statement.method}</p>
      <p>
        Webbplatsen bedömdes senast den {formatDate(statement.assessmentDate)}. Redogörelsen uppdaterades senast den{' '}
        {formatDate(statement.lastUpdated)}.
      </p>
    </main>
  )
}
