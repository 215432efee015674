import type { z } from 'zod'

/**
 * Content that cannot be shown as it is: skipped and logged, never a failed page. One prefix so
 * that the server log can be searched for it.
 */
export function reportContentProblem(what: string, error?: z.ZodError): void {
  const details = error
    ? `: ${error.issues.map((issue) => `${issue.path.join('.') || '(root)'} ${issue.message}`).join('; ')}`
    : ''
  console.warn(`[content] ${what}${details}`)
}
