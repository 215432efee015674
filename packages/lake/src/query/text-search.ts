/**
 * `text::query()`, which groq-js parses but cannot run. Sanity's search is a full-text index; ours
 * is a scan over the visible documents with the same query language the Studio sends:
 * - words match case-insensitively as prefixes of the words in the document's strings
 *   (standing in for Sanity's stemming), every word must match;
 * - `word*` and `*` are explicit wildcards, `-word` excludes, `"two words"` matches a phrase.
 *
 * It works in the two places the Studio and sites use it: `<value> match text::query($q)` (the
 * value's strings, `@` meaning the whole document) and a bare `text::query($q)` in a filter or in
 * `score()` (the whole document). groq-js offers no way to add a function, so each call is
 * rewritten into `{"_ref": <marker> + _id}->hits match "*"`: the dereference reaches our code with
 * the current document's id, and the `hits` we return feed groq-js's own `match` scoring.
 */
import { evaluateSync, toJS, type ExprNode } from 'groq-js'
import type { SanityDocument } from '../store/types.ts'

const MARKER = '\u0000text::query:'
/** groq-js's score grows ever slower with the hit count; beyond this it barely moves. */
const MAX_SCORED_HITS = 10

interface TextQueryCall {
  /** What to search in; undefined means the whole document. */
  target: ExprNode | undefined
  /** The query string argument, evaluated once per query run. */
  argument: ExprNode
}

export interface RewrittenQuery {
  tree: ExprNode
  calls: TextQueryCall[]
}

/** Replaces every `text::query()` in a parsed query; returns the tree unchanged when there is none. */
export function rewriteTextQueries(tree: ExprNode): RewrittenQuery {
  const calls: TextQueryCall[] = []
  const rewrite = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(rewrite)
    if (!node || typeof node !== 'object') return node
    const expr = node as ExprNode
    if (expr.type === 'OpCall' && expr.op === 'match' && isTextQuery(expr.right)) {
      return hitsMatch(calls, rewrite(expr.left) as ExprNode, expr.right.args[0])
    }
    if (isTextQuery(expr)) return hitsMatch(calls, undefined, expr.args[0])
    const copy: Record<string, unknown> = {}
    for (const [key, value] of Object.entries(node)) copy[key] = rewrite(value)
    return copy
  }
  const rewritten = rewrite(tree) as ExprNode
  return calls.length === 0 ? { tree, calls } : { tree: rewritten, calls }
}

function isTextQuery(node: ExprNode): node is Extract<ExprNode, { type: 'FuncCall' }> {
  return node.type === 'FuncCall' && node.namespace === 'text' && node.name === 'query'
}

function hitsMatch(calls: TextQueryCall[], target: ExprNode | undefined, argument: ExprNode | undefined): ExprNode {
  const index = calls.push({ target, argument: argument ?? { type: 'Value', value: null } }) - 1
  return {
    type: 'OpCall',
    op: 'match',
    left: {
      type: 'AccessAttribute',
      name: 'hits',
      base: {
        type: 'Deref',
        base: {
          type: 'Object',
          attributes: [
            {
              type: 'ObjectAttributeValue',
              name: '_ref',
              value: {
                type: 'OpCall',
                op: '+',
                left: { type: 'Value', value: `${MARKER}${index}:` },
                right: { type: 'AccessAttribute', name: '_id' },
              },
            },
          ],
        },
      },
    },
    right: { type: 'Value', value: '*' },
  } as ExprNode
}

/** Evaluation state of one query run: the resolved search terms of each call. */
export interface TextSearch {
  /** Answers a marker dereference; undefined when `ref` is an ordinary reference. */
  dereference(ref: string): { hits: string[] } | null | undefined
}

