import { documentInternationalization } from '@sanity/document-internationalization'
import type { SanityClient } from 'sanity'

import { apiVersion } from '../../vocabulary/api-version'
import { DEFAULT_LANGUAGE } from '../../vocabulary/languages'

/**
 * Translations in the Studio, with Sanity's @sanity/document-internationalization: each translated
 * page is a document of its own with a `language`, and a `translation.metadata` document links the
 * versions of one page. The languages are read from the settings, so an editor adds one there
 * without a code change (docs/languages.md).
 *
 * Weak references: the local lake does not implement `_strengthenOnPublish`, and a translation is
 * a page of its own that may be deleted; the site treats a link to a missing page as no translation.
 */
export const translations = documentInternationalization({
  supportedLanguages: async (client: SanityClient) => {
    const languages = await client
      .withConfig({ apiVersion })
      .fetch<{ id: string; title: string }[] | null>(
        `*[_id == "settings"][0].languages[defined(id) && defined(title)]{id, title}`,
      )
    return [{ id: DEFAULT_LANGUAGE.id, title: DEFAULT_LANGUAGE.title }, ...(languages ?? [])]
  },
  schemaTypes: ['page'],
  languageField: 'language',
  weakReferences: true,
  apiVersion,
})
