import type { z } from 'zod'

import { reportContentProblem } from '@/lib/content/report'

import { sectionContents } from './content.generated'
import type { SectionType } from './list'

/** A section of the given type, as its zod schema (sections/<type>/content.ts) leaves it. */
export type SectionOf<Type extends SectionType> = z.output<(typeof sectionContents)[Type]>
export type Section = { [Type in SectionType]: SectionOf<Type> }[SectionType]

/** Each schema checks a section of its own type, so a mix-up between folders does not compile. */
sectionContents satisfies { [Type in SectionType]: z.ZodType<{ _type: Type; _key: string }> }

function isSectionType(type: unknown): type is SectionType {
  return typeof type === 'string' && Object.hasOwn(sectionContents, type)
}

/**
 * Checks every section on its own: an unknown type or a malformed section is skipped and logged,
 * and the rest of the page renders.
 */
export function parseSections(sections: unknown, where: string): Section[] {
  if (!Array.isArray(sections)) return []
  return sections.flatMap((section: { _type?: unknown; _key?: unknown } | null) => {
    const type = section?._type
    const label = `${String(type)} section ${String(section?._key)} on ${where}`
    if (!isSectionType(type)) {
      reportContentProblem(`unknown ${label} skipped`)
      return []
    }
    const parsed = sectionContents[type].safeParse(section)
    if (!parsed.success) {
      reportContentProblem(`malformed ${label} skipped`, parsed.error)
      return []
    }
    return [parsed.data]
  })
}
