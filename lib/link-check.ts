/**
 * The link checker: fetches every web address of the help links (the organisation's site and the
 * web, contact-form and booking channels), follows redirects, and records on each help link what
 * it found and when (`linkCheck`, shown in the Studio under Kontroll, never selected for visitors).
 *
 * It runs on a schedule (`npm run check-links`, scripts/check-links.ts, with the write token) and
 * on demand from the Studio (app/api/link-check, with the editor's own session). It imports nothing
 * of the site, so Node runs it directly from the script.
 */
import type { SanityClient } from '@sanity/client'

/** How long one address, redirects included, may take before it counts as not answering. */
export const LINK_CHECK_TIMEOUT_MS = 10_000
/** Browsers give up after 20; a help link that needs more is broken for visitors anyway. */
const MAX_REDIRECTS = 10
/** Addresses fetched at once: enough for a few dozen help links, gentle on the services. */
const CONCURRENCY = 4
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308])
const USER_AGENT = 'Somliga-tror-lankkontroll/1.0 (kontrollerar att hjalplankarnas adresser fungerar)'

/** What the checker found at one address, as stored on the help link (the `addressCheck` type). */
export interface AddressCheck {
  _key: string
  _type: 'addressCheck'
  url: string
  ok: boolean
  /** The last HTTP status, after any redirects; absent when no answer came. */
  status?: number
  /** Each address the request was sent on to, in order. */
  redirects: string[]
  /** Why the address does not work, in Swedish for editors. */
  problem?: string
}

/** The `linkCheck` field of a help link. */
export interface LinkCheck {
  _type: 'linkCheck'
  checkedAt: string
  broken: boolean
  addresses: AddressCheck[]
}

export interface CheckOptions {
  timeoutMs?: number
  /**
   * Whether addresses on this machine or a private network may be fetched. Off outside tests, so
   * that an address typed in the Studio cannot make the server probe its own network.
   */
  allowPrivateHosts?: boolean
}

/** Loopback, private, link-local and unspecified hosts, by name or literal address. */
export function isPrivateHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase()
  if (host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.local') || host.endsWith('.internal'))
    return true
  const ipv4 = host.match(/^(\d+)\.(\d+)\.(\d+)\.(\d+)$/)
  if (ipv4) {
    const [a, b] = [Number(ipv4[1]), Number(ipv4[2])]
    return (
      a === 0 ||
      a === 10 ||
      a === 127 ||
      (a === 169 && b === 254) ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) ||
      (a === 100 && b >= 64 && b <= 127)
    )
  }
  if (host.includes(':'))
    return (
      host === '::' || host === '::1' || /^f[cd]/.test(host) || /^fe[89ab]/.test(host) || host.startsWith('::ffff:')
    )
  return false
}

function statusProblem(status: number): string | undefined {
  if (status >= 200 && status < 300) return undefined
  if (status === 404 || status === 410) return `Sidan finns inte (felkod ${status}).`
  if (status === 401 || status === 403 || status === 429)
    return `Webbplatsen svarade med felkod ${status}. Den kan stoppa automatiska kontroller: öppna adressen själv och se om sidan fungerar.`
  if (REDIRECT_STATUSES.has(status)) return `Webbplatsen skickade vidare (felkod ${status}) men sa inte vart.`
  return `Webbplatsen svarade med felkod ${status}.`
}

function fetchProblem(error: unknown, timeoutMs: number): string {
  const name = (error as { name?: string })?.name
  if (name === 'TimeoutError' || name === 'AbortError')
    return `Webbplatsen svarade inte inom ${Math.round(timeoutMs / 1000)} sekunder.`
  const code = (error as { cause?: { code?: string } })?.cause?.code
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'Webbplatsens namn finns inte (eller kunde inte slås upp).'
  if (code === 'ECONNREFUSED') return 'Webbplatsen tog inte emot anslutningen.'
  if (code?.startsWith('ERR_TLS') || code?.includes('CERT'))
    return 'Webbplatsens certifikat gick inte att lita på, så webbläsare varnar för den.'
  return `Webbplatsen gick inte att nå${code ? ` (${code})` : ''}.`
}

/**
 * Fetches one address with GET (HEAD is refused by too many servers to be trusted), following
 * redirects by hand so that the chain is recorded. The timeout covers the whole chain.
 */
