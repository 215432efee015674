import { CogIcon } from '@sanity/icons/Cog'
import { defineArrayMember, defineField, defineType } from 'sanity'

import { EMAIL_MESSAGE, httpsUrl, lengthLimit, requiredObject, requiredWhen } from '../rules/fields'
import { SECURITY_TXT_WARN_DAYS, securityTxtExpiry } from '../rules/security-txt'
import { uniqueLanguageIds } from '../objects/siteLanguage'
import { CHECK_PERIOD_DEFAULTS, MIN_CHECK_MONTHS } from '../rules/verification'
import { feedbackText, publicRecordNote } from '../objects/feedback'
import { footerFields } from '../objects/footer'

type SecurityTxtValue = { contactEmail?: string; contactUrl?: string; policyUrl?: string; expires?: string }

export const PUBLIC_RECORD_NOTE =
  'Det du skriver till en myndighet blir en allmän handling. Det betyder att vem som helst kan begära att få läsa det. Skriv därför inga känsliga uppgifter om dig själv eller någon annan.'

/** The site's own settings: one document with the fixed id "settings". */
export const settings = defineType({
  name: 'settings',
  title: 'Inställningar',
  type: 'document',
  icon: CogIcon,
  groups: [
    { name: 'general', title: 'Allmänt', default: true },
    { name: 'navigation', title: 'Meny och sidfot' },
    { name: 'quickExit', title: 'Lämna sidan snabbt' },
    { name: 'help', title: 'Hjälpsidan' },
    { name: 'languages', title: 'Språk' },
    { name: 'feedback', title: 'Synpunkter' },
    { name: 'security', title: 'Säkerhet' },
    { name: 'checks', title: 'Kontroller' },
  ],
  fields: [
    defineField({
      name: 'siteName',
      title: 'Webbplatsens namn',
      type: 'string',
      group: 'general',
      initialValue: 'Somliga tror',
      validation: (rule) => rule.required().error('Skriv webbplatsens namn.'),
    }),
    defineField({
      name: 'description',
      title: 'Beskrivning',
      description: 'Kort beskrivning av webbplatsen för sökmotorer och delningar. Högst 160 tecken.',
      type: 'text',
      rows: 3,
      group: 'general',
      validation: (rule) => lengthLimit(rule, 160, 150),
    }),
    defineField({
      name: 'startPage',
      title: 'Startsida',
      description: 'Kampanjsidan som visas på webbplatsens förstasida.',
      type: 'reference',
      to: [{ type: 'page' }],
      group: 'general',
      validation: (rule) => rule.required().error('Välj vilken kampanjsida som är startsida.'),
    }),
    defineField({
      name: 'organisations',
      title: 'Avsändare',
      description: 'Organisationerna bakom kampanjen, i den ordning de ska visas.',
      type: 'array',
      of: [defineArrayMember({ type: 'reference', to: [{ type: 'organisation' }] })],
      group: 'general',
      validation: (rule) => rule.unique().error('Samma organisation finns med två gånger.'),
    }),
    defineField({
      name: 'privacyPage',
      title: 'Sida om personuppgifter och kakor',
      type: 'reference',
      to: [{ type: 'page' }],
      group: 'general',
    }),
    defineField({
      name: 'socialImage',
      title: 'Standardbild när en sida delas',
      description: 'Används när en sida inte har en egen bild. Gärna 1200 × 630 pixlar.',
      type: 'accessibleImage',
      group: 'general',
    }),
    defineField({
      name: 'mainNavigation',
      title: 'Huvudmeny',
      description: 'Högst sex länkar, så att menyn blir lätt att överblicka.',
      type: 'array',
      of: [defineArrayMember({ type: 'navLink' })],
      group: 'navigation',
      validation: (rule) => rule.max(6).error('Huvudmenyn får ha högst sex länkar.'),
    }),
    defineField({
      name: 'footer',
      title: 'Sidfot',
      type: 'object',
      group: 'navigation',
      fields: footerFields,
    }),
    defineField({
      name: 'quickExit',
      title: 'Lämna sidan snabbt',
      description: 'Knappen högst upp på varje sida som direkt byter till en neutral webbplats.',
      type: 'object',
      group: 'quickExit',
      validation: (rule) => rule.custom(requiredObject('Fyll i knappen för att lämna sidan snabbt.')),
      fields: [
        defineField({
          name: 'label',
          title: 'Text på knappen',
          type: 'string',
          initialValue: 'Lämna sidan snabbt',
          validation: (rule) => rule.required().error('Skriv texten på knappen.'),
        }),
        defineField({
          name: 'url',
          title: 'Neutral webbplats',
          description:
            'Dit besökaren skickas. Välj en vardaglig webbplats som inte väcker frågor, till exempel https://www.smhi.se.',
          type: 'url',
          initialValue: 'https://www.smhi.se',
          validation: (rule) => [rule.required().error('Skriv adressen till en neutral webbplats.'), httpsUrl(rule)],
        }),
        defineField({
          name: 'infoPage',
          title: 'Sida om vad knappen inte kan göra',
          description: 'Sidan som förklarar att webbhistoriken finns kvar och hur man surfar privat.',
          type: 'reference',
          to: [{ type: 'page' }],
        }),
      ],
    }),
    defineField({
      name: 'helpPage',
      title: 'Hjälpsidan',
      description: 'Rubrik och inledning på sidan /hjalp som listar alla hjälplänkar.',
      type: 'object',
      group: 'help',
      validation: (rule) => rule.custom(requiredObject('Skriv hjälpsidans rubrik.')),
      fields: [
        defineField({
          name: 'title',
          title: 'Rubrik',
          type: 'string',
          initialValue: 'Här kan du få hjälp',
          validation: (rule) => rule.required().error('Skriv hjälpsidans rubrik.'),
        }),
        defineField({ name: 'intro', title: 'Inledning', type: 'text', rows: 3 }),
      ],
    }),
    defineField({
      name: 'languages',
      title: 'Språkversioner',
      description:
        'Webbplatsen är på svenska. Här lägger du till fler versioner, till exempel lättläst svenska, engelska eller rumänska. Läs docs/languages.md innan du lägger till ett språk.',
      type: 'array',
      group: 'languages',
      of: [defineArrayMember({ type: 'siteLanguage' })],
      validation: (rule) => rule.custom(uniqueLanguageIds),
    }),
    defineField({
      name: 'feedback',
      title: 'Synpunkter',
      description: 'Hur besökare kan lämna synpunkter på webbplatsen.',
      type: 'object',
      group: 'feedback',
      fields: [
        feedbackText,
        defineField({
          name: 'email',
          title: 'E-postadress',
          description: 'Visas på alla språk.',
          type: 'string',
          validation: (rule) => rule.email().error(EMAIL_MESSAGE),
        }),
        publicRecordNote(PUBLIC_RECORD_NOTE),
      ],
    }),
    defineField({
      name: 'securityTxt',
      title: 'Rapportera säkerhetsproblem (security.txt)',
      description:
        'Den som hittar ett säkerhetsproblem på webbplatsen letar efter vem hen ska kontakta i filen /.well-known/security.txt. Filen visas när en kontaktväg och ett slutdatum är ifyllda.',
      type: 'object',
      group: 'security',
      fields: [
        defineField({
          name: 'contactEmail',
          title: 'E-postadress för säkerhetsrapporter',
          description: 'Gärna en funktionsadress som flera läser, till exempel it-sakerhet@lansstyrelsen.se.',
          type: 'string',
          validation: (rule) => [
            rule.email().error(EMAIL_MESSAGE),
            rule.custom(
              requiredWhen<SecurityTxtValue>(
                (security) => !security.contactUrl && Boolean(security.policyUrl || security.expires),
                'Skriv en e-postadress eller en webbsida dit säkerhetsproblem kan rapporteras.',
              ),
            ),
          ],
        }),
        defineField({
          name: 'contactUrl',
          title: 'Webbsida för säkerhetsrapporter',
          description: 'I stället för eller utöver e-post, till exempel ett formulär.',
          type: 'url',
          validation: (rule) => httpsUrl(rule),
        }),
        defineField({
          name: 'policyUrl',
          title: 'Policy för säkerhetsrapporter',
          description: 'Sidan som beskriver hur rapporter tas emot och vad den som rapporterar kan vänta sig.',
          type: 'url',
          validation: (rule) => httpsUrl(rule),
        }),
        defineField({
          name: 'expires',
          title: 'Gäller till och med',
          description: `Högst ett år fram. Studion varnar ${SECURITY_TXT_WARN_DAYS} dagar innan datumet passeras; se då över uppgifterna och välj ett nytt datum.`,
          type: 'date',
          options: { dateFormat: 'YYYY-MM-DD' },
          validation: (rule) => [
            rule.custom(
              requiredWhen<SecurityTxtValue>(
                (security) => Boolean(security.contactEmail || security.contactUrl || security.policyUrl),
                'Välj till och med vilket datum uppgifterna gäller.',
              ),
            ),
            ...securityTxtExpiry(rule),
          ],
        }),
      ],
    }),
    defineField({
      name: 'checkPeriods',
      title: 'Hur länge en kontroll gäller',
      description:
        'När tiden har gått visas hjälplänken eller sidan under "Behöver kontrolleras" tills någon har kontrollerat den igen.',
      type: 'object',
      group: 'checks',
      options: { columns: 2 },
      fields: [
        defineField({
          name: 'helpLinkMonths',
          title: 'Hjälplänkar, i månader',
          description: `Hur ofta uppgifterna ska kontrolleras hos tjänsten själv. Tomt betyder ${CHECK_PERIOD_DEFAULTS.helpLinkMonths} månader.`,
          type: 'number',
          initialValue: CHECK_PERIOD_DEFAULTS.helpLinkMonths,
          validation: (rule) =>
            rule.integer().min(MIN_CHECK_MONTHS).max(36).error('Skriv ett helt antal månader, mellan 1 och 36.'),
        }),
        defineField({
          name: 'legalReviewMonths',
          title: 'Juridisk granskning av kampanjsidor, i månader',
          description: `Hur ofta sidorna ska granskas mot lagen även om lagen inte har ändrats. Tomt betyder ${CHECK_PERIOD_DEFAULTS.legalReviewMonths} månader.`,
          type: 'number',
          initialValue: CHECK_PERIOD_DEFAULTS.legalReviewMonths,
          validation: (rule) => rule.integer().min(1).max(60).error('Skriv ett helt antal månader, mellan 1 och 60.'),
        }),
      ],
    }),
    defineField({
      name: 'law',
      title: 'Lagen som kampanjen bygger på',
      description:
        'När lagtexten ändras, ändra datumet här. Då visas alla kampanjsidor som granskades före ändringen under "Behöver granskas mot lagen".',
      type: 'object',
      group: 'checks',
      fields: [
        defineField({
          name: 'title',
          title: 'Lagrum',
          description: 'Till exempel "Brottsbalken 6 kap. 11 §".',
          type: 'string',
        }),
        defineField({
          name: 'url',
          title: 'Webbadress',
          description: 'Där lagtexten finns, till exempel på riksdagen.se.',
          type: 'url',
          validation: (rule) => httpsUrl(rule),
        }),
        defineField({
          name: 'changedAt',
          title: 'Lagtexten ändrades senast',
          description: 'Dagen då den senaste ändringen trädde i kraft.',
          type: 'date',
          options: { dateFormat: 'YYYY-MM-DD' },
        }),
      ],
    }),
  ],
  preview: {
    select: { title: 'siteName' },
    prepare: ({ title }) => ({ title: 'Inställningar', subtitle: title }),
  },
})
