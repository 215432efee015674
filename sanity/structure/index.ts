import { CheckmarkCircleIcon } from '@sanity/icons/CheckmarkCircle'
import { CogIcon } from '@sanity/icons/Cog'
import { EyeOpenIcon } from '@sanity/icons/EyeOpen'
import { HomeIcon } from '@sanity/icons/Home'
import { LinkIcon } from '@sanity/icons/Link'
import { SyncIcon } from '@sanity/icons/Sync'
import { WarningOutlineIcon } from '@sanity/icons/WarningOutline'
import type { ComponentType } from 'react'
import type { StructureBuilder, StructureResolver } from 'sanity/structure'

import { apiVersion } from '../../vocabulary/api-version'
import { AUDIENCES } from '../../vocabulary/lists'
import { SHORT_LINKS_TO_CHECK_QUERY, shortLinksToCheck } from '../schemaTypes/rules/dataset'
import {
  LEGAL_REVIEW_SETTINGS_QUERY,
  legalReviewParams,
  PAGES_TO_REVIEW_FILTER,
} from '../schemaTypes/rules/legal-review'
import {
  CHECK_PERIODS_QUERY,
  checkPeriods,
  HELP_LINKS_TO_CHECK_FILTER,
  staleBefore,
} from '../schemaTypes/rules/verification'
import { CheckAllAddresses } from './CheckAllAddresses'
import { MaterialFiles } from './MaterialFiles'
import { StartPageMissing } from './StartPageMissing'

function singleton(S: StructureBuilder, type: string, title: string, icon: ComponentType) {
  return S.listItem()
    .id(type)
    .title(title)
    .icon(icon)
    .child(S.document().schemaType(type).documentId(type).initialValueTemplate(type).title(title))
}

function helpLinkList(
  S: StructureBuilder,
  id: string,
  title: string,
  filter: string,
  params: Record<string, string> = {},
) {
  return S.documentList()
    .id(id)
    .title(title)
    .schemaType('helpLink')
    .apiVersion(apiVersion)
    .filter(`_type == "helpLink" && ${filter}`)
    .params(params)
}

/**
 * The Studio's main menu: settings, start page and accessibility statement on top (one document
 * each), then the content types editors work with every day.
 */
export const structure: StructureResolver = (S, { getClient }) =>
  S.list()
    .title('Innehåll')
    .items([
      singleton(S, 'settings', 'Inställningar', CogIcon),
      S.listItem()
        .id('startPage')
        .title('Startsida')
        .icon(HomeIcon)
        .child(async () => {
          // The draft of the settings counts: an editor who just chose a start page expects to see it.
          const startPageId = await getClient({ apiVersion }).fetch<string | null>(
            'coalesce(*[_id == "drafts.settings"][0].startPage._ref, *[_id == "settings"][0].startPage._ref)',
            {},
            { perspective: 'raw' },
          )
          return startPageId
            ? S.document().schemaType('page').documentId(startPageId).title('Startsida')
            : S.component(StartPageMissing).id('startPageMissing').title('Startsida')
        }),
      singleton(S, 'accessibilityStatement', 'Tillgänglighetsredogörelse', EyeOpenIcon),
      S.divider(),
      S.documentTypeListItem('page').title('Kampanjsidor'),
      S.listItem()
        .id('pagesToReview')
        .title('Behöver granskas mot lagen')
        .icon(WarningOutlineIcon)
        .child(async () => {
          // Read when the list opens, so that a new date for the law, or a new period, counts at once.
          const params = legalReviewParams(
            await getClient({ apiVersion }).fetch(LEGAL_REVIEW_SETTINGS_QUERY, {}, { perspective: 'raw' }),
          )
          return S.documentList()
            .id('pagesToReview')
            .title('Behöver granskas mot lagen')
            .schemaType('page')
            .apiVersion(apiVersion)
            .filter(PAGES_TO_REVIEW_FILTER)
            .params(params)
            .defaultOrdering([{ field: 'legalReview.reviewedAt', direction: 'asc' }])
        }),
      S.listItem()
        .id('helpLinks')
        .title('Hjälplänkar')
        .icon(CheckmarkCircleIcon)
        .child(
          S.list()
            .id('helpLinks')
            .title('Hjälplänkar')
            .items([
              S.documentTypeListItem('helpLink').id('allHelpLinks').title('Alla hjälplänkar'),
              S.listItem()
                .id('helpLinksToCheck')
                .title('Behöver kontrolleras')
                .icon(WarningOutlineIcon)
                .child(async () => {
                  // Read when the list opens, so that a changed period in the settings counts at once.
                  const { helpLinkMonths } = checkPeriods(
                    await getClient({ apiVersion }).fetch(CHECK_PERIODS_QUERY, {}, { perspective: 'raw' }),
                  )
                  return S.documentList()
                    .id('helpLinksToCheck')
                    .title('Behöver kontrolleras')
                    .schemaType('helpLink')
                    .apiVersion(apiVersion)
                    .filter(HELP_LINKS_TO_CHECK_FILTER)
                    .params({ staleBefore: staleBefore(new Date(), helpLinkMonths) })
                    .defaultOrdering([{ field: 'verification.checkedAt', direction: 'asc' }])
                }),
              S.listItem()
                .id('checkAllAddresses')
                .title('Kontrollera alla webbadresser')
                .icon(SyncIcon)
                .child(S.component(CheckAllAddresses).id('checkAllAddresses').title('Kontrollera alla webbadresser')),
              S.divider(),
              ...AUDIENCES.map(({ value, title }) =>
                S.listItem()
                  .id(`audience-${value}`)
                  .title(title)
                  .child(helpLinkList(S, `audience-${value}`, title, '$audience in audiences', { audience: value })),
              ),
            ]),
        ),
      S.documentTypeListItem('organisation').title('Organisationer'),
      S.listItem()
        .id('shortLinks')
        .title('Kortlänkar')
        .icon(LinkIcon)
        .child(
          S.list()
            .id('shortLinks')
            .title('Kortlänkar')
            .items([
              S.documentTypeListItem('shortLink').id('allShortLinks').title('Alla kortlänkar'),
              S.listItem()
                .id('shortLinksToCheck')
                .title('Behöver kontrolleras')
                .icon(WarningOutlineIcon)
                .child(async () => {
                  // Read when the list opens: whether a target is reachable depends on other documents,
                  // which a list filter on short links alone cannot follow.
                  const ids = shortLinksToCheck(
                    await getClient({ apiVersion }).fetch(SHORT_LINKS_TO_CHECK_QUERY, {}, { perspective: 'raw' }),
                  )
                  return S.documentList()
                    .id('shortLinksToCheck')
                    .title('Behöver kontrolleras')
                    .schemaType('shortLink')
                    .apiVersion(apiVersion)
                    .filter('_type == "shortLink" && _id in $ids')
                    .params({ ids })
                }),
            ]),
        ),
      S.documentTypeListItem('campaignMaterial')
        .title('Kampanjmaterial')
        .child(
          S.documentTypeList('campaignMaterial')
            .title('Kampanjmaterial')
            .child((id) =>
              S.document()
                .documentId(id)
                .schemaType('campaignMaterial')
                .views([S.view.form().title('Innehåll'), S.view.component(MaterialFiles).id('filer').title('Filer')]),
            ),
        ),
    ])