export function prepareTextSearch(
  query: RewrittenQuery,
  params: Record<string, unknown>,
  lookup: (id: string) => SanityDocument | undefined,
  evaluateTarget: (target: ExprNode, document: SanityDocument) => unknown,
): TextSearch {
  const matchers = query.calls.map((call) => {
    const text = toJS(evaluateSync(call.argument, { params }))
    return { target: call.target, terms: parseTextQuery(typeof text === 'string' ? text : '') }
  })
  const wordsIn = (target: ExprNode | undefined, document: SanityDocument): WordIndex[] => {
    if (!target) return wordsOf(document)
    if (!dependsOnlyOnDocument(target)) return wordsOf(evaluateTarget(target, document))
    let byTarget = targetCache.get(document)
    if (!byTarget) targetCache.set(document, (byTarget = new WeakMap()))
    let indexes = byTarget.get(target)
    if (!indexes) byTarget.set(target, (indexes = wordsOf(evaluateTarget(target, document))))
    return indexes
  }
  return {
    dereference(ref) {
      if (!ref.startsWith(MARKER)) return undefined
      const rest = ref.slice(MARKER.length)
      const colon = rest.indexOf(':')
      const matcher = matchers[Number(rest.slice(0, colon))]
      const document = lookup(rest.slice(colon + 1))
      if (!matcher || !document) return null
      const hits = Math.min(countHits(matcher.terms, wordsIn(matcher.target, document)), MAX_SCORED_HITS)
      // `match "*"` is true for any non-empty list and scores by its length.
      return { hits: Array.from({ length: hits }, () => 'x') }
    },
  }
}

/**
 * The words of `title`, `[@, _id]` or `pt::text(body)` in a document change only with the
 * document, so they are kept per document and per (cached, parsed) search target. Targets that
 * reach other documents (`author->name`) or parameters are evaluated every time.
 */
const targetCache = new WeakMap<SanityDocument, WeakMap<ExprNode, WordIndex[]>>()
const SELF_CONTAINED = new Set([
  'This',
  'AccessAttribute',
  'AccessElement',
  'Array',
  'ArrayElement',
  'ArrayCoerce',
  'Map',
  'FlatMap',
  'Value',
])
const PURE_FUNCTIONS = new Set(['pt::text', 'global::lower', 'global::upper', 'global::string'])
const selfContained = new WeakMap<ExprNode, boolean>()

function dependsOnlyOnDocument(target: ExprNode): boolean {
  let known = selfContained.get(target)
  if (known === undefined) {
    const check = (node: unknown): boolean => {
      if (Array.isArray(node)) return node.every(check)
      if (!node || typeof node !== 'object') return true
      const { type, namespace, name } = node as { type?: string; namespace?: string; name?: string }
      if (
        type === 'FuncCall'
          ? !PURE_FUNCTIONS.has(`${namespace}::${name}`)
          : type !== undefined && !SELF_CONTAINED.has(type)
      ) {
        return false
      }
      return Object.values(node).every(check)
    }
    known = check(target)
    selfContained.set(target, known)
  }
  return known
}

// --- the query language ---------------------------------------------------------------------

type Term =
  /** A word starting with `prefix` (and, for inner wildcards, matching `pattern`). */
  | { kind: 'word'; prefix: string; pattern?: RegExp; negated: boolean }
  | { kind: 'phrase'; words: string[]; negated: boolean }
  | { kind: 'any' }

