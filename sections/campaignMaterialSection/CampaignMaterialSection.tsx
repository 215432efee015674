import { env } from '@/lib/env'
import { materialDownloadName, materialFileName, materialHref, shortLinkAddress } from '@/vocabulary/material-files'

import { sectionHeadingId } from '../heading-id'
import type { PageLanguage } from '@/lib/content/languages'
import type { CampaignMaterialSectionContent } from './content'
import styles from './CampaignMaterialSection.module.css'

/**
 * Published campaign material with a download link per format. Each file is drawn on demand by
 * app/api/material, so what is listed here is always what the Studio says. The material itself is
 * Swedish: on a page in another language its words are marked so.
 */
export function CampaignMaterialSection({
  section,
  language,
}: {
  section: CampaignMaterialSectionContent
  language: PageLanguage
}) {
  const headingId = sectionHeadingId(section._key)
  const text = language.messages.sections.material
  const swedish = language.swedishLang
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{section.heading}</h2>
      {section.intro && <p>{section.intro}</p>}
      {section.materials.length === 0 ? (
        <p>{text.none}</p>
      ) : (
        <ul className={styles.list}>
          {section.materials.map((material) => {
            const name = material.title ?? `Somliga tror ${material.belief}`
            return (
              <li key={material._id} className={styles.item}>
                <h3 className={styles.title} lang={swedish}>
                  {name}
                </h3>
                <p>
                  {text.text}{' '}
                  <span lang={swedish}>
                    Somliga tror {material.belief} Men {material.answer}
                  </span>
                </p>
                <p>{text.carries(shortLinkAddress(env.siteUrl, material.shortLink?.path).label)}</p>
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
                          {text.download} <span className="visually-hidden">{name}, </span>
                          <span lang={swedish}>{format.title}</span>
                        </a>
                        {format.kind === 'pdf' && (
                          <>
                            {' '}
                            <a
                              href={materialHref(material.slug, printFile)}
                              download={materialDownloadName(material.slug, printFile)}
                            >
                              {text.forPrinter}
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
