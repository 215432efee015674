import { connection } from 'next/server'

/** Liveness: the process answers. A load balancer or orchestrator restarts an instance that does not. */
export async function GET() {
  await connection()
  return Response.json({ live: true }, { headers: { 'Cache-Control': 'no-store' } })
}
