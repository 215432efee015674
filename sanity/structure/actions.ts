/** What editors may do with each kind of document, and what "Skapa nytt" offers them. */
import type { DocumentActionComponent, DocumentActionsResolver, NewDocumentOptionsResolver } from 'sanity'

import { SINGLETON_TYPES } from '../schemaTypes'
import { CheckAddressesAction } from './CheckAddressesAction'
import { MarkCheckedAction } from './MarkCheckedAction'
import { guardDelete, guardPublish, UnpublishAction } from './PublishingActions'
import { ViewOnSiteAction } from './ViewOnSiteAction'

/** A singleton can be edited, published and restored, but never created twice, copied or removed. */
const SINGLETON_ACTIONS = new Set(['publish', 'discardChanges', 'restore'])

// One guarded component per Sanity action, so that React keeps its state between renders.
const guarded = new WeakMap<DocumentActionComponent, DocumentActionComponent>()
function guard(action: DocumentActionComponent): DocumentActionComponent {
  const wrap = action.action === 'publish' ? guardPublish : action.action === 'delete' ? guardDelete : null
  if (!wrap) return action
  if (!guarded.has(action)) guarded.set(action, wrap(action))
  return guarded.get(action)!
}

/**
 * Sanity's unpublish shows only when a release or the published version is selected, which this
 * Studio never offers (releases are off), so ours takes its place, after "Publicera".
 */
function withUnpublish(actions: DocumentActionComponent[]): DocumentActionComponent[] {
  const others = actions.filter(({ action }) => action !== 'unpublish')
  const at = others.findIndex(({ action }) => action === 'publish') + 1
  return [...others.slice(0, at), UnpublishAction, ...others.slice(at)]
}

export const documentActions: DocumentActionsResolver = (actions, { schemaType }) => {
  const ours = actions.map(guard)
  if (SINGLETON_TYPES.has(schemaType))
    return [...ours.filter(({ action }) => action && SINGLETON_ACTIONS.has(action)), ViewOnSiteAction]
  if (schemaType === 'helpLink')
    return [...withUnpublish(ours), ViewOnSiteAction, MarkCheckedAction, CheckAddressesAction]
  return [...withUnpublish(ours), ViewOnSiteAction]
}

/**
 * Singletons keep their initial-value templates (the structure opens them with one), but they
 * are never offered under "Skapa nytt". Default template ids equal the type names.
 */
export const withoutSingletonTemplates: NewDocumentOptionsResolver = (options) =>
  options.filter((option) => !SINGLETON_TYPES.has(option.templateId))
