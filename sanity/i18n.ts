import { defineLocaleResourceBundle } from 'sanity'

import { releasesSwedish } from './i18n-releases'

/**
 * What @sanity/locale-sv-se leaves in English or says unclearly, contributed through Sanity's i18n
 * API rather than by patching packages. Bundles given in the Studio config are merged over the
 * locale's own, key by key; keys as in Sanity's English bundles for each namespace. Only what an
 * editor of this Studio can meet: comments, tasks and the like are turned off. Content releases
 * are on; their strings are in `i18n-releases.ts`.
 */

/** Messages of Sanity's built-in validation. */
const validation = defineLocaleResourceBundle({
  locale: 'sv-SE',
  namespace: 'validation',
  resources: {
    // The field holds a link to a document that has only a draft; the publish button offers to publish both.
    'object.reference-not-published':
      'Det här länkar till något som inte är publicerat än. Välj Publicera för att publicera båda tillsammans.',
    // Editors know a page's slug as its address (the field is called Adress).
    'slug.missing-current': 'Skriv en adress.',
    'slug.not-object': 'Adressen har fel form. Skriv den igen.',
    'slug.not-unique': 'Adressen används redan. Välj en annan.',
  },
})

/** The Studio's forms, inputs and document status. */
const studio = defineLocaleResourceBundle({
  locale: 'sv-SE',
  namespace: 'studio',
  resources: {
    // "Fokuspunkt" for hotspot: the part of the picture that stays in view however it is cropped.
    'inputs.imagetool.title': 'Beskärning och fokuspunkt',
    'inputs.image.hotspot-dialog.title': 'Beskär bilden och välj fokuspunkt',
    'inputs.imagetool.vector-warning.title':
      'Beskärning och fokuspunkt fungerar inte för SVG-bilder, och webbplatsen visar dem inte.',
    'inputs.imagetool.vector-warning.developer-info':
      'Spara bilden som JPG eller PNG och ladda upp den igen, så kan du beskära den och välja fokuspunkt.',
    // {{date}} is a relative time such as "för 2 min sen".
    'document-status.published-at': 'Publicerad {{date}}',
    'inputs.image.select-dialog.title': 'Välj bild för "{{targetTitle}}"',
    'inputs.files.select-dialog.title': 'Välj fil för "{{targetTitle}}"',
    'asset-source.dialog.load-error': 'Bilderna och filerna kunde inte hämtas',
    'inputs.portable-text.style.normal': 'Brödtext',
    'changes.action.revert-all-description': 'Vill du ångra alla {{count}} ändringar?',
    'common.error': 'Fel',
    'form.field.actions-menu.title': 'Val för fältet',
    'document.initial-value.error.title': 'Startvärdena kunde inte fyllas i',
    'document.initial-value.error.description': 'Dokumentet öppnades tomt. {{errorMessage}}',
    'login.logged-out.title': 'Du har loggats ut',
    'login.logged-out.generic': 'Du är inte längre inloggad. Logga in igen.',
    'login.logged-out.session-expired': 'Din inloggning har gått ut. Logga in igen.',
    'user-menu.color-scheme.system-title': 'Som datorn',
  },
})

/** The structure tool: panes, document actions and their dialogs. */
const structure = defineLocaleResourceBundle({
  locale: 'sv-SE',
  namespace: 'structure',
  resources: {
    // The locale's "Stäng rute grupp" splits a compound.
    'buttons.split-pane-close-group-button.title': 'Stäng rutgruppen',
    // The publish button's tooltip on a published document. The locale writes "Publicerad för
    // {{timeSincePublished}} sedan", but the relative time already reads "för 10 minuter sedan".
    'action.publish.already-published.tooltip': 'Publicerad {{timeSincePublished}}',
    'action.unpublish.disabled.already-unpublished': 'Dokumentet ska redan avpubliceras',
    'banners.obsolete-draft.actions.compare-draft.tooltip':
      'Det finns ingen publicerad version att jämföra utkastet med.',
    'confirm-delete-dialog.confirm-button.text_delete_one': 'Radera dokumentet',
    'confirm-delete-dialog.confirmation.text_delete_one': 'Vill du verkligen radera dokumentet?',
    'document-inspector.error.close-button.aria-label': 'Stäng panelen',
    'document-inspector.error.description': 'Något gick fel när panelen skulle visas.',
    'document-inspector.error.retry-button.text': 'Försök igen',
    'document-inspector.error.title': 'Något gick fel',
    'document-view.form-view.sync-pending.title': 'Dina ändringar sparas inte',
    'document-view.form-view.sync-pending.description':
      'Vi fortsätter att försöka. Under tiden finns ändringarna kvar i din webbläsare.',
    'document-view.form-view.sync-recovering.title': 'Sparar dina ändringar…',
    'document-view.form-view.sync-recovering.description': 'Du kan redigera igen så fort ändringarna är sparade.',
    'document-view.form-view.sync-stalled.title': 'Dina ändringar sparas fortfarande inte',
    'document-view.form-view.sync-stalled.description':
      'Redigeringen är pausad tills de har sparats. Ändringarna finns kvar i din webbläsare, så låt fliken vara öppen medan vi försöker igen.',
    'menu-item-groups.layout-group': 'Visning',
    'menu-items.layout.restore-default': 'Standardvisning',
    'menu-items.layout.restore-default.disabled-reason': 'Standardvisningen används redan',
    'menu-items.sort-by.restore-default': 'Standardsortering',
    'menu-items.sort-by.restore-default.disabled-reason': 'Standardsorteringen används redan',
    'panes.document-list-pane.error.max-retries-attempted': 'Försöker inte igen efter {{count}} misslyckade försök.',
    'panes.document-list-pane.search-ordering.aria-label': 'Ändra sorteringen av sökresultaten',
    'panes.document-list-pane.search-ordering.label': 'Sorterat efter {{order}}',
    'panes.document-list-pane.search-ordering.relevance': 'Relevans',
    'panes.document-list-pane.search-ordering.summary-relevance': 'Sorterat efter relevans',
    'panes.document-list-pane.sort-order.disabled-reason':
      'Sorteringen använder fält som den här sortens dokument inte har',
  },
})

export const studioSwedish = [validation, studio, structure, ...releasesSwedish]
