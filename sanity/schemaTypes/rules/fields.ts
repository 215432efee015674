import type { CustomValidator, StringRule, TextRule, UrlRule } from 'sanity'

import { plainTextOf } from '../text'

const length = (value: string | undefined) => (value ? [...value].length : 0)

/**
 * A length limit editors see coming: a warning from `warnAt` characters (search engines and
 * social media cut texts short), an error over `max`.
 */
export function lengthLimit(rule: StringRule | TextRule, max: number, warnAt: number) {
  return [
    rule
      .custom((value: string | undefined) =>
        length(value) <= max ? true : `Texten är ${length(value)} tecken. Korta den till högst ${max} tecken.`,
      )
      .error(),
    rule
      .custom((value: string | undefined) =>
        length(value) <= warnAt || length(value) > max
          ? true
          : `${length(value)} av högst ${max} tecken. Längre texter kan kortas av i sökresultat och delningar.`,
      )
      .warning(),
  ]
}

/** Addresses that must be encrypted: the site never sends visitors to plain http. */
export function httpsUrl(rule: UrlRule) {
  return rule
    .uri({ scheme: ['https'] })
    .error('Skriv en fullständig webbadress som börjar med https://, till exempel https://www.smhi.se.')
}

/** Links to the web, to e-mail or to a phone; plain http is allowed but discouraged. */
export function linkUrl(rule: UrlRule) {
  return [
    rule
      .uri({ scheme: ['https', 'http', 'mailto', 'tel'] })
      .error(
        'Skriv en fullständig adress som börjar med https://, mailto: eller tel:, till exempel https://www.1177.se.',
      ),
    rule
      .custom((value: string | undefined) =>
        value?.startsWith('http:') ? 'Adressen är inte krypterad. Använd https:// om webbplatsen har det.' : true,
      )
      .warning(),
  ]
}

/**
 * A field that must be filled in when `when` holds for its parent object, e.g. the field that
 * matches the chosen link type.
 */
export function requiredWhen<P>(when: (parent: P) => boolean, message: string): CustomValidator<unknown> {
  return (value, context) => {
    const parent = context.parent as P | undefined
    if (!parent || !when(parent)) return true
    const empty = value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)
    return empty ? message : true
  }
}

/** Runs a format check on filled-in, visible values only: a hidden field's old value is not the editor's concern. */
export function whenVisible(problem: (value: string) => string | undefined): CustomValidator<string | undefined> {
  return (value, context) => (!value || context.hidden ? true : (problem(value) ?? true))
}

export const EMAIL_MESSAGE = 'Skriv en giltig e-postadress, till exempel namn@lansstyrelsen.se.'

/** Rich text counts as filled in only when it holds some words, not just empty paragraphs. */
export function requiredRichText(message: string): CustomValidator<unknown> {
  return (value) => (plainTextOf(value) ? true : message)
}

/** Dates of things that have happened (a check, an assessment) cannot lie in the future. */
export const notInFuture: CustomValidator<string | undefined> = (value) =>
  !value || value <= new Date().toISOString().slice(0, 10) ? true : 'Datumet kan inte vara i framtiden.'

/**
 * A required object, reported once with one clear message. (`rule.required()` on an object also
 * reports every required field inside it, so one missing button would show four errors.)
 */
export function requiredObject(message: string): CustomValidator<unknown> {
  return (value) =>
    typeof value === 'object' && value !== null && Object.keys(value).some((key) => key !== '_type') ? true : message
}
