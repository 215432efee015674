/**
 * Follows the README's recipe "Add a page section" once, with a throwaway quote section, in a
 * private copy of the working tree (node_modules hard-linked), so the repository is never touched:
 * its folder, its line in sections/list.ts and its fixture; then the registries, TypeGen,
 * TypeScript and the page builder's tests must all accept it, and each guard must refuse the
 * mistake it exists for.
 *
 * The recipe's last steps, using the section in the seed content and telling the no-JavaScript
 * browser test which of its fields are visible text, concern content rather than code and are not
 * followed here: a throwaway section has no place in the campaign's pages.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { copyWorkingTree } from '../helpers/working-tree'

const ROOT = join(__dirname, '..', '..')
/** Commands in the copy take a minute or two each on a busy machine. */
const STEP_TIMEOUT_MS = 10 * 60_000

/** The new section's folder, written as the recipe says: every layer of it, and its test. */
const QUOTE_SECTION: Record<string, string> = {
  'schema.ts': `import { defineField, defineType } from 'sanity'

export const quoteSection = defineType({
  name: 'quoteSection',
  title: 'Citat',
  type: 'object',
  fields: [
    defineField({ name: 'quote', title: 'Citat', type: 'text', validation: (rule) => rule.required() }),
    defineField({ name: 'speaker', title: 'Vem sa det', type: 'string' }),
  ],
})
`,
  'query.ts': 'export const quoteSectionProjection = /* groq */ `{quote, speaker}`\n',
  'content.ts': `import { z } from 'zod'

import { optionalText, requiredText } from '@/lib/content/common'
import { shapeOf } from '@/lib/content/shape'

import { sectionKey, type SectionResult } from '../section-content'

export const quoteSectionContent = z.object(
  shapeOf<SectionResult<'quoteSection'>>()({
    _key: sectionKey,
    _type: z.literal('quoteSection'),
    quote: requiredText,
    speaker: optionalText,
  }),
)

export type QuoteSectionContent = z.output<typeof quoteSectionContent>
`,
  'QuoteSection.tsx': `import type { QuoteSectionContent } from './content'

export function QuoteSection({ section }: { section: QuoteSectionContent }) {
  return (
    <figure>
      <blockquote>
        <p>{section.quote}</p>
      </blockquote>
      {section.speaker && <figcaption>{section.speaker}</figcaption>}
    </figure>
  )
}
`,
  'QuoteSection.test.tsx': `import '@testing-library/jest-dom'
import { screen } from '@testing-library/react'

import { recordWarnings, renderSections } from '@/tests/helpers/sections'
import { sections } from '@/tests/unit/fixtures/site-content'

const warn = recordWarnings()

it('shows the quote and who said it, through the page builder', () => {
  renderSections([sections.quote])
  expect(screen.getByText('Det går att sluta.')).toBeInTheDocument()
  expect(screen.getByText('En som slutade')).toBeInTheDocument()
  expect(warn()).not.toHaveBeenCalled()
})
`,
}

const FIXTURE = `  quote: { _key: 'citat', _type: 'quoteSection', quote: 'Det går att sluta.', speaker: 'En som slutade' },\n`

let tree: string

