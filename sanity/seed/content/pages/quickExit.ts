import { bullets, h3, numbered, p, richText, type SeedDocument } from '../build.ts'

/** The page settings.quickExit.infoPage points to: what the button does, and what it cannot do. */
export const quickExitPage: SeedDocument = {
  _id: 'page-lamna-sidan-snabbt',
  _type: 'page',
  title: 'Om knappen Lämna sidan snabbt',
  slug: { _type: 'slug', current: 'lamna-sidan-snabbt' },
  lead: 'Knappen Lämna sidan snabbt tar dig direkt till en annan webbplats. Men den raderar inte din historik. Här kan du läsa hur du kan dölja ditt besök bättre.',
  seo: {
    title: 'Om knappen Lämna sidan snabbt',
    description:
      'Vad knappen Lämna sidan snabbt gör, vad den inte gör, och hur du kan dölja att du har besökt webbplatsen.',
    noIndex: false,
  },
  sections: [
    {
      _key: 'sa-fungerar-knappen',
      _type: 'textSection',
      heading: 'Så fungerar knappen',
      body: richText(
        p(
          'Knappen finns högst upp på varje sida. När du trycker på den försvinner sidan direkt, och webbläsaren visar i stället SMHI:s väderprognoser.',
        ),
        p('På en dator kan du också trycka på Skift-tangenten tre gånger i snabb följd.'),
        p('Om du trycker på Bakåt i webbläsaren kommer du oftast inte tillbaka hit.'),
      ),
    },
    {
      _key: 'det-kan-knappen-inte',
      _type: 'textSection',
      heading: 'Det här kan knappen inte göra',
      body: richText(
        bullets(
          'Den raderar inte din webbhistorik. Sidorna du har läst finns kvar där.',
          'Den stänger inte andra flikar eller fönster där webbplatsen är öppen.',
          'Den döljer inte ditt besök för den som kan se vad som händer i nätverket, till exempel på en arbetsplats eller skola.',
        ),
      ),
    },
    {
      _key: 'dolj-besoket',
      _type: 'textSection',
      heading: 'Så kan du dölja ditt besök bättre',
      body: richText(
        h3('Använd privat läge'),
        p(
          'I privat läge sparar webbläsaren ingen historik när du stänger fönstret. Läget kallas till exempel inkognito, InPrivate eller privat surfning, beroende på vilken webbläsare du använder. Du hittar det i webbläsarens meny.',
        ),
        h3('Rensa historiken efteråt'),
        numbered(
          'Öppna webbläsarens meny och välj Historik. I Chrome, Edge och Firefox på en dator kan du också trycka Ctrl och H samtidigt.',
          'Ta bort de sidor från den här webbplatsen som du vill dölja, eller rensa all historik.',
          'Tänk på att adressfältet kan föreslå sidor du har besökt. De försvinner när du rensar historiken.',
        ),
        h3('Om någon annan har tillgång till din telefon eller dator'),
        p(
          'Använd hellre en telefon eller dator som bara du använder, eller en dator på till exempel ett bibliotek. Om du tror att någon kontrollerar dig kan du ringa Kvinnofridslinjen. Samtalet syns inte på telefonräkningen.',
        ),
      ),
    },
    {
      _key: 'fragor-om-knappen',
      _type: 'faqSection',
      heading: 'Vanliga frågor',
      items: [
        {
          _type: 'faqItem',
          question: 'Sparar webbplatsen något om mig?',
          answer: richText(
            p(
              'Webbplatsen sätter inga kakor, sparar ingenting i din webbläsare och använder ingen spårning. Läs mer på sidan [Personuppgifter och kakor](page:page-personuppgifter-och-kakor).',
            ),
          ),
        },
        {
          _type: 'faqItem',
          question: 'Varför just SMHI?',
          answer: richText(
            p('Väderprognoser är något nästan alla tittar på. Om någon ser skärmen ser det vardagligt ut.'),
          ),
        },
      ],
    },
  ],
}
