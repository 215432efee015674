import { env } from '@/lib/env'
import { materialDownloadName, materialFileName, materialHref, shortLinkAddress } from '@/vocabulary/material-files'

import { sectionHeadingId } from '../heading-id'
import type { CampaignMaterialSectionContent } from './content'
import styles from './CampaignMaterialSection.module.css'

/**
 * Published campaign material with a download link per format. Each file is drawn on demand by
 * app/api/material, so what is listed here is always what the Studio says.
 */
export function CampaignMaterialSection({ section }: { section: CampaignMaterialSectionContent }) {
  const headingId = sectionHeadingId(section._key)
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{section.heading}</h2>
      {section.intro && <p>{section.intro}</p>}
      {section.materials.length === 0 ? (
        <p>Det finns inget material att ladda ner just nu.</p>
      ) : (
        <ul className={styles.list}>
          {section.materials.map((material) => {
            const name = material.title ?? `Somliga tror ${material.belief}`
            return (
              <li key={material._id} className={styles.item}>
                <h3 className={styles.title}>{name}</h3>
                <p>
                  Text: Somliga tror {material.belief} Men {material.answer}
                </p>
                <p>
                  Med kortlänken {shortLinkAddress(env.siteUrl, material.shortLink?.path).label}, en QR-kod till den och
                  kampanjens avsändare.
                </p>
                <ul className={styles.files}>
                  {material.formats.map((format) => {
                    const file = materialFileName(format)
                    const printFile = materialFileName(format, true)
                    return (
                      <li key={format.value}>
                        <a
                          href={materialHref(material.slug, file)}
                          download={materialDownloadName(material.slug, file)}
                          className={styles.download}
                        >
                          Ladda ner <span className="visually-hidden">{name}, </span>
                          {format.title}
                        </a>
                        {format.kind === 'pdf' && (
                          <>
                            {' '}
                            <a
                              href={materialHref(material.slug, printFile)}
                              download={materialDownloadName(material.slug, printFile)}
                            >
                              för tryckeri, med utfall och skärmärken
                              <span className="visually-hidden">{`: ${name}, ${format.title}`}</span>
                            </a>
                          </>
                        )}
                      </li>
                    )
                  })}
                </ul>
              </li>
            )
          })}
        </ul>
      )}
    </section>
  )
}