const TOKEN = /(?:[^\s"]+|"[^"]*")+/g
const WORD = /[\p{L}\p{N}]+/gu

export function parseTextQuery(text: string): Term[] {
  const terms: Term[] = []
  for (const raw of text.match(TOKEN) ?? []) {
    const negated = raw.startsWith('-') && raw.length > 1
    const token = negated ? raw.slice(1) : raw
    if (token.startsWith('"') && token.endsWith('"') && token.length > 1) {
      const words = splitWords(token.slice(1, -1))
      if (words.length > 0) terms.push({ kind: 'phrase', words, negated })
      continue
    }
    if (token === '*') {
      terms.push({ kind: 'any' })
      continue
    }
    // `foo-bar*` searches the words foo and bar*; a wildcard stays with the word it ends.
    const parts = token.toLowerCase().match(/[\p{L}\p{N}*]+/gu) ?? []
    for (const part of parts) {
      // Every word is a prefix match: an explicit trailing `*` changes nothing, and Sanity's
      // stemming, which makes "bok" find "boken", is approximated the same way.
      const stem = part.replace(/\*+$/, '')
      if (!stem) continue
      const prefix = stem.split('*')[0]
      const pattern = stem.includes('*')
        ? new RegExp(`^${stem.split('*').map(escapeRegExp).join('[\\p{L}\\p{N}]*')}`, 'u')
        : undefined
      terms.push({ kind: 'word', prefix, pattern, negated })
    }
  }
  return terms
}

/** How many positive hits the value's words give; 0 when a required term is missing. */
function countHits(terms: Term[], indexes: WordIndex[]): number {
  let hits = 0
  let positive = 0
  for (const term of terms) {
    if (term.kind === 'any') {
      positive++
      hits++
      continue
    }
    let count = 0
    for (const index of indexes) count += term.kind === 'word' ? countWord(term, index) : countPhrase(term.words, index)
    if (term.negated) {
      if (count > 0) return 0
      continue
    }
    if (count === 0) return 0
    positive++
    hits += count
  }
  // Only exclusions: every document without the excluded words matches.
  return positive === 0 && terms.length > 0 ? 1 : hits
}

/** Words sharing a prefix sit together in the sorted list: find the first, count the run. */
function countWord(term: { prefix: string; pattern?: RegExp }, index: WordIndex): number {
  const { sorted, counts } = index
  let low = 0
  let high = sorted.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (sorted[middle] < term.prefix) low = middle + 1
    else high = middle
  }
  let count = 0
  for (let i = low; i < sorted.length && sorted[i].startsWith(term.prefix); i++) {
    if (!term.pattern || term.pattern.test(sorted[i])) count += counts[i]
  }
  return count
}

function countPhrase(phrase: string[], index: WordIndex): number {
  let count = 0
  for (const words of index.sequences) {
    for (let start = 0; start + phrase.length <= words.length; start++) {
      if (phrase.every((word, offset) => words[start + offset] === word)) count++
    }
  }
  return count
}

// --- the value's words ----------------------------------------------------------------------

/** The words of a searched value: in order for phrases, sorted and counted for prefix lookups. */
interface WordIndex {
  sequences: string[][]
  sorted: string[]
  counts: number[]
}

/** Documents never change in place, so each is indexed once, when first searched. */
const indexCache = new WeakMap<object, WordIndex>()

/**
 * The word indexes of a value: one per object (keys starting with `_` skipped) or string; a list
 * like `[@, _id]` gives one per element, so its plain strings (the id) count too.
 */
function wordsOf(value: unknown): WordIndex[] {
  if (typeof value === 'string') return [indexWords([splitWords(value)])]
  if (Array.isArray(value)) return value.flatMap(wordsOf)
  if (!value || typeof value !== 'object') return []
  let index = indexCache.get(value)
  if (!index) {
    const sequences: string[][] = []
    const collect = (node: unknown): void => {
      if (typeof node === 'string') sequences.push(splitWords(node))
      else if (Array.isArray(node)) node.forEach(collect)
      else if (node && typeof node === 'object') {
        for (const key in node) if (!key.startsWith('_')) collect((node as Record<string, unknown>)[key])
      }
    }
    collect(value)
    index = indexWords(sequences)
    indexCache.set(value, index)
  }
  return [index]
}

function indexWords(sequences: string[][]): WordIndex {
  const counts = new Map<string, number>()
  for (const words of sequences) for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1)
  const sorted = [...counts.keys()].sort()
  return { sequences, sorted, counts: sorted.map((word) => counts.get(word) ?? 0) }
}

function splitWords(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? []
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
