import { CheckmarkCircleIcon } from '@sanity/icons/CheckmarkCircle'
import { WarningOutlineIcon } from '@sanity/icons/WarningOutline'
import { defineArrayMember, defineField, defineType } from 'sanity'

/**
 * What the link checker (lib/link-check.ts) found at one web address of a help link. Written by
 * the checker only; editors read it.
 */
export const addressCheck = defineType({
  name: 'addressCheck',
  title: 'Kontrollerad webbadress',
  type: 'object',
  readOnly: true,
  fields: [
    defineField({ name: 'url', title: 'Webbadress', type: 'string' }),
    defineField({ name: 'ok', title: 'Fungerar', type: 'boolean' }),
    defineField({ name: 'status', title: 'Svar (HTTP-status)', type: 'number' }),
    defineField({
      name: 'redirects',
      title: 'Skickades vidare till',
      description: 'Adresserna i den ordning webbplatsen skickade vidare.',
      type: 'array',
      of: [defineArrayMember({ type: 'string' })],
    }),
    defineField({ name: 'problem', title: 'Problem', type: 'string' }),
  ],
  preview: {
    select: { url: 'url', ok: 'ok', status: 'status', problem: 'problem', redirects: 'redirects' },
    prepare: ({ url, ok, status, problem, redirects }) => {
      const moved = Array.isArray(redirects) && redirects.length > 0 ? `skickades vidare till ${redirects.at(-1)}` : ''
      return {
        title: url ?? 'Webbadress',
        subtitle: ok ? ['Fungerar', status ? `(${status})` : '', moved].filter(Boolean).join(' ') : problem,
        media: ok ? CheckmarkCircleIcon : WarningOutlineIcon,
      }
    },
  },
})

/** The last run of the link checker on a help link: when, and what each web address answered. */
export const linkCheck = defineType({
  name: 'linkCheck',
  title: 'Kontroll av webbadresserna',
  type: 'object',
  readOnly: true,
  fields: [
    defineField({
      name: 'checkedAt',
      title: 'Senast kontrollerade',
      type: 'datetime',
      options: { dateFormat: 'YYYY-MM-DD', timeFormat: 'HH:mm' },
    }),
    defineField({ name: 'broken', title: 'Någon adress fungerar inte', type: 'boolean', hidden: true }),
    defineField({
      name: 'addresses',
      title: 'Webbadresser',
      type: 'array',
      of: [defineArrayMember({ type: 'addressCheck' })],
    }),
  ],
})
