/** @jest-environment node */
import { createSchema, type ArraySchemaType, type ObjectSchemaType, type Schema } from 'sanity'

import { schemaTypes, SINGLETON_TYPES } from '@/sanity/schemaTypes'
import { SECTION_TYPES } from '@/sections/list'
import { schema } from '../helpers/schema'

function problemsOf(compiled: Schema): string[] {
  return (compiled._validation ?? []).flatMap((group) =>
    group.problems.map(
      (problem) => `${group.path.map((step) => step.name ?? step.kind).join(' > ')}: ${problem.message}`,
    ),
  )
}

/** Every named field in a type definition, with the titles that editors see. */
function fieldsWithoutTitle(definition: unknown, trail: string[] = []): string[] {
  if (Array.isArray(definition)) return definition.flatMap((item) => fieldsWithoutTitle(item, trail))
  if (typeof definition !== 'object' || definition === null) return []
  const record = definition as Record<string, unknown>
  const here = typeof record.name === 'string' ? [...trail, record.name] : trail
  const missing = typeof record.name === 'string' && !record.title ? [here.join('.')] : []
  const children = ['fields', 'of', 'marks', 'annotations'].flatMap((key) => fieldsWithoutTitle(record[key], here))
  return [...missing, ...children]
}

describe('the content model', () => {
  it('compiles with no schema errors or warnings', () => {
    expect(problemsOf(schema)).toEqual([])
  })

  it('would report a broken type, so the check above can fail', () => {
    const broken = createSchema({
      name: 'broken',
      types: [...schemaTypes, { name: 'broken', type: 'document', fields: [{ name: 'x', type: 'noSuchType' }] }],
    })
    expect(problemsOf(broken).join('\n')).toMatch(/noSuchType/)
  })

  it('has the documents of the contract', () => {
    const documents = schemaTypes.filter((type) => type.type === 'document').map((type) => type.name)
    expect(documents.sort()).toEqual([
      'accessibilityStatement',
      'campaignMaterial',
      'helpLink',
      'organisation',
      'page',
      'settings',
      'shortLink',
    ])
    expect([...SINGLETON_TYPES].sort()).toEqual(['accessibilityStatement', 'settings'])
  })

  it('offers every section type in the page builder', () => {
    const page = schema.get('page') as ObjectSchemaType
    const sections = page.fields.find((field) => field.name === 'sections')?.type as ArraySchemaType
    const offered = sections.of.map((member) => member.name)
    expect(offered).toEqual([...SECTION_TYPES])
    expect(offered).toEqual([
      'beliefSection',
      'textSection',
      'helpLinksSection',
      'faqSection',
      'callToActionSection',
      'downloadsSection',
      'campaignMaterialSection',
    ])
  })

  it('gives every type and field a title of its own, so the Studio never shows a made-up English label', () => {
    expect(fieldsWithoutTitle(schemaTypes)).toEqual([])
  })

  it('lets editors crop every image around a hotspot', () => {
    expect(schema.get('accessibleImage')?.options).toMatchObject({ hotspot: true })
  })
})
