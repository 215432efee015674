/**
 * Swedish phone numbers, which the Studio stores and the site shows in one format: short service
 * numbers as written (112, 1177, 114 14), every other number with its area code, a hyphen and
 * the rest in groups (020-50 50 50, 08-123 45 67, 070-123 45 67). Editors may paste a number as
 * they found it: spaces of any kind, any dash (Word turns hyphens into en dashes), a trailing
 * space and a leading +46 are accepted and normalised. What cannot be read gets a message that
 * says what is wrong and shows an example.
 */

export type PhoneResult = { number: string } | { problem: string }

const EXAMPLE = 'till exempel 020-50 50 50 eller 070-123 45 67'

/** Hyphen, non-breaking hyphen, figure, en and em dashes, minus signs and their wide forms. */
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g
const SPACES = /[\s\u00a0\u2007\u202f]+/g

/** Short service numbers: 112, 1177, 11414 or 114 14. */
const SHORT = /^[1-9]\d{2,5}$|^[1-9]\d{2} \d{2,3}$/

const digitCount = (value: string) => value.replace(/\D/g, '').length

/** Area codes that can be told from the digits alone, for a number pasted without any separator. */
function areaCodeLength(digits: string): number | undefined {
  if (digits.startsWith('08')) return 2
  if (/^07[02369]/.test(digits) || digits.startsWith('020')) return 3
  return undefined
}

/** The subscriber part in the usual groups: 123 45, 12 34 56, 123 45 67, 123 456 78. */
function group(digits: string): string {
  switch (digits.length) {
    case 5:
      return `${digits.slice(0, 3)} ${digits.slice(3)}`
    case 6:
      return `${digits.slice(0, 2)} ${digits.slice(2, 4)} ${digits.slice(4)}`
    case 7:
      return `${digits.slice(0, 3)} ${digits.slice(3, 5)} ${digits.slice(5)}`
    case 8:
      return `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}`
    default:
      return digits
  }
}

/** A Swedish phone number in the one format the site shows, or what is wrong with it. */
export function normalizePhone(input: string): PhoneResult {
  let value = input.replace(DASHES, '-').replace(SPACES, ' ').trim().replace(/ ?- ?/g, '-')
  if (!value) return { problem: `Skriv telefonnumret, ${EXAMPLE}.` }

  const international = /^(?:\+|00) ?(\d+)/.exec(value)
  if (international) {
    if (!international[1].startsWith('46')) {
      return { problem: `Bara svenska nummer kan visas. Skriv ett svenskt nummer, ${EXAMPLE}.` }
    }
    // +46 8 123 45 67, +46 (0)8-123 45 67 and +4681234567 are all 08-…
    value = `0${value
      .replace(/^(?:\+|00) ?46/, '')
      .replace(/^[ -]?\(0\)/, '')
      .replace(/^[ -]+/, '')}`
    if (value.startsWith('00')) return { problem: `Skriv numret utan 0 efter +46, till exempel +46 8 123 45 67.` }
  }
  if (/[^\d -]/.test(value)) {
    return { problem: `Numret får bara innehålla siffror, mellanslag, bindestreck och +46 i början, ${EXAMPLE}.` }
  }

  if (!value.startsWith('0')) {
    if (SHORT.test(value)) return { number: value }
    const digits = digitCount(value)
    if (digits >= 7)
      return { problem: `Riktnumret ska börja med 0, till exempel 08-123 45 67 i stället för 8-123 45 67.` }
    return digits < 3
      ? { problem: `Numret har för få siffror (${digits}). Ett kort nummer har minst 3, till exempel 112 eller 1177.` }
      : {
          problem: `Ett kort nummer skrivs utan bindestreck, till exempel 112, 1177 eller 114 14. Andra nummer börjar med riktnummer, till exempel 08-123 45 67.`,
        }
  }

  let area: string
  let rest: string
  const separator = value.search(/[ -]/)
  if (separator > 0) {
    area = value.slice(0, separator)
    rest = value.slice(separator + 1).replace(/-/g, ' ')
  } else {
    const length = areaCodeLength(value)
    if (!length) {
      return {
        problem: `Skriv ett bindestreck eller mellanslag efter riktnumret, till exempel 054-540 00 00 eller 070-123 45 67.`,
      }
    }
    area = value.slice(0, length)
    rest = value.slice(length)
  }
  if (!/^0[1-9]\d{0,2}$/.test(area)) {
    return { problem: `Riktnumret "${area}" ska ha 2 till 4 siffror och börja med 0, till exempel 08 eller 054.` }
  }
  if (!/^\d+( \d+)*$/.test(rest)) {
    return { problem: `Numret har tecken på fel ställe. Skriv det ${EXAMPLE}.` }
  }
  // Swedish numbers have 7 to 9 digits after the leading 0.
  const digits = digitCount(area + rest)
  if (digits < 8)
    return { problem: `Numret har för få siffror (${digits}). Skriv hela numret med riktnummer, ${EXAMPLE}.` }
  if (digits > 10) return { problem: `Numret har för många siffror (${digits}). Skriv ett nummer, ${EXAMPLE}.` }
  return { number: `${area}-${rest.includes(' ') ? rest : group(rest)}` }
}

/** Why a number cannot be stored, or undefined when it can (perhaps after normalising). */
export function phoneProblem(input: string): string | undefined {
  const result = normalizePhone(input)
  return 'problem' in result ? result.problem : undefined
}
