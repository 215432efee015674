import { SiteImage } from '@/components/media/SiteImage'

import type { PageLanguage } from '@/lib/content/languages'
import type { ImageSectionContent } from './content'
import styles from './ImageSection.module.css'

/** A picture in the page's column, with its caption and credit as the figure's caption. */
export function ImageSection({ section, language }: { section: ImageSectionContent; language: PageLanguage }) {
  const { image, caption, credit } = section
  if (!image) return null
  return (
    <figure className={styles.figure}>
      <SiteImage image={image} sizes="(min-width: 46rem) 42rem, 100vw" className={styles.image} />
      {(caption || credit) && (
        <figcaption className={styles.caption}>
          {caption}
          {caption && credit && ' '}
          {credit && (
            <span className={styles.credit}>
              {language.messages.sections.photo} {credit}
            </span>
          )}
        </figcaption>
      )}
    </figure>
  )
}
