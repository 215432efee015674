/**
 * Authentication: API tokens from the environment, and Studio sessions created by the local login
 * page. Sessions live in their own SQLite file so that they survive restarts; the one-time session
 * ids (`#sid=`) that the Studio exchanges for a token live in memory for a few minutes only.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto'
import { join } from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { httpError } from '../errors.ts'
import {
  ANONYMOUS,
  identityOf,
  IMPORT_ROBOT,
  LOCAL_USERS,
  TOKEN_ROBOTS,
  type Identity,
  type LakeUser,
} from './users.ts'

export const SESSION_COOKIE = 'lake_session'
const SID_LIFETIME_MS = 5 * 60 * 1000

interface PendingSid {
  token: string
  cookie: boolean
  expires: number
}

export interface AuthOptions {
  dir: string
  writeToken?: string
  readToken?: string
}

export class Auth {
  private readonly db: DatabaseSync
  private readonly writeToken?: Buffer
  private readonly readToken?: Buffer
  private readonly pendingSids = new Map<string, PendingSid>()

  constructor(options: AuthOptions) {
    this.db = new DatabaseSync(join(options.dir, 'sessions.db'))
    this.db.exec(`
      PRAGMA journal_mode = WAL;
      PRAGMA synchronous = FULL;
      CREATE TABLE IF NOT EXISTS sessions (
        token TEXT PRIMARY KEY,
        user_id TEXT NOT NULL,
        created_at TEXT NOT NULL
      );
    `)
    if (options.writeToken) this.writeToken = Buffer.from(options.writeToken)
    if (options.readToken) this.readToken = Buffer.from(options.readToken)
  }

  close(): void {
    if (this.db.isOpen) this.db.close()
  }

  users(): readonly LakeUser[] {
    return LOCAL_USERS
  }

  /** A local person or a robot (a token's, or the lake's own import robot) by id. */
  user(id: string): LakeUser | undefined {
    return [...LOCAL_USERS, ...Object.values(TOKEN_ROBOTS), IMPORT_ROBOT].find((user) => user.id === id)
  }

  /**
   * Who sent a request: a bearer token (API token or session), else the session cookie, else
   * anonymous. A token that matches nothing is refused with Sanity's 401, as the hosted API does.
   */
  identify(authorization: string | undefined, cookie: string | undefined): Identity {
    const bearer = /^Bearer\s+(.+)$/i.exec(authorization ?? '')?.[1]?.trim()
    const token = bearer ?? readCookie(cookie, SESSION_COOKIE)
    if (!token) return ANONYMOUS
    const user = this.userForToken(token)
    if (!user) throw httpError(401, 'Session not found')
    return identityOf(user)
  }

  private userForToken(token: string): LakeUser | undefined {
    const candidate = Buffer.from(token)
    if (this.writeToken && safeEqual(candidate, this.writeToken)) return TOKEN_ROBOTS.write
    if (this.readToken && safeEqual(candidate, this.readToken)) return TOKEN_ROBOTS.read
    const row = this.db.prepare('SELECT user_id FROM sessions WHERE token = ?').get(token)
    return row ? LOCAL_USERS.find((user) => user.id === row.user_id) : undefined
  }

  /** Signs a local user in: a new persistent session token. */
  createSession(userId: string): string {
    if (!LOCAL_USERS.some((user) => user.id === userId)) throw httpError(400, `Unknown user "${userId}"`)
    const token = `lake${randomBytes(24).toString('base64url')}`
    this.db
      .prepare('INSERT INTO sessions (token, user_id, created_at) VALUES (?, ?, ?)')
      .run(token, userId, new Date().toISOString())
    return token
  }

  /**
   * A one-time id the Studio exchanges for the session token at `/auth/fetch`; `cookie` says
   * whether the login asked for a session cookie as well (`dual` and `cookie` logins).
   */
  createSid(token: string, options: { cookie: boolean }): string {
    const now = Date.now()
    for (const [sid, pending] of this.pendingSids) if (pending.expires < now) this.pendingSids.delete(sid)
    const sid = randomBytes(24).toString('base64url')
    this.pendingSids.set(sid, { token, cookie: options.cookie, expires: now + SID_LIFETIME_MS })
    return sid
  }

  exchangeSid(sid: string): { token: string; cookie: boolean } | undefined {
    const pending = this.pendingSids.get(sid)
    this.pendingSids.delete(sid)
    return pending && pending.expires >= Date.now() ? { token: pending.token, cookie: pending.cookie } : undefined
  }

  /** Ends the session a request carries (API tokens from the environment cannot be logged out). */
  logout(authorization: string | undefined, cookie: string | undefined): void {
    const bearer = /^Bearer\s+(.+)$/i.exec(authorization ?? '')?.[1]?.trim()
    for (const token of [bearer, readCookie(cookie, SESSION_COOKIE)]) {
      if (token) this.db.prepare('DELETE FROM sessions WHERE token = ?').run(token)
    }
  }
}

function safeEqual(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && timingSafeEqual(a, b)
}

function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=')
    if (key === name) return decodeURIComponent(value.join('='))
  }
  return undefined
}
