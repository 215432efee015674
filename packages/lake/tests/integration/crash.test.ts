/**
 * Durability: a stream of multi-document transactions, SIGKILL at a random moment, restart.
 * Every acknowledged transaction must be there, every transaction must be whole or absent, and
 * nothing may appear that was never sent.
 */
import { startTestLake, type TestLake } from '../../src/testing/index.ts'

const WRITERS = 4
const PARTS = ['a', 'b', 'c']

// Restarting the lake takes a moment on a busy machine.
jest.setTimeout(30_000)

let lake: TestLake

beforeAll(async () => {
  lake = await startTestLake()
  await lake.client().create({ _id: 'counter', _type: 'counter', n: 0 })
})

afterAll(async () => {
  await lake.stop()
})

it('keeps every acknowledged transaction and no half of any', async () => {
  const client = lake.client()
  const attempted = new Set<string>()
  const acknowledged = new Set<string>()
  let killed = false

  const writer = async (writerIndex: number) => {
    for (let n = 0; !killed; n++) {
      const transactionId = `crash-${writerIndex}-${n}`
      attempted.add(transactionId)
      const transaction = client.transaction()
      for (const part of PARTS) {
        transaction.createOrReplace({ _id: `${transactionId}-${part}`, _type: 'crashPart', writer: writerIndex, n })
      }
      transaction.patch('counter', (patch) => patch.inc({ n: 1 }))
      try {
        await transaction.commit({ transactionId })
        acknowledged.add(transactionId)
      } catch {
        return // the lake is gone
      }
    }
  }

  const writers = Array.from({ length: WRITERS }, (_, index) => writer(index))
  // Let a few dozen transactions through, then kill at a random moment in the stream.
  while (acknowledged.size < 40) await new Promise((resolve) => setTimeout(resolve, 5))
  await new Promise((resolve) => setTimeout(resolve, Math.random() * 300))
  await lake.kill('SIGKILL')
  killed = true
  await Promise.all(writers)

  await lake.restart()
  const parts: Array<{ _id: string; _rev: string }> = await client.fetch('*[_type == "crashPart"]{_id, _rev}')
  const partsByTransaction = new Map<string, string[]>()
  for (const part of parts) {
    const transactionId = part._id.slice(0, part._id.lastIndexOf('-'))
    expect(attempted).toContain(transactionId)
    expect(part._rev).toBe(transactionId)
    partsByTransaction.set(transactionId, [...(partsByTransaction.get(transactionId) ?? []), part._id])
  }
  for (const transactionId of acknowledged) expect(partsByTransaction.get(transactionId)).toHaveLength(PARTS.length)
  for (const ids of partsByTransaction.values()) expect(ids).toHaveLength(PARTS.length)
  // The counter was patched in the same transactions: it agrees with them exactly.
  expect((await client.getDocument('counter'))?.n).toBe(partsByTransaction.size)
  expect(partsByTransaction.size).toBeGreaterThanOrEqual(acknowledged.size)
  expect(partsByTransaction.size).toBeLessThanOrEqual(acknowledged.size + WRITERS)
})
