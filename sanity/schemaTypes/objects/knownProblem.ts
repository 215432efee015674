import { WarningOutlineIcon } from '@sanity/icons/WarningOutline'
import { defineField, defineType } from 'sanity'

/** Inaccessible content listed in the accessibility statement, as Digg's guidance asks. */
export const knownProblem = defineType({
  name: 'knownProblem',
  title: 'Känd brist',
  type: 'object',
  icon: WarningOutlineIcon,
  fields: [
    defineField({
      name: 'problem',
      title: 'Vad är inte tillgängligt',
      description: 'Beskriv bristen så att besökaren förstår vad som inte fungerar.',
      type: 'text',
      rows: 3,
      validation: (rule) => rule.required().error('Beskriv bristen.'),
    }),
    defineField({
      name: 'wcagCriterion',
      title: 'Framgångskriterium i WCAG',
      description: 'Numret på kriteriet, till exempel 1.4.3.',
      type: 'string',
      validation: (rule) =>
        rule.regex(/^[1-4]\.\d{1,2}\.\d{1,2}$/).error('Skriv kriteriets nummer, till exempel 1.4.3.'),
    }),
    defineField({
      name: 'reason',
      title: 'Varför',
      description: 'Till exempel oskäligt betungande anpassning, eller innehåll som inte omfattas av lagen.',
      type: 'text',
      rows: 2,
    }),
    defineField({
      name: 'plannedFix',
      title: 'När det åtgärdas',
      description: 'Ett datum eller en tid, till exempel "Under våren 2026".',
      type: 'string',
    }),
  ],
  preview: {
    select: { problem: 'problem', criterion: 'wcagCriterion', plannedFix: 'plannedFix' },
    prepare: ({ problem, criterion, plannedFix }) => ({
      title: problem ?? 'Brist utan beskrivning',
      subtitle: [criterion ? `WCAG ${criterion}` : undefined, plannedFix ? `Åtgärdas: ${plannedFix}` : undefined]
        .filter(Boolean)
        .join(' · '),
    }),
  },
})
