import { LaunchIcon } from '@sanity/icons/Launch'
import type { DocumentActionComponent } from 'sanity'

import { sitePathOf } from './site-path'

/**
 * "Visa på webbplatsen": opens the published document where visitors see it, in a new tab. The
 * Studio is served by the site itself, so the site's address is the Studio's origin. Shown only
 * for a published document: a draft is seen through the preview instead.
 */
export const ViewOnSiteAction: DocumentActionComponent = ({ published, draft }) => {
  const path = published ? sitePathOf(published) : null
  if (!path) return null
  return {
    label: 'Visa på webbplatsen',
    icon: LaunchIcon,
    title: draft
      ? 'Öppnar den publicerade versionen i en ny flik. Dina ändringar syns där när du har publicerat.'
      : 'Öppnar sidan som besökarna ser den, i en ny flik.',
    onHandle: () => {
      window.open(new URL(path, window.location.origin).toString(), '_blank', 'noopener')
    },
  }
}
ViewOnSiteAction.displayName = 'ViewOnSiteAction'
