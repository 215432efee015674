import type { ComponentType } from 'react'

import { sectionComponents } from './components.generated'
import type { SectionType } from './list'
import type { Section, SectionOf } from './parse'

/** Each type's component takes exactly what its zod schema leaves, or this does not compile. */
const components: { [Type in SectionType]: ComponentType<{ section: SectionOf<Type> }> } = sectionComponents

/** The page builder's sections, in the editors' order. They were checked by parseSections (parse.ts). */
export function Sections({ sections }: { sections: Section[] }) {
  return sections.map((section) => {
    const Component = components[section._type] as ComponentType<{ section: Section }>
    return <Component key={section._key} section={section} />
  })
}
