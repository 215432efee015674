import { getPublishedId } from 'sanity'
import { defineDocuments, presentationTool, type DocumentLocationResolver } from 'sanity/presentation'
import { map } from 'rxjs'

import { apiVersion } from '../../vocabulary/api-version'
import { HELP_PATH } from '../../vocabulary/help-audiences'
import { documentLocations, LOCATIONS_LISTEN_QUERY, LOCATIONS_QUERY, type LocationsQueryResult } from './locations'
import { PreviewHeader } from './PreviewHeader'

/** Where each document shows on the site, kept current while the editor works (drafts included). */
const locations: DocumentLocationResolver = ({ id, type, perspectiveStack }, { documentStore }) => {
  const publishedId = getPublishedId(id)
  return documentStore
    .listenQuery(
      { fetch: LOCATIONS_QUERY, listen: LOCATIONS_LISTEN_QUERY },
      { id: publishedId },
      { perspective: perspectiveStack, apiVersion },
    )
    .pipe(map((data: LocationsQueryResult) => documentLocations(publishedId, type, data)))
}

/** Which document an address shows; the first matching route wins, so fixed paths come first. */
const mainDocuments = defineDocuments([
  { route: '/', filter: `_type == "page" && _id == *[_id == "settings"][0].startPage._ref` },
  // The help pages' title and introduction are part of the settings.
  { route: [HELP_PATH, `${HELP_PATH}/:audience`], filter: `_id == "settings"` },
  { route: '/tillganglighet', filter: `_id == "accessibilityStatement"` },
  { route: '/:slug', filter: `_type == "page" && slug.current == $slug` },
])

/**
 * "Förhandsvisning": the site beside the editor, showing drafts (docs/preview.md). The preview is
 * the site the Studio is embedded in, on the Studio's own origin (Presentation's default, so any
 * deployment previews itself and no host is written down): the draft-mode cookie is then a
 * first-party cookie, and the site's CSP needs no other framing origin. Presentation turns draft
 * mode on through the site's enable route with a secret it creates; sharing previews with people
 * outside the Studio stays off, so draft mode is for editors only.
 */
export const presentation = presentationTool({
  name: 'presentation',
  title: 'Förhandsvisning',
  previewUrl: { previewMode: { enable: '/api/draft-mode/enable', shareAccess: false } },
  resolve: { locations, mainDocuments },
  components: { unstable_header: { component: PreviewHeader } },
})
