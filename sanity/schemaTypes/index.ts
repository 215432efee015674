import type { SchemaTypeDefinition } from 'sanity'

import { accessibilityStatement } from './documents/accessibilityStatement'
import { campaignMaterial } from './documents/campaignMaterial'
import { helpLink } from './documents/helpLink'
import { organisation } from './documents/organisation'
import { page } from './documents/page'
import { settings } from './documents/settings'
import { shortLink } from './documents/shortLink'
import { accessibleImage } from './objects/accessibleImage'
import { bookingChannel, emailChannel, formChannel, phoneChannel, visitChannel, webChannel } from './objects/channels'
import { knownProblem } from './objects/knownProblem'
import { link } from './objects/link'
import { addressCheck, linkCheck } from './objects/linkCheck'
import { navLink } from './objects/navLink'
import { richText } from './objects/richText'
import { siteLanguage } from './objects/siteLanguage'
import { source } from './objects/source'
import { sectionSchemaTypes } from '../../sections/studio.generated'

/** Every schema type of the Studio: documents, shared objects and the page builder's sections (sections/). */
export const schemaTypes: SchemaTypeDefinition[] = [
  settings,
  page,
  helpLink,
  organisation,
  shortLink,
  campaignMaterial,
  accessibilityStatement,

  accessibleImage,
  link,
  navLink,
  richText,
  siteLanguage,
  source,
  phoneChannel,
  webChannel,
  emailChannel,
  visitChannel,
  formChannel,
  bookingChannel,
  knownProblem,
  linkCheck,
  addressCheck,

  ...sectionSchemaTypes,
]

/** Documents that exist once, each with its type name as its fixed `_id`. */
export const SINGLETON_TYPES: ReadonlySet<string> = new Set([settings.name, accessibilityStatement.name])
