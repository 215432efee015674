/**
 * The publish webhook as deployed (through the edge), over raw HTTP: a body over the limit is refused
 * before it arrives (announced by Content-Length, or streamed without one), and a correctly signed
 * call is accepted only while its signature is a few minutes old, so a recorded call cannot be
 * replayed later. Changes here name a document nobody shows, so no page is affected.
 */
import { request } from 'node:http'

import { encodeSignatureHeader, SIGNATURE_HEADER_NAME } from '@sanity/webhook'

import { browserRun } from '../helpers/browser-env'

const { siteUrl, revalidateSecret } = browserRun()
const WEBHOOK_URL = new URL('/api/revalidate', siteUrl)
const CHANGE = JSON.stringify({ _id: 'webhook-test-document', _type: 'webhookTest' })
/** How long a request waits for an answer while the test holds back the rest of its body. */
const WITHHELD_BODY_WAIT_MS = 30_000
const MINUTE = 60_000

type Answer = { status: number; message: string }

const signature = (body: string, timestamp: number) => encodeSignatureHeader(body, timestamp, revalidateSecret)

/** Reads an answer's JSON message. */
async function answerOf(response: Response): Promise<Answer> {
  const body = (await response.json()) as { message?: string }
  return { status: response.status, message: body.message ?? '' }
}

/** A complete, signed call, as the lake or Sanity makes it, signed at `timestamp`. */
async function call(timestamp: number, body = CHANGE): Promise<Answer> {
  const response = await fetch(WEBHOOK_URL, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [SIGNATURE_HEADER_NAME]: await signature(body, timestamp) },
    body,
  })
  return answerOf(response)
}

/**
 * Sends the headers and the start of a body, and never the rest. The site must answer anyway;
 * a site that waits for the whole body gets no answer, and the request gives up after a while.
 */
function callWithheld(headers: Record<string, string>, start: Buffer): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const outgoing = request(WEBHOOK_URL, { method: 'POST', headers }, (response) => {
      let text = ''
      response.setEncoding('utf8')
      response.on('data', (chunk: string) => (text += chunk))
      response.on('end', () => {
        resolve({ status: response.statusCode ?? 0, message: (JSON.parse(text) as { message: string }).message })
        outgoing.destroy()
      })
    })
    outgoing.setTimeout(WITHHELD_BODY_WAIT_MS, () => {
      outgoing.destroy()
      reject(new Error(`No answer in ${WITHHELD_BODY_WAIT_MS / 1000} s: the site is waiting for the rest of the body`))
    })
    // Errors after the answer (the site closing the connection on the unsent rest) do not matter.
    outgoing.on('error', reject)
    outgoing.write(start)
  })
}

describe('a body over the limit', () => {
  it('is refused from its Content-Length, before the body arrives', async () => {
    const headers = {
      'content-type': 'application/json',
      'content-length': String(10 * 1024 * 1024),
      [SIGNATURE_HEADER_NAME]: await signature(CHANGE, Date.now()),
    }
    const answer = await callWithheld(headers, Buffer.alloc(1024, 'x'))
    expect(answer.status).toBe(413)
    expect(answer.message).toMatch(/16 KB/)
  })

  it('is refused once a body without Content-Length passes the limit, without waiting for its end', async () => {
    const headers = {
      'content-type': 'application/json',
      'transfer-encoding': 'chunked',
      [SIGNATURE_HEADER_NAME]: await signature(CHANGE, Date.now()),
    }
    const answer = await callWithheld(headers, Buffer.alloc(64 * 1024, 'x'))
    expect(answer.status).toBe(413)
    expect(answer.message).toMatch(/16 KB/)
  })
})

describe('the age of a signature', () => {
  it('accepts a call signed just now, a minute ago, or slightly ahead of the site’s clock', async () => {
    const answers = await Promise.all([call(Date.now()), call(Date.now() - MINUTE), call(Date.now() + 30_000)])
    expect(answers.map(({ status }) => status)).toEqual([200, 200, 200])
  })

  it('refuses a correctly signed call recorded ten minutes ago, saying why', async () => {
    const answer = await call(Date.now() - 10 * MINUTE)
    expect(answer.status).toBe(401)
    expect(answer.message).toMatch(/too old/)
  })

  it('refuses a signature dated an hour ahead, further than clocks drift', async () => {
    const answer = await call(Date.now() + 60 * MINUTE)
    expect(answer.status).toBe(401)
    expect(answer.message).toMatch(/future/)
  })
})
