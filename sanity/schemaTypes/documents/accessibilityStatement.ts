import { EyeOpenIcon } from '@sanity/icons/EyeOpen'
import { defineArrayMember, defineField, defineType } from 'sanity'

import { COMPLIANCE_STATUSES, DIGG_COMPLAINT_URL, titleOf } from '../../../vocabulary/lists'
import { EMAIL_MESSAGE, httpsUrl, notInFuture, requiredRichText } from '../rules/fields'

/**
 * The accessibility statement the law (DOS-lagen) requires, structured as Digg's guidance asks.
 * One document with the fixed id "accessibilityStatement"; the site shows it at /tillganglighet.
 */
export const accessibilityStatement = defineType({
  name: 'accessibilityStatement',
  title: 'Tillgänglighetsredogörelse',
  type: 'document',
  icon: EyeOpenIcon,
  groups: [
    { name: 'status', title: 'Status', default: true },
    { name: 'problems', title: 'Brister' },
    { name: 'assessment', title: 'Granskning' },
    { name: 'feedback', title: 'Synpunkter' },
  ],
  fields: [
    defineField({
      name: 'title',
      title: 'Rubrik',
      type: 'string',
      group: 'status',
      initialValue: 'Tillgänglighetsredogörelse',
      validation: (rule) => rule.required().error('Skriv en rubrik.'),
    }),
    defineField({
      name: 'organisationName',
      title: 'Ansvarig organisation',
      description: 'Den offentliga aktör som ansvarar för webbplatsen.',
      type: 'string',
      group: 'status',
      validation: (rule) => rule.required().error('Skriv vilken organisation som ansvarar för webbplatsen.'),
    }),
    defineField({
      name: 'serviceName',
      title: 'Tjänstens namn',
      description: 'Till exempel "webbplatsen Somliga tror".',
      type: 'string',
      group: 'status',
      validation: (rule) => rule.required().error('Skriv vilken webbplats redogörelsen gäller.'),
    }),
    defineField({
      name: 'complianceStatus',
      title: 'Hur väl uppfyller webbplatsen kraven?',
      description: 'Kraven i lagen om tillgänglighet till digital offentlig service.',
      type: 'string',
      options: { list: [...COMPLIANCE_STATUSES], layout: 'radio' },
      group: 'status',
      validation: (rule) => [
        rule.required().error('Välj hur väl webbplatsen uppfyller kraven.'),
        rule
          .custom((status: string | undefined, context) => {
            const problems = (context.document as { knownProblems?: unknown[] } | undefined)?.knownProblems ?? []
            if (status === 'full' && problems.length > 0) {
              return 'Du har listat kända brister men valt "Helt förenlig". Välj "Delvis förenlig" eller ta bort bristerna.'
            }
            if (status && status !== 'full' && problems.length === 0) {
              return `Du har valt "${titleOf(COMPLIANCE_STATUSES, status)}". Lista bristerna under fliken Brister.`
            }
            return true
          })
          .warning(),
      ],
    }),
    defineField({
      name: 'intro',
      title: 'Inledning',
      type: 'richText',
      group: 'status',
    }),
    defineField({
      name: 'knownProblems',
      title: 'Kända brister',
      description: 'Innehåll som inte är tillgängligt: vad, vilket krav, varför och när det åtgärdas.',
      type: 'array',
      of: [defineArrayMember({ type: 'knownProblem' })],
      group: 'problems',
    }),
    defineField({
      name: 'exemptions',
      title: 'Undantag',
      description: 'Innehåll som är oskäligt betungande att anpassa, och innehåll som inte omfattas av lagen.',
      type: 'richText',
      group: 'problems',
    }),
    defineField({
      name: 'assessmentDate',
      title: 'Datum för granskningen',
      type: 'date',
      options: { dateFormat: 'YYYY-MM-DD' },
      group: 'assessment',
      validation: (rule) => [rule.required().error('Ange när webbplatsen granskades.'), rule.custom(notInFuture)],
    }),
    defineField({
      name: 'method',
      title: 'Hur webbplatsen granskades',
      description: 'Till exempel "Vi har själva granskat webbplatsen med automatiska verktyg och manuella tester."',
      type: 'text',
      rows: 3,
      group: 'assessment',
      validation: (rule) => rule.required().error('Beskriv hur webbplatsen granskades.'),
    }),
    defineField({
      name: 'lastUpdated',
      title: 'Senast uppdaterad',
      type: 'date',
      options: { dateFormat: 'YYYY-MM-DD' },
      group: 'assessment',
      validation: (rule) => [
        rule.required().error('Ange när redogörelsen senast uppdaterades.'),
        rule.custom(notInFuture),
        rule
          .custom((lastUpdated: string | undefined, context) => {
            const assessed = (context.document as { assessmentDate?: string } | undefined)?.assessmentDate
            return lastUpdated && assessed && lastUpdated < assessed
              ? 'Redogörelsen är äldre än granskningen. Uppdatera den efter granskningen.'
              : true
          })
          .warning(),
      ],
    }),
    defineField({
      name: 'feedback',
      title: 'Så rapporterar du brister',
      description: 'Hur besökare kan meddela brister eller be om innehåll i ett annat format.',
      type: 'richText',
      group: 'feedback',
      validation: (rule) => rule.custom(requiredRichText('Beskriv hur besökare kan rapportera brister.')),
    }),
    defineField({
      name: 'responsibleAuthority',
      title: 'Ansvarig myndighet',
      description:
        'Den myndighet som enligt lagen ansvarar för webbplatsen och tar emot rapporterna, till exempel "Länsstyrelsen Värmland". Visas i redogörelsen.',
      type: 'string',
      group: 'feedback',
      validation: (rule) => rule.required().error('Skriv vilken myndighet som ansvarar för webbplatsen.'),
    }),
    defineField({
      name: 'reportEmail',
      title: 'E-postadress för rapporter',
      description:
        'Dit besökare skickar e-post om brister. Välj myndighetens funktionsadress som registreras och läses varje arbetsdag, till exempel registratorns. Visas och länkas i redogörelsen.',
      type: 'string',
      group: 'feedback',
      validation: (rule) => [
        rule.required().error('Skriv e-postadressen dit besökare kan rapportera brister.'),
        rule.email().error(EMAIL_MESSAGE),
      ],
    }),
    defineField({
      name: 'responseTime',
      title: 'Svarstid',
      description:
        'Hur snart myndigheten svarar, som det passar i meningen "Vi svarar …", till exempel "inom fem arbetsdagar". Lova bara det som myndigheten håller.',
      type: 'string',
      group: 'feedback',
      validation: (rule) => rule.required().error('Skriv hur snart ni svarar, till exempel "inom fem arbetsdagar".'),
    }),
    defineField({
      name: 'enforcementUrl',
      title: 'Länk till Diggs anmälningsformulär',
      description: 'Myndigheten för digital förvaltning (Digg) tar emot anmälningar om bristande tillgänglighet.',
      type: 'url',
      group: 'feedback',
      initialValue: DIGG_COMPLAINT_URL,
      validation: (rule) => [rule.required().error('Länka till Diggs anmälningsformulär.'), httpsUrl(rule)],
    }),
  ],
  preview: {
    select: { title: 'title', status: 'complianceStatus', lastUpdated: 'lastUpdated' },
    prepare: ({ title, status, lastUpdated }) => ({
      title: title ?? 'Tillgänglighetsredogörelse',
      subtitle: [titleOf(COMPLIANCE_STATUSES, status), lastUpdated ? `uppdaterad ${lastUpdated}` : undefined]
        .filter(Boolean)
        .join(', '),
    }),
  },
})
