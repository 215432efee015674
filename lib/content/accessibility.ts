import { z } from 'zod'

import { DIGG_COMPLAINT_URL } from '@/vocabulary/lists'
import type { ACCESSIBILITY_STATEMENT_QUERY_RESULT } from '@/sanity.types'

import { optionalText, requiredText, richTextSchema } from './common'
import { safeUrl } from './links'
import { reportContentProblem } from './report'
import { shapeOf } from './shape'

type StatementResult = NonNullable<ACCESSIBILITY_STATEMENT_QUERY_RESULT>

const isoDate = z.iso.date()

const statementFieldsSchema = z.object(
  shapeOf<StatementResult>()({
    _id: z.string(),
    _updatedAt: z.string(),
    title: requiredText,
    organisationName: requiredText,
    serviceName: requiredText,
    // Named by the page's message file (vocabulary/messages), in its language.
    complianceStatus: z.enum(['full', 'partial', 'none']),
    intro: richTextSchema,
    knownProblems: z
      .array(
        z.object({
          _key: z.string(),
          problem: requiredText,
          wcagCriterion: optionalText,
          reason: optionalText,
          plannedFix: optionalText,
        }),
      )
      .nullish()
      .catch(null)
      .transform((problems) => problems ?? []),
    exemptions: richTextSchema,
    assessmentDate: isoDate,
    method: requiredText,
    lastUpdated: isoDate,
    feedback: richTextSchema,
    /** The authority the law holds responsible; the statement's organisation when unset. */
    responsibleAuthority: optionalText,
    /** Where visitors report a problem: an e-mail address, shown and linked with mailto. */
    reportEmail: z
      .email()
      .nullish()
      .catch(null)
      .transform((email) => email ?? null),
    responseTime: optionalText,
    enforcementUrl: z
      .string()
      .nullish()
      .transform((url) => safeUrl(url) ?? DIGG_COMPLAINT_URL),
  }),
)

export type AccessibilityStatement = z.output<typeof statementFieldsSchema>

/** The accessibility statement (tillgänglighetsredogörelse), or null when it is missing or incomplete. */
export const accessibilityStatementSchema = z.unknown().transform((value): AccessibilityStatement | null => {
  if (value === null || value === undefined) return null
  const parsed = statementFieldsSchema.safeParse(value)
  if (parsed.success) return parsed.data
  reportContentProblem('accessibility statement cannot be shown', parsed.error)
  return null
})
