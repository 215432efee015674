import { bullets, decorativeImage, file, richText, type SeedDocument } from '../build.ts'
import { posterCamera, posterPrison, shareDefault, shareStop, type MessageDesign } from '../images.ts'

/** The description next to each download already gives the image's text, so its preview is decorative. */
function previewOf(design: MessageDesign) {
  return decorativeImage(design.preview?.file ?? design.file)
}

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
          'Skriv en bildbeskrivning när du delar en bild i sociala medier, så att den som använder skärmläsare också kan ta del av den. Förslag på text finns under varje bild.',
        ),
      ),
    },
    {
      _key: 'affischer-och-bilder',
      _type: 'downloadsSection',
      heading: 'Affischer och bilder',
      intro: 'Affischerna är i A4-format och går att skriva ut i färg. Bilderna är gjorda för sociala medier.',
      items: [
        {
          _type: 'downloadItem',
          title: 'Affisch: Att betala för sex via kamera är också ett brott',
          description: `Affisch i A4, mörkblå. Text: ${posterCamera.alt.replace(/^Affisch\. /, '')}`,
          file: file(posterCamera.file),
          preview: previewOf(posterCamera),
        },
        {
          _type: 'downloadItem',
          title: 'Affisch: Straffet är fängelse',
          description: `Affisch i A4, gul. Text: ${posterPrison.alt.replace(/^Affisch\. /, '')}`,
          file: file(posterPrison.file),
          preview: previewOf(posterPrison),
        },
        {
          _type: 'downloadItem',
          title: 'Bild för sociala medier: Det finns hjälp att sluta',
          description: `Kvadratisk bild, 1080 × 1080 pixlar. Förslag på bildbeskrivning: ${shareStop.alt}`,
          file: file(shareStop.file),
          preview: previewOf(shareStop),
        },
        {
          _type: 'downloadItem',
          title: 'Bild för länkar och inlägg: Somliga tror',
          description: `Liggande bild, 1200 × 630 pixlar. Förslag på bildbeskrivning: ${shareDefault.alt}`,
          file: file(shareDefault.file),
          preview: previewOf(shareDefault),
        },
      ],
    },
  ],
}
