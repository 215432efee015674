import { defineLocaleResourceBundle } from 'sanity'

/**
 * What @sanity/locale-sv-se leaves in English or says unclearly, contributed through Sanity's i18n
 * API rather than by patching packages. Bundles given in the Studio config are merged over the
 * locale's own, key by key; keys as in Sanity's English bundles for each namespace.
 */

/** Messages of Sanity's built-in validation. */
const validation = defineLocaleResourceBundle({
  locale: 'sv-SE',
  namespace: 'validation',
  resources: {
    // The field holds a link to a document that has only a draft; the publish button explains the order.
    'object.reference-not-published':
      'Det här länkar till något som inte är publicerat än. Publicera det först och sedan det här dokumentet.',
  },
})

export const studioSwedish = [validation]
