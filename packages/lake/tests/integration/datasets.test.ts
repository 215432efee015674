/**
 * Datasets through the projects API: listing, creating, keeping them apart, deleting, and who may.
 */
import type { ClientError } from '@sanity/client'
import { startTestLake, type TestLake } from '../../src/testing/index.ts'

let lake: TestLake

beforeAll(async () => {
  lake = await startTestLake()
})

afterAll(async () => {
  await lake.stop()
})

const projects = (path: string, token: string | null, method = 'GET') =>
  fetch(`${lake.httpUrl}/v2021-06-07/projects/local${path}`, {
    method,
    headers: token ? { authorization: `Bearer ${token}` } : {},
  })

it('starts with the production dataset', async () => {
  const datasets = await (await projects('/datasets', lake.tokens.read)).json()
  expect(datasets).toEqual([expect.objectContaining({ name: 'production', aclMode: 'public', tags: [] })])
})

it('creates datasets for editors only: 401 without a token, 403 for a viewer', async () => {
  expect((await projects('/datasets/staging', null, 'PUT')).status).toBe(401)
  expect((await projects('/datasets/staging', lake.tokens.read, 'PUT')).status).toBe(403)
  const created = await projects('/datasets/staging', lake.tokens.write, 'PUT')
  expect(await created.json()).toEqual({ datasetName: 'staging', aclMode: 'public' })
  expect((await projects('/datasets/staging', lake.tokens.write, 'PUT')).status).toBe(409)
  expect((await projects('/datasets/Not_Valid!', lake.tokens.write, 'PUT')).status).toBe(400)
})

it('keeps datasets apart', async () => {
  const production = lake.client()
  const staging = lake.client({ dataset: 'staging' })
  await production.create({ _id: 'same-id', _type: 'note', where: 'production' })
  await staging.create({ _id: 'same-id', _type: 'note', where: 'staging' })
  expect(await production.fetch('*[_id == "same-id"][0].where')).toBe('production')
  expect(await staging.fetch('*[_id == "same-id"][0].where')).toBe('staging')
  expect(await staging.fetch('count(*)')).toBe(1)
})

it('deletes a dataset, after which it is unknown', async () => {
  expect(await (await projects('/datasets/staging', lake.tokens.write, 'DELETE')).json()).toEqual({ deleted: true })
  let error: ClientError | undefined
  try {
    await lake.client({ dataset: 'staging' }).fetch('*')
  } catch (caught) {
    error = caught as ClientError
  }
  expect(error?.statusCode).toBe(404)
  expect(error?.message).toBe('Dataset "staging" not found for project ID "local"')
  expect(await lake.client().fetch('*[_id == "same-id"][0].where')).toBe('production')
})

it('knows only its own project', async () => {
  const response = await fetch(`${lake.httpUrl}/v2021-06-07/projects/other`, {
    headers: { authorization: `Bearer ${lake.tokens.read}` },
  })
  expect(response.status).toBe(404)
})