/** Runs a command in the copy; returns its exit status and everything it printed. */
function run(command: string, args: string[], env: Record<string, string> = {}) {
  const { JEST_WORKER_ID: _worker, ...parentEnv } = process.env
  const result = spawnSync(command, args, {
    cwd: tree,
    env: { ...parentEnv, ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
  return { status: result.status, output: `${result.stdout}${result.stderr}` }
}

const inTree = (file: string) => join(tree, file)
const read = (file: string) => readFileSync(inTree(file), 'utf8')
const registries = () => run(process.execPath, ['scripts/sections.ts', '--check'])
const typeCheck = () => run(process.execPath, ['node_modules/typescript/bin/tsc', '--noEmit'])

beforeAll(() => {
  tree = mkdtempSync(join(tmpdir(), 'sections-recipe-'))
  copyWorkingTree(ROOT, tree)
}, STEP_TIMEOUT_MS)

afterAll(() => {
  if (tree) rmSync(tree, { recursive: true, force: true })
}, STEP_TIMEOUT_MS)

it(
  'step 1, the folder: refused until sections/list.ts names it',
  () => {
    expect(registries()).toEqual({ status: 0, output: '' })
    mkdirSync(inTree('sections/quoteSection'))
    for (const [file, text] of Object.entries(QUOTE_SECTION))
      writeFileSync(inTree(`sections/quoteSection/${file}`), text)
    expect(registries()).toEqual({
      status: 1,
      output: expect.stringContaining('sections/quoteSection/ is not in sections/list.ts'),
    })
  },
  STEP_TIMEOUT_MS,
)

it(
  'step 2, the line in sections/list.ts: the registries are then stale until rebuilt',
  () => {
    const list = read('sections/list.ts')
    writeFileSync(
      inTree('sections/list.ts'),
      list.replace("  'textSection',\n", "  'textSection',\n  'quoteSection',\n"),
    )
    expect(read('sections/list.ts')).not.toBe(list)
    expect(registries()).toEqual({ status: 1, output: expect.stringMatching(/stale: run npm run sections/) })
  },
  STEP_TIMEOUT_MS,
)

it(
  'step 3, npm run typegen: registries, Studio schema and the typed page query all have the section',
  () => {
    const typegen = run('npm', ['run', 'typegen'])
    expect({ status: typegen.status, output: typegen.status === 0 ? '' : typegen.output }).toEqual({
      status: 0,
      output: '',
    })
    expect(registries()).toEqual({ status: 0, output: '' })

    // In the Studio's menu where the list puts it, and in every site-side registry.
    expect(read('sections/studio.generated.ts')).toMatch(/textSection,\s+quoteSection,/)
    expect(read('sections/query.generated.ts')).toContain('_type == "quoteSection" => ${quoteSectionProjection}')
    expect(read('sections/content.generated.ts')).toContain('quoteSection: quoteSectionContent')
    expect(read('sections/components.generated.ts')).toContain('quoteSection: QuoteSection')

    const schema = JSON.parse(read('sanity/schema.json')) as { name: string; type: string }[]
    expect(schema.find((type) => type.name === 'quoteSection')).toMatchObject({ type: 'type' })

    const types = read('sanity.types.ts')
    const pageResult = types.slice(types.indexOf('export type PAGE_BY_SLUG_QUERY_RESULT'))
    const quoteMember = pageResult.slice(0, pageResult.indexOf('// Source:')).match(/\{[^{}]*'quoteSection'[^{}]*\}/)
    expect(quoteMember?.[0]).toMatch(/quote: string \| null/)
    expect(quoteMember?.[0]).toMatch(/speaker: string \| null/)
  },
  STEP_TIMEOUT_MS,
)

it(
  'step 4, the fixture: the section passes TypeScript and its own test, and the page builder’s test',
  () => {
    const fixtures = read('tests/unit/fixtures/site-content.ts')
    writeFileSync(
      inTree('tests/unit/fixtures/site-content.ts'),
      fixtures.replace('export const sections = {\n', `export const sections = {\n${FIXTURE}`),
    )
    const tsc = typeCheck()
    expect({ status: tsc.status, output: tsc.output }).toEqual({ status: 0, output: '' })

    const jest = run(
      process.execPath,
      ['node_modules/jest/bin/jest.js', '--selectProjects', 'unit', '--testPathPatterns', '^.*/sections/', '--ci'],
      { NODE_OPTIONS: '--experimental-vm-modules --disable-warning=ExperimentalWarning' },
    )
    expect({ status: jest.status, output: jest.status === 0 ? '' : jest.output }).toEqual({ status: 0, output: '' })
    expect(jest.output).toMatch(/PASS .*sections\/quoteSection\/QuoteSection\.test\.tsx/)
    expect(jest.output).toMatch(/PASS .*sections\/Sections\.test\.tsx/)
  },
  STEP_TIMEOUT_MS,
)

it(
  'TypeScript refuses a zod schema that names a field the query does not select',
  () => {
    const content = read('sections/quoteSection/content.ts')
    writeFileSync(
      inTree('sections/quoteSection/content.ts'),
      content.replace('    speaker: optionalText,\n', '    speaker: optionalText,\n    author: optionalText,\n'),
    )
    try {
      const tsc = typeCheck()
      expect(tsc.status).not.toBe(0)
      expect(tsc.output).toMatch(/sections\/quoteSection\/content\.ts.*error TS/)
    } finally {
      writeFileSync(inTree('sections/quoteSection/content.ts'), content)
    }
  },
  STEP_TIMEOUT_MS,
)

it(
  'the registries refuse a folder that breaks the convention, saying what is missing',
  () => {
    rmSync(inTree('sections/quoteSection/QuoteSection.test.tsx'))
    expect(registries()).toEqual({
      status: 1,
      output: expect.stringContaining('sections/quoteSection/QuoteSection.test.tsx is missing'),
    })
  },
  STEP_TIMEOUT_MS,
)
