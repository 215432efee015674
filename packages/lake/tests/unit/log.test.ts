/** @jest-environment node */
import { createLogger } from '../../src/log.ts'

function capture(run: () => void): string {
  const lines: string[] = []
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    lines.push(String(chunk))
    return true
  })
  try {
    run()
  } finally {
    spy.mockRestore()
  }
  return lines.join('')
}

it('writes one readable line per request and per transaction', () => {
  const log = createLogger({ quiet: false })
  const output = capture(() => {
    log.request({
      method: 'POST',
      url: '/v2025-02-19/data/mutate/production',
      status: 200,
      ms: 3.14,
      who: 'editor',
      tag: 'sanity.studio',
    })
    log.transaction({
      seq: 7,
      dataset: 'production',
      transactionId: 'tx1',
      timestamp: '',
      identity: 'editor',
      mutations: [],
      documents: [
        { id: 'drafts.a', before: null, after: {} as never },
        { id: 'b', before: {} as never, after: null },
      ],
    })
  })
  const lines = output.trimEnd().split('\n')
  expect(lines).toHaveLength(2)
  expect(lines[0]).toMatch(
    /^\d\d:\d\d:\d\d\.\d{3}  POST   \/v2025-02-19\/data\/mutate\/production  200  3\.1 ms  editor  \(sanity\.studio\)$/,
  )
  expect(lines[1]).toMatch(/tx tx1  production  editor  create drafts\.a, delete b$/)
})

it('stays silent about requests and transactions when quiet', () => {
  const log = createLogger({ quiet: true })
  expect(capture(() => log.request({ method: 'GET', url: '/', status: 200, ms: 1, who: 'anonymous' }))).toBe('')
})
