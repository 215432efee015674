import { MAIN_CONTENT_ID } from '@/components/layout/SkipLinks'
import { SiteImage } from '@/components/media/SiteImage'
import type { PageLanguage } from '@/lib/content/languages'
import type { Page } from '@/lib/content/page'
import { Sections } from '@/sections/Sections'

import styles from './PageView.module.css'

/** A campaign page: title, lead, the hero statement, then the page builder's sections. */
export function PageView({ page, language }: { page: Page; language: PageLanguage }) {
  const { hero } = page
  return (
    <main id={MAIN_CONTENT_ID} tabIndex={-1} className={styles.main}>
      <div className="container">
        <h1>{page.title}</h1>
        {page.lead && <p className={styles.lead}>{page.lead}</p>}
      </div>
      {hero && (hero.heading || hero.text || hero.image) && (
        <div className={styles.hero}>
          <div className={`container ${styles.heroInner}`}>
            <div className={styles.heroText}>
              {hero.heading && <p className={styles.heroHeading}>{hero.heading}</p>}
              {hero.text && <p>{hero.text}</p>}
            </div>
            {hero.image && (
              <SiteImage
                image={hero.image}
                sizes="(min-width: 20rem) 16rem, 100vw"
                className={styles.heroImage}
                eager
              />
            )}
          </div>
        </div>
      )}
      <div className="container">
        <Sections sections={page.sections} language={language} />
      </div>
    </main>
  )
}
