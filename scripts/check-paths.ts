/**
 * `npm run check:paths`: every repository path that the docs and code comments name must exist,
 * so that a move or a rename cannot leave the README, docs/ or a comment pointing at nothing.
 *
 * It reads the Markdown files (paths in backticks and link targets, also those that climb with
 * `../`) and the comments of every TypeScript, JavaScript and CSS file under version control,
 * picks the words that start with a top-level folder of this repository (app/, lib/, packages/lake/…) or, in a package's own files,
 * with one of that package's folders (src/, tests/…), and checks each against the working tree.
 * Placeholders (`<name>`, `…`, `*`, `:param`), generated folders (.next, .lake, results) and
 * paths that git ignores (a local `deploy/production.env`) are skipped: they name things that
 * exist only at run time or on one machine.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
/** Folders that exist only at run time or after a build. */
const GENERATED = /^(\.next|\.lake|\.sanity|node_modules|coverage|test-results)\/|(^|\/)results\//
const PLACEHOLDER = /[<>*…{}$]|\/:|\.\.\./

/** The folders a path may start with, as seen from `base` (the repository or a package in it). */
function topFolders(base: string): string[] {
  return readdirSync(base).filter(
    (name) => name !== 'node_modules' && !name.startsWith('.') && statSync(join(base, name)).isDirectory(),
  )
}

function trackedFiles(): string[] {
  const listed = spawnSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' })
  if (listed.status !== 0) throw new Error(`git ls-files failed: ${listed.stderr}`)
  return listed.stdout.split('\0').filter((file) => file && existsSync(join(ROOT, file)))
}

/** The package folder a file belongs to (its nearest package.json), relative to the repository. */
function packageOf(file: string): string {
  for (let dir = dirname(file); dir !== '.'; dir = dirname(dir)) {
    if (existsSync(join(ROOT, dir, 'package.json'))) return dir
  }
  return '.'
}

/** The text a path can be named in: Markdown code spans and link targets, or source comments. */
function namingText(file: string, text: string): string[] {
  if (file.endsWith('.md')) {
    return [...text.matchAll(/`([^`\n]+)`|\]\(([^)\s#]+)/g)].map((match) => match[1] ?? match[2])
  }
  return [...text.matchAll(/\/\*[\s\S]*?\*\/|(?<![:'"`\w])\/\/[^\n]*/g)].map((match) => match[0])
}

/** Markdown links that climb out of their file's folder (`../x.md`), which start with no folder name. */
function upwardLinks(text: string): string[] {
  return [...text.matchAll(/\]\((\.\.\/[^)\s#]+)/g)].map((match) => match[1])
}

function candidates(snippet: string, folders: string[]): string[] {
  const start = new RegExp(
    `(?:^|[\\s('"\`\\[])((?:\\./)?(?:${folders.map(escape).join('|')})/[\\w@.()\\[\\]%/+-]*)`,
    'g',
  )
  return [...snippet.matchAll(start)]
    .map((match) => trimTrailing(match[1].replace(/^\.\//, '')))
    .filter((path) => !PLACEHOLDER.test(path) && !GENERATED.test(path))
}

/** Drops the sentence's punctuation after a path, and a closing bracket that the path did not open. */
function trimTrailing(path: string): string {
  let trimmed = path.replace(/[.,;:]+$/, '')
  while (trimmed.endsWith(')') && count(trimmed, ')') > count(trimmed, '(')) trimmed = trimmed.slice(0, -1)
  return trimmed.replace(/[.,;:]+$/, '')
}

function count(text: string, character: string): number {
  return text.split(character).length - 1
}

/** A path names a file or folder, or a module the way imports name it (no extension, or a folder's index). */
function exists(path: string): boolean {
  return ['', '.ts', '.tsx', '.test.ts', '.md', '/index.ts'].some((suffix) => existsSync(path + suffix))
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

const missing: { file: string; path: string }[] = []
const rootFolders = topFolders(ROOT)
for (const file of trackedFiles()) {
  if (!/\.(md|ts|tsx|mjs|js|css)$/.test(file) || file === 'sanity.types.ts') continue
  const text = readFileSync(join(ROOT, file), 'utf8')
  const pkg = packageOf(file)
  const packageFolders = pkg === '.' ? [] : topFolders(join(ROOT, pkg))
  for (const snippet of namingText(file, text)) {
    for (const path of candidates(snippet, [...rootFolders, ...packageFolders])) {
      const places = [join(ROOT, path), join(ROOT, pkg, path), join(ROOT, dirname(file), path)]
      if (!places.some(exists)) missing.push({ file, path })
    }
  }
  if (file.endsWith('.md')) {
    for (const target of upwardLinks(text)) {
      if (!exists(join(ROOT, dirname(file), target))) missing.push({ file, path: target })
    }
  }
}

/** Paths git ignores exist only on one machine (a filled-in env file), so naming them is fine. */
function ignoredByGit(paths: string[]): Set<string> {
  if (paths.length === 0) return new Set()
  const checked = spawnSync('git', ['check-ignore', '--no-index', '--stdin'], {
    cwd: ROOT,
    encoding: 'utf8',
    input: paths.join('\n'),
  })
  return new Set(checked.stdout.split('\n').filter(Boolean))
}

const ignored = ignoredByGit(missing.map(({ path }) => path))
const unknown = missing.filter(({ path }) => !ignored.has(path)).map(({ file, path }) => `${file}: ${path}`)

if (unknown.length > 0) {
  console.error(`These paths are named but do not exist (fix the text, or the path):\n  ${unknown.join('\n  ')}`)
  process.exit(1)
}
console.log('check:paths: every path named in the docs and code comments exists')
