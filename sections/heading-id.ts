/** The id of a section's heading, for aria-labelledby and links to it (/sida#avsnitt-nyckel). */
export function sectionHeadingId(key: string): string {
  return `avsnitt-${key}`
}
