/**
 * Swedish phone numbers, written the way the site shows them. Three shapes are accepted:
 * short service numbers (112, 1177, 114 14), national numbers with the area code and a hyphen
 * (020-50 50 50, 08-123 45 67) and international numbers (+46 8 123 45 67).
 */
const SHORT = /^[1-9]\d{2,5}$|^[1-9]\d{2} \d{2,3}$/
const NATIONAL = /^0[1-9]\d{0,2}-\d{1,4}( \d{1,4})*$/
const INTERNATIONAL = /^\+46 [1-9]\d{0,2}( \d{1,4})+$/

const digitCount = (value: string) => value.replace(/\D/g, '').length

export function isSwedishPhoneNumber(value: string): boolean {
  if (SHORT.test(value)) return true
  // Swedish numbers have 7 to 9 digits after the leading 0 (or after +46).
  if (NATIONAL.test(value)) return digitCount(value) >= 8 && digitCount(value) <= 10
  if (INTERNATIONAL.test(value)) return digitCount(value) >= 9 && digitCount(value) <= 11
  return false
}

export const PHONE_FORMAT_MESSAGE =
  'Skriv ett svenskt telefonnummer så som det ska visas, till exempel 114 14, 020-50 50 50 eller +46 8 123 45 67.'
