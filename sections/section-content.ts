import { z } from 'zod'

import { reportContentProblem } from '@/lib/content/report'
import type { ItemOf } from '@/lib/content/shape'
import type { PAGE_BY_SLUG_QUERY_RESULT } from '@/sanity.types'

/** What every section's content.ts builds on. */

/** TypeGen's type of one section type in the page query's result: what its zod schema checks. */
export type SectionResult<Type extends string> = Extract<
  ItemOf<NonNullable<PAGE_BY_SLUG_QUERY_RESULT>['sections']>,
  { _type: Type }
>

export const sectionKey = z.string().min(1)

/**
 * A list whose items are checked one by one: a broken item is skipped and logged, the others stay.
 * A list with no usable item makes its section malformed.
 */
export function itemsOf<Item extends z.ZodType>(item: Item, what: string) {
  return z.array(z.unknown()).transform((items, context) => {
    const valid = items.flatMap((raw) => {
      const parsed = item.safeParse(raw)
      if (parsed.success) return [parsed.data as z.output<Item>]
      reportContentProblem(`${what} skipped`, parsed.error)
      return []
    })
    if (valid.length === 0) context.addIssue({ code: 'custom', message: `no usable ${what}` })
    return valid
  })
}
