import { SiteImage } from '@/components/media/SiteImage'
import { FILE_TYPES, formatFileSize } from '@/lib/content/files'

import { sectionHeadingId } from '../heading-id'
import type { DownloadsSectionContent } from './content'
import styles from './DownloadsSection.module.css'

/** Campaign material to download: posters and leaflets, with their type and size stated. */
export function DownloadsSection({ section }: { section: DownloadsSectionContent }) {
  const headingId = sectionHeadingId(section._key)
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{section.heading}</h2>
      {section.intro && <p>{section.intro}</p>}
      <ul className={styles.list}>
        {section.items.map((item) => {
          const { file } = item
          const facts = [
            FILE_TYPES[file.extension]?.label ?? file.extension.toUpperCase(),
            file.size ? formatFileSize(file.size) : null,
          ]
            .filter(Boolean)
            .join(', ')
          return (
            <li key={item._key} className={styles.item}>
              {item.preview && <SiteImage image={item.preview} sizes="8rem" className={styles.preview} />}
              <div>
                <h3 className={styles.title}>{item.title}</h3>
                <p>{item.description}</p>
                <a href={file.href} download={file.fileName ?? true} className={styles.download}>
                  Ladda ner <span className="visually-hidden">{item.title} </span>({facts})
                </a>
              </div>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