export async function checkAddress(
  url: string,
  { timeoutMs = LINK_CHECK_TIMEOUT_MS, allowPrivateHosts = false }: CheckOptions = {},
): Promise<Omit<AddressCheck, '_key' | '_type'>> {
  const signal = AbortSignal.timeout(timeoutMs)
  const redirects: string[] = []
  let current = url
  let status: number | undefined
  for (;;) {
    let target: URL
    try {
      target = new URL(current)
    } catch {
      return { url, ok: false, status, redirects, problem: `Adressen ${current} är inte en giltig webbadress.` }
    }
    if (target.protocol !== 'https:' && target.protocol !== 'http:')
      return { url, ok: false, status, redirects, problem: `Adressen ${current} är inte en webbadress.` }
    if (!allowPrivateHosts && isPrivateHost(target.hostname))
      return { url, ok: false, status, redirects, problem: `Adressen ${current} leder till ett internt nätverk.` }

    let response: Response
    try {
      response = await fetch(target, {
        redirect: 'manual',
        signal,
        headers: { 'User-Agent': USER_AGENT, Accept: 'text/html,*/*;q=0.8' },
      })
    } catch (error) {
      return { url, ok: false, status, redirects, problem: fetchProblem(error, timeoutMs) }
    }
    status = response.status
    // Only the status matters; the body is not read.
    await response.body?.cancel().catch(() => {})
    const location = response.headers.get('location')
    if (!REDIRECT_STATUSES.has(status) || !location) {
      const problem = statusProblem(status)
      return problem ? { url, ok: false, status, redirects, problem } : { url, ok: true, status, redirects }
    }
    const next = new URL(location, target).href
    if (next === url || redirects.includes(next))
      return {
        url,
        ok: false,
        status,
        redirects: [...redirects, next],
        problem: 'Omdirigeringarna går runt i en slinga.',
      }
    redirects.push(next)
    if (redirects.length > MAX_REDIRECTS)
      return { url, ok: false, status, redirects, problem: `Fler än ${MAX_REDIRECTS} omdirigeringar.` }
    current = next
  }
}

type HelpLinkVersion = {
  _id: string
  name?: string
  providerUrl?: string
  channels?: { _key?: string; _type?: string; url?: string }[] | null
}

/** The web addresses of one help link, each keyed by where it is: `provider` or the channel's key. */
export function helpLinkAddresses(link: HelpLinkVersion): { key: string; url: string }[] {
  const addresses = link.providerUrl ? [{ key: 'provider', url: link.providerUrl }] : []
  for (const channel of link.channels ?? []) {
    if (channel.url && channel._key) addresses.push({ key: channel._key, url: channel.url })
  }
  return addresses
}

// Published and draft versions of help links; releases are off, so there are no other versions.
const HELP_LINKS_TO_CHECK_QUERY = `*[_type == "helpLink" && !(_id in path("versions.**")) && (!defined($ids) || _id in $ids)]{
  _id, name, providerUrl, channels[]{_key, _type, url}
}`

export interface LinkCheckSummary {
  /** Help links checked (a draft and its published version count once). */
  helpLinks: number
  /** Distinct addresses fetched. */
  addresses: number
  /** Help links with at least one address that does not work, by published id. */
  broken: { id: string; name: string; problems: string[] }[]
  /** The check recorded on each checked help link, by published id (the draft's if it has one). */
  results: Record<string, LinkCheck>
}

async function inPool<T>(items: T[], size: number, work: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items]
  await Promise.all(
    Array.from({ length: Math.min(size, queue.length) }, async () => {
      for (let item = queue.shift(); item !== undefined; item = queue.shift()) await work(item)
    }),
  )
}

const publishedIdOf = (id: string) => id.replace(/^drafts\./, '')

/**
 * Checks the help links (all of them, or those with the given published ids) and records the
 * result on each version of each, draft and published, so that publishing a draft keeps it.
 * The client needs write rights and must read drafts (perspective `raw`).
 */
export async function checkHelpLinks(
  client: SanityClient,
  { ids, now = () => new Date(), ...options }: CheckOptions & { ids?: string[]; now?: () => Date } = {},
): Promise<LinkCheckSummary> {
  const versions = await client.fetch<HelpLinkVersion[]>(
    HELP_LINKS_TO_CHECK_QUERY,
    { ids: ids ? ids.flatMap((id) => [id, `drafts.${id}`]) : null },
    { perspective: 'raw' },
  )
  const urls = [...new Set(versions.flatMap((version) => helpLinkAddresses(version).map(({ url }) => url)))]
  const found = new Map<string, Omit<AddressCheck, '_key' | '_type'>>()
  await inPool(urls, CONCURRENCY, async (url) => {
    found.set(url, await checkAddress(url, options))
  })

  const checkedAt = now().toISOString()
  const transaction = client.transaction()
  const summary: LinkCheckSummary = { helpLinks: 0, addresses: urls.length, broken: [], results: {} }
  // Drafts after published ones, so that a help link's result is its draft's when it has one.
  for (const version of [...versions].sort(
    (a, b) => Number(a._id.startsWith('drafts.')) - Number(b._id.startsWith('drafts.')),
  )) {
    const addresses: AddressCheck[] = helpLinkAddresses(version).map(({ key, url }) => ({
      _key: key,
      _type: 'addressCheck',
      ...found.get(url)!,
    }))
    const linkCheck: LinkCheck = {
      _type: 'linkCheck',
      checkedAt,
      broken: addresses.some((address) => !address.ok),
      addresses,
    }
    transaction.patch(version._id, (patch) => patch.set({ linkCheck }))
    summary.results[publishedIdOf(version._id)] = linkCheck
  }
  for (const [id, linkCheck] of Object.entries(summary.results)) {
    summary.helpLinks += 1
    if (linkCheck.broken) {
      const name = versions.find((version) => publishedIdOf(version._id) === id)?.name ?? id
      const problems = linkCheck.addresses.flatMap((address) =>
        address.problem ? [`${address.url}: ${address.problem}`] : [],
      )
      summary.broken.push({ id, name, problems })
    }
  }
  if (versions.length > 0) await transaction.commit({ visibility: 'async' })
  return summary
}
