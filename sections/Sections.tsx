import type { ComponentType } from 'react'

import { sectionComponents } from './components.generated'
import type { SectionType } from './list'
import type { Section, SectionOf } from './parse'
import type { PageLanguage } from '@/lib/content/languages'

/**
 * Each type's component takes exactly what its zod schema leaves (and the page's language, which
 * it may ignore), or this does not compile.
 */
const components: {
  [Type in SectionType]: ComponentType<{ section: SectionOf<Type>; language: PageLanguage }>
} = sectionComponents

/** The page builder's sections, in the editors' order. They were checked by parseSections (parse.ts). */
export function Sections({ sections, language }: { sections: Section[]; language: PageLanguage }) {
  return sections.map((section) => {
    const Component = components[section._type] as ComponentType<{ section: Section; language: PageLanguage }>
    return <Component key={section._key} section={section} language={language} />
  })
}
