import { CheckmarkCircleIcon } from '@sanity/icons/CheckmarkCircle'
import { CogIcon } from '@sanity/icons/Cog'
import { EyeOpenIcon } from '@sanity/icons/EyeOpen'
import { HomeIcon } from '@sanity/icons/Home'
import { WarningOutlineIcon } from '@sanity/icons/WarningOutline'
import type { ComponentType } from 'react'
import type { StructureBuilder, StructureResolver } from 'sanity/structure'

import { apiVersion } from '../../vocabulary/api-version'
import { AUDIENCES } from '../../vocabulary/lists'
import { staleBefore } from '../schemaTypes/rules/verification'
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
                .child(() =>
                  helpLinkList(
                    S,
                    'helpLinksToCheck',
                    'Behöver kontrolleras',
                    '(!defined(verification.checkedAt) || verification.checkedAt < $staleBefore)',
                    { staleBefore: staleBefore() },
                  ).defaultOrdering([{ field: 'verification.checkedAt', direction: 'asc' }]),
                ),
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
      S.documentTypeListItem('shortLink').title('Kortlänkar'),
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
