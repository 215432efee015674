/** Small text helpers shared by previews and validation rules. */

type Block = { _type?: string; children?: { text?: string }[] }

/** The text of rich text without formatting, for previews and for checking that there is any. */
export function plainTextOf(blocks: unknown): string {
  if (!Array.isArray(blocks)) return ''
  return (blocks as Block[])
    .filter((block) => block._type === 'block')
    .map((block) => (block.children ?? []).map((child) => child.text ?? '').join(''))
    .join(' ')
    .trim()
}

/** "1 fråga", "3 frågor". */
export function countOf(items: unknown, one: string, many: string): string {
  const count = Array.isArray(items) ? items.length : 0
  return `${count} ${count === 1 ? one : many}`
}
