import { DownloadIcon } from '@sanity/icons/Download'
import { Button, Card, Flex, Stack, Text } from '@sanity/ui'
import type { SanityDocument } from 'sanity'

import { MATERIAL_FORMATS } from '../../vocabulary/lists'
import { materialDownloadName, materialFileName, materialHref } from '../../vocabulary/material-files'

type Material = SanityDocument & { slug?: { current?: string }; formats?: string[]; title?: string }

/**
 * Beside a campaignMaterial document: a preview and a download button per format, drawn by the
 * site from the published version (the files are public, so they show only what is published).
 */
export function MaterialFiles({
  document,
}: {
  document: { published: SanityDocument | null; draft: SanityDocument | null }
}) {
  const published = document.published as Material | null
  const slug = published?.slug?.current
  if (!published || !slug) {
    return (
      <Card padding={4}>
        <Text as="p">Publicera materialet för att se det och ladda ner filerna.</Text>
      </Card>
    )
  }
  const formats = MATERIAL_FORMATS.filter((format) => published.formats?.includes(format.value))
  // The revision in the address makes the browser fetch the file again after each publish.
  const href = (file: string) => `${materialHref(slug, file)}?v=${published._rev}`
  const preview = formats.find((format) => format.kind === 'png')
  return (
    <Card padding={4}>
      <Stack gap={4}>
        {document.draft && (
          <Card padding={3} tone="caution" border radius={2}>
            <Text as="p" size={1}>
              Det här är den publicerade versionen. Publicera dina ändringar för att se dem här.
            </Text>
          </Card>
        )}
        {preview && (
          // eslint-disable-next-line @next/next/no-img-element -- the Studio is not a Next page
          <img
            src={href(materialFileName(preview))}
            alt={`Förhandsvisning: ${published.title ?? slug}`}
            style={{ maxWidth: '100%', maxHeight: '60vh', objectFit: 'contain', alignSelf: 'flex-start' }}
          />
        )}
        <Flex gap={2} wrap="wrap">
          {formats.flatMap((format) =>
            [false, ...(format.kind === 'pdf' ? [true] : [])].map((forPrint) => {
              const file = materialFileName(format, forPrint)
              return (
                <Button
                  key={file}
                  as="a"
                  href={href(file)}
                  download={materialDownloadName(slug, file)}
                  icon={DownloadIcon}
                  mode="ghost"
                  text={forPrint ? `${format.title}, för tryckeri` : format.title}
                />
              )
            }),
          )}
        </Flex>
      </Stack>
    </Card>
  )
}
