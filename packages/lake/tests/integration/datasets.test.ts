/**
 * Datasets through the projects API and `@sanity/client`'s `datasets`: listing, creating, changing
 * the ACL mode, keeping them apart, deleting, and who may; and the Studio's dataset ping.
 */
import type { ClientError } from '@sanity/client'
import { refusal, startTestLake, type TestLake } from '../../src/testing/index.ts'

let lake: TestLake

// One test restarts the lake: slower than a request.
jest.setTimeout(30_000)

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

describe('client.datasets, as @sanity/client sends it (PUT, PATCH and DELETE /datasets/:name)', () => {
  it('creates a dataset with an ACL mode, lists it, edits the mode, and keeps that across a restart', async () => {
    const datasets = lake.client().datasets
    expect(await datasets.create('archive', { aclMode: 'private' })).toEqual({
      datasetName: 'archive',
      aclMode: 'private',
    })
    expect(await datasets.list()).toContainEqual(
      expect.objectContaining({ name: 'archive', aclMode: 'private', createdByUserId: 'robot-write', tags: [] }),
    )
    expect(await datasets.edit('archive', { aclMode: 'public' })).toEqual({ datasetName: 'archive', aclMode: 'public' })
    await lake.restart()
    const listed = await lake.client().datasets.list()
    expect(listed.find((dataset) => dataset.name === 'archive')?.aclMode).toBe('public')
    expect(await lake.client({ dataset: 'archive' }).fetch('count(*)')).toBe(0)
  })

  it('creates a public dataset when no options are given', async () => {
    expect(await lake.client().datasets.create('plain')).toEqual({ datasetName: 'plain', aclMode: 'public' })
  })

  it('lets only editors create, edit and delete: 401 anonymous, 403 for a viewer', async () => {
    const anonymous = lake.client({ token: null }).datasets
    const viewer = lake.client({ token: 'read' }).datasets
    for (const attempt of [
      () => anonymous.create('forbidden'),
      () => anonymous.edit('plain', { aclMode: 'private' }),
      () => anonymous.delete('plain'),
    ]) {
      expect((await refusal(attempt())).statusCode).toBe(401)
    }
    for (const attempt of [
      () => viewer.create('forbidden'),
      () => viewer.edit('plain', { aclMode: 'private' }),
      () => viewer.delete('plain'),
    ]) {
      expect((await refusal(attempt())).statusCode).toBe(403)
    }
    const names = (await lake.client().datasets.list()).map((dataset) => dataset.name)
    expect(names).toContain('plain')
    expect(names).not.toContain('forbidden')
    expect((await lake.client().datasets.list()).find((dataset) => dataset.name === 'plain')?.aclMode).toBe('public')
  })

  it('refuses an existing dataset, a bad name, an unknown ACL mode or option, and an unknown dataset', async () => {
    const datasets = lake.client().datasets
    const existing = await refusal(datasets.create('plain'))
    expect(existing.statusCode).toBe(409)
    expect(existing.message).toMatch(/Dataset "plain" already exists/)
    // The client accepts these names; the lake refuses them as Sanity's dataset names rules do.
    for (const name of ['ends-with-dash-', 'mixedCase']) {
      const bad = await refusal(datasets.create(name))
      expect(bad.statusCode).toBe(400)
      expect(bad.message).toMatch(/Invalid dataset name/)
    }
    const mode = await refusal(datasets.edit('plain', { aclMode: 'custom' }))
    expect(mode.statusCode).toBe(400)
    expect(mode.message).toMatch(/Invalid aclMode "custom": use "public" or "private"/)
    const option = await refusal(datasets.create('embedded', { embeddings: { enabled: true } }))
    expect(option.statusCode).toBe(400)
    expect(option.message).toMatch(/no dataset option "embeddings"/)
    const unknown = await refusal(datasets.edit('nowhere', { aclMode: 'private' }))
    expect(unknown.statusCode).toBe(404)
    expect(unknown.message).toBe('Dataset "nowhere" not found for project ID "local"')
    expect((await datasets.list()).map((dataset) => dataset.name)).not.toContain('embedded')
  })

  it('deletes a dataset, and answers 404 for one that does not exist', async () => {
    const datasets = lake.client().datasets
    expect(await datasets.delete('plain')).toEqual({ deleted: true })
    expect((await datasets.list()).map((dataset) => dataset.name)).not.toContain('plain')
    expect((await refusal(datasets.delete('plain'))).statusCode).toBe(404)
  })
})

describe('the dataset ping the Studio sends to measure latency', () => {
  it('answers PONG for a dataset, to anyone, and 404 for an unknown dataset', async () => {
    const client = lake.client({ token: null })
    const response = await fetch(client.getUrl(client.getDataUrl('ping')))
    expect(response.status).toBe(200)
    expect(await response.text()).toBe('PONG')
    const unknown = lake.client({ token: null, dataset: 'nowhere' })
    expect((await fetch(unknown.getUrl(unknown.getDataUrl('ping')))).status).toBe(404)
  })
})
