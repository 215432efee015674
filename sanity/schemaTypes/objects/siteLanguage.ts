import { TranslateIcon } from '@sanity/icons/Translate'
import { defineArrayMember, defineField, defineType, type CustomValidatorResult } from 'sanity'

import { languageIdProblem, languageTagProblem } from '../../../vocabulary/languages'
import { feedbackText, publicRecordNote } from './feedback'
import { footerFields } from './footer'

/**
 * One language version of the site besides Swedish, kept in the settings so that an editor adds a
 * language without a code change (docs/languages.md). Its id is the `language` of its pages and the
 * start of its addresses.
 */
export const siteLanguage = defineType({
  name: 'siteLanguage',
  title: 'Språkversion',
  type: 'object',
  icon: TranslateIcon,
  fields: [
    defineField({
      name: 'title',
      title: 'Namn på svenska',
      description: 'Så heter språket i Studion, till exempel "Engelska" eller "Lättläst svenska".',
      type: 'string',
      validation: (rule) => rule.required().error('Skriv språkets namn.'),
    }),
    defineField({
      name: 'id',
      title: 'Kod och adress',
      description:
        'Blir början på adressen, till exempel "en" ger /en. Ändra inte koden när språket väl har sidor: de försvinner då från webbplatsen.',
      type: 'string',
      validation: (rule) => [
        rule.required().error('Skriv en kod, till exempel "en".'),
        rule.custom((id: string | undefined) => (id ? (languageIdProblem(id) ?? true) : true)),
      ],
    }),
    defineField({
      name: 'htmlLang',
      title: 'Språkkod för skärmläsare och webbläsare',
      description: 'Enligt BCP 47, till exempel "en" för engelska. Lättläst svenska är "sv".',
      type: 'string',
      validation: (rule) => [
        rule.required().error('Skriv språkkoden, till exempel "en".'),
        rule.custom((tag: string | undefined) => (tag ? (languageTagProblem(tag) ?? true) : true)),
      ],
    }),
    defineField({
      name: 'alternate',
      title: 'Ett eget språk för sökmotorer',
      description:
        'Slå på för språk som engelska. Slå av för lättläst svenska: det är svenska, och sökmotorerna ska inte se det som ett annat språk.',
      type: 'boolean',
      initialValue: true,
    }),
    defineField({
      name: 'linkText',
      title: 'Text på språklänken',
      description: 'Skrivs på språket självt, till exempel "In English" eller "Lättläst".',
      type: 'string',
      validation: (rule) => rule.required().error('Skriv texten på språklänken.'),
    }),
    defineField({
      name: 'navigation',
      title: 'Huvudmeny på det här språket',
      description:
        'Länkar till sidorna på det här språket, högst sex. Utan länkar visas ingen meny, bara språklänken och startsidan.',
      type: 'array',
      of: [defineArrayMember({ type: 'navLink' })],
      validation: (rule) => rule.max(6).error('Menyn får ha högst sex länkar.'),
    }),
    defineField({
      name: 'footer',
      title: 'Sidfot på det här språket',
      description: 'Utan text visas bara länkarna, på det här språket.',
      type: 'object',
      fields: footerFields,
    }),
    defineField({
      name: 'feedback',
      title: 'Synpunkter på det här språket',
      description: 'E-postadressen är densamma på alla språk: den står under Synpunkter i inställningarna.',
      type: 'object',
      fields: [feedbackText, publicRecordNote()],
    }),
    defineField({
      name: 'helpPage',
      title: 'Hjälpsidan på det här språket',
      type: 'object',
      fields: [
        defineField({ name: 'title', title: 'Rubrik', type: 'string' }),
        defineField({ name: 'intro', title: 'Inledning', type: 'text', rows: 3 }),
      ],
    }),
  ],
  preview: {
    select: { title: 'title', id: 'id' },
    prepare: ({ title, id }) => ({ title: title ?? 'Språk utan namn', subtitle: id ? `/${id}` : 'Kod saknas' }),
  },
})

/** Two entries with the same code would fight over one address. */
export function uniqueLanguageIds(languages: { id?: string }[] | undefined): CustomValidatorResult {
  const ids = (languages ?? []).map((language) => language.id).filter(Boolean)
  const twice = ids.find((id, index) => ids.indexOf(id) !== index)
  return twice ? `Koden "${twice}" finns två gånger. Varje språk behöver en egen kod.` : true
}
