/** What editors may do with each kind of document, and what "Skapa nytt" offers them. */
import type { DocumentActionsResolver, NewDocumentOptionsResolver } from 'sanity'

import { SINGLETON_TYPES } from '../schemaTypes'
import { MarkCheckedAction } from './MarkCheckedAction'

/** A singleton can be edited, published and restored, but never created twice, copied or removed. */
const SINGLETON_ACTIONS = new Set(['publish', 'discardChanges', 'restore'])

export const documentActions: DocumentActionsResolver = (actions, { schemaType }) => {
  if (SINGLETON_TYPES.has(schemaType)) return actions.filter(({ action }) => action && SINGLETON_ACTIONS.has(action))
  if (schemaType === 'helpLink') return [...actions, MarkCheckedAction]
  return actions
}

/**
 * Singletons keep their initial-value templates (the structure opens them with one), but they
 * are never offered under "Skapa nytt". Default template ids equal the type names.
 */
export const withoutSingletonTemplates: NewDocumentOptionsResolver = (options) =>
  options.filter((option) => !SINGLETON_TYPES.has(option.templateId))
