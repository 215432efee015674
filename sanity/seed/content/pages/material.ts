import { bullets, decorativeImage, file, richText, type SeedDocument } from '../build.ts'
import { shareDefault } from '../images.ts'

export const materialPage: SeedDocument = {
  _id: 'page-kampanjmaterial',
  _type: 'page',
  title: 'Kampanjmaterial',
  slug: { _type: 'slug', current: 'kampanjmaterial' },
  lead: 'Affischer och bilder som du får använda för att sprida kampanjen, till exempel på en arbetsplats, i ett väntrum eller i sociala medier.',
  seo: {
    title: 'Kampanjmaterial: affischer och bilder',
    description:
      'Ladda ner affischer och bilder från kampanjen Somliga tror och sprid dem på arbetsplatsen, i väntrum eller i sociala medier.',
    noIndex: false,
  },
  sections: [
    {
      _key: 'sa-far-du-anvanda',
      _type: 'textSection',
      heading: 'Så får du använda materialet',
      body: richText(
        bullets(
          'Du får skriva ut affischerna och dela bilderna fritt.',
          'Ändra inte i texterna. De är kontrollerade mot lagen.',
          'Skriv en bildbeskrivning när du delar en bild i sociala medier, så att den som använder skärmläsare också kan ta del av den. Använd gärna texten som står under varje bild.',
        ),
      ),
    },
    {
      _key: 'affischer-och-bilder',
      _type: 'campaignMaterialSection',
      heading: 'Affischer och bilder',
      intro:
        'Affischerna finns i A4, A3 och A2 och går att skriva ut i färg. Ett tryckeri vill ofta ha filen med utfall och skärmärken. Bilderna är gjorda för digitala skärmar och sociala medier.',
    },
    {
      _key: 'bild-for-lankar',
      _type: 'downloadsSection',
      heading: 'Bild för länkar',
      intro: 'Bilden som visas när någon delar en länk till webbplatsen.',
      items: [
        {
          _type: 'downloadItem',
          title: 'Bild för länkar och inlägg: Somliga tror',
          description: `Liggande bild, 1200 × 630 pixlar. Förslag på bildbeskrivning: ${shareDefault.alt}`,
          file: file(shareDefault.file),
          // The description gives the image's full text, so its preview is decorative.
          preview: decorativeImage(shareDefault.file),
        },
      ],
    },
  ],
}
