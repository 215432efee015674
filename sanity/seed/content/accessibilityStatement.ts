import { bullets, p, richText, type SeedDocument } from './build.ts'
import { LAW_URLS } from './sources.ts'

/**
 * Structured as Digg's guidance asks. The site is new and has only been assessed by the project
 * itself, so it claims "delvis förenlig" with its known problems rather than full compliance.
 */
const ASSESSED = '2026-11-28'

export const accessibilityStatement: SeedDocument = {
  _id: 'accessibilityStatement',
  _type: 'accessibilityStatement',
  title: 'Tillgänglighetsredogörelse',
  organisationName: 'Samhällsråd Värmland (Länsstyrelsen Värmland, Polismyndigheten och Region Värmland)',
  serviceName: 'Somliga tror, kampanjwebbplatsen om sexköp',
  complianceStatus: 'partial',
  intro: richText(
    p(
      'Samhällsråd Värmland står bakom den här webbplatsen. Vi vill att så många som möjligt ska kunna använda den. Här beskriver vi hur webbplatsen uppfyller [lagen om tillgänglighet till digital offentlig service](' +
        LAW_URLS.digitalOffentligService +
        '), vilka brister vi känner till och hur du kan meddela oss om problem.',
    ),
    p('Webbplatsen är byggd för att följa WCAG 2.1 på nivå AA. Det betyder bland annat att du ska kunna:'),
    bullets(
      'använda hela webbplatsen med bara tangentbord',
      'använda webbplatsen med skärmläsare',
      'förstora texten till 200 procent utan att innehåll försvinner',
      'läsa texterna utan att färgerna gör det svårt.',
    ),
    p('Det finns ännu ingen version på lättläst svenska och inga översättningar till andra språk.'),
  ),
  knownProblems: [
    {
      _type: 'knownProblem',
      problem:
        'Affischerna och bilderna under Kampanjmaterial är bilder med text i. En skärmläsare kan inte läsa texten i själva filen.',
      wcagCriterion: '1.4.5',
      reason:
        'Affischerna är gjorda för att skrivas ut och delas som bilder. Hela texten finns i beskrivningen bredvid varje fil.',
      plannedFix: 'Inte bestämt',
    },
  ],
  exemptions: richText(
    p('Vi gör inga undantag med hänvisning till att en anpassning skulle vara oskäligt betungande.'),
    p(
      'Redogörelsen gäller den öppna webbplatsen. Den gäller inte redigeringsverktyget där redaktörer ändrar innehållet, och inte andra webbplatser som vi länkar till, till exempel stödtjänsternas.',
    ),
  ),
  assessmentDate: ASSESSED,
  // What the assessment did not cover belongs here, not among the known problems: it is a limit of
  // the method, not content that is known to be inaccessible.
  method:
    'Självskattning. Vi har testat webbplatsen med det automatiska verktyget axe i webbläsaren Chromium och gått igenom sidorna med bara tangentbord. Automatiska tester hittar bara en del av alla tillgänglighetsproblem. Webbplatsen har ännu inte testats av personer som använder skärmläsare eller andra hjälpmedel, och ingen extern granskning har gjorts. Det kan därför finnas brister som vi inte känner till. Vi planerar att låta användare med hjälpmedel testa webbplatsen före lanseringen.',
  lastUpdated: ASSESSED,
  feedback: richText(
    p(
      'Om du upptäcker problem som inte står här, eller om du behöver innehåll i ett annat format, skriv till oss. Berätta vilken sida det gäller och vad som inte fungerar.',
    ),
    p(
      'Det du skickar till en myndighet blir en allmän handling. Skriv därför bara det som behövs för att vi ska förstå problemet.',
    ),
    p(
      'Myndigheten för digital förvaltning (Digg) har tillsyn över lagen. Om du inte är nöjd med hur vi hanterar dina synpunkter kan du [anmäla det till Digg](https://www.digg.se/tdosanmalan).',
    ),
  ),
  // Länsstyrelsen Värmland's registry address; the response time is a proposal for the authority
  // to confirm before launch (sanity/seed/README.md).
  responsibleAuthority: 'Länsstyrelsen Värmland',
  reportEmail: 'varmland@lansstyrelsen.se',
  responseTime: 'inom fem arbetsdagar',
  enforcementUrl: 'https://www.digg.se/tdosanmalan',
}
