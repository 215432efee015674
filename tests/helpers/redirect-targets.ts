/**
 * Redirect targets that try to leave the site: the tricks browsers and URL parsers fall for
 * (WHATWG URL, which browsers use for Location, strips tabs and newlines, treats "\" as "/",
 * decodes "%2e" as a dot segment and drops leading control characters and spaces). Each is fed to
 * the draft-mode routes and to short links; none may send a visitor to another host.
 */
export const OFF_SITE_HOST = 'evil.example'

export const TRICKY_TARGETS: readonly string[] = [
  '//evil.example',
  '///evil.example',
  '/\\evil.example',
  '/\\/evil.example',
  '\\/evil.example',
  '\\\\evil.example',
  '/.//evil.example',
  '/..//evil.example',
  '/hjalp/..//evil.example',
  '/./\\evil.example',
  '/%2e//evil.example',
  '/.%2E//evil.example',
  '/%2F%2Fevil.example',
  '/%5Cevil.example',
  '/%5c%5cevil.example',
  '/\t/evil.example',
  '/\n/evil.example',
  '/\r\n/evil.example',
  '\t//evil.example',
  ' //evil.example',
  '\u0000//evil.example',
  '/\u0000/evil.example',
  '\u001f//evil.example',
  '/\u3000/evil.example',
  'https://evil.example',
  'https:/\\evil.example',
  'http:evil.example',
  "javascript:location='https://evil.example'",
  '//evil.example/%2F..',
  '/hjalp\r\nLocation: https://evil.example',
]
