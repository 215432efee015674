import { defineField } from 'sanity'

/**
 * The words of the footer's feedback section, in the settings (Swedish) and in each language
 * version. The e-mail address is the same in every language and is kept in the settings only.
 */
export const feedbackText = defineField({ name: 'text', title: 'Text', type: 'richText' })

export const publicRecordNote = (initialValue?: string) =>
  defineField({
    name: 'publicRecordNote',
    title: 'Om allmänna handlingar',
    description: 'Visas där besökare uppmanas att skriva till oss.',
    type: 'text',
    rows: 3,
    initialValue,
  })
