import ipaddr from 'ipaddr.js'

// Lucca's servers call the receiver from the internet: a host that only exists on the admin's machine
// or private network can never answer, and a cloud metadata address must never be a target. The proxy
// runs this check on every create and edit (server/proxy/receiver-guard.ts), and answers which problem it
// found; the SPA's form only checks what needs no address library (src/features/endpoints/form/
// receiver-url-error.ts), so ipaddr.js stays out of the browser, and shows the proxy's answer at the field.

/** Why Lucca cannot use a receiver URL; each code has a plain-words message in the SPA and the proxy. */
export type ReceiverProblem =
  | 'invalid-url'
  | 'not-https'
  | 'credentials'
  | 'loopback'
  | 'private-network'
  | 'link-local'
  | 'metadata'
  | 'reserved'
  | 'unresolvable'

type HostProblem = Exclude<ReceiverProblem, 'invalid-url' | 'not-https' | 'credentials'>

export type ReceiverCheck =
  { ok: true; host: string; isAddress: boolean } | { ok: false; problem: ReceiverProblem; host: string }

// Only 'unicast' is reachable from the internet; every other range ipaddr.js knows is 'reserved'.
const RANGE_PROBLEMS: Record<string, HostProblem> = {
  unspecified: 'loopback', // 0.0.0.0 and :: reach the machine itself
  loopback: 'loopback',
  private: 'private-network',
  carrierGradeNat: 'private-network',
  uniqueLocal: 'private-network',
  deprecatedSiteLocal: 'private-network',
  linkLocal: 'link-local',
}
// AWS, GCP, Azure, OpenStack; AWS ECS; Alibaba; Oracle; AWS over IPv6.
const METADATA_ADDRESSES = new Set(
  ['169.254.169.254', '169.254.170.2', '100.100.100.200', '192.0.0.192', 'fd00:ec2::254'].map((value) =>
    ipaddr.parse(value).toNormalizedString(),
  ),
)
const METADATA_NAMES = new Set([
  'metadata',
  'metadata.google.internal',
  'metadata.goog',
  'instance-data',
  'instance-data.ec2.internal',
])
const PRIVATE_SUFFIXES = ['.local', '.localdomain', '.internal', '.lan', '.home.arpa']
// Prefixes whose last 32 bits are the IPv4 address a connection really reaches: IPv4-mapped,
// IPv4-translated, NAT64 (RFC 6052), IPv4-compatible.
const IPV4_COMPATIBLE = ipaddr.IPv6.parseCIDR('::/96')
const EMBEDDING = [
  ...['::ffff:0:0/96', '::ffff:0:0:0/96', '64:ff9b::/96'].map((cidr) => ipaddr.IPv6.parseCIDR(cidr)),
  IPV4_COMPATIBLE,
]

/**
 * Checks a receiver URL as a WHATWG URL parser reads it (every browser, and Node in the proxy), so
 * `2130706433`, `0x7f.1`, `１２７．０．０．１` or `[::ffff:7f00:1]` are all seen as 127.0.0.1.
 */
export function checkReceiverUrl(value: string): ReceiverCheck {
  let url: URL
  try {
    url = new URL(value.trim())
  } catch {
    return { ok: false, problem: 'invalid-url', host: '' }
  }
  const host = url.hostname.replace(/^\[|\]$/g, '').replace(/\.+$/, '')
  if (url.protocol !== 'https:') return { ok: false, problem: 'not-https', host }
  const isAddress = ipaddr.isValid(host)
  const problem = isAddress ? addressProblem(host) : nameProblem(host)
  if (problem) return { ok: false, problem, host }
  // A user name or password in the URL would travel with every notification and show on every screen.
  if (url.username || url.password) return { ok: false, problem: 'credentials', host }
  return { ok: true, host, isAddress }
}

/** Why Lucca could not reach an IP address (a literal, or one a name resolves to); null when it could. */
export function addressProblem(value: string): HostProblem | null {
  return problemOf(ipaddr.parse(value))
}

function problemOf(address: ipaddr.IPv4 | ipaddr.IPv6): HostProblem | null {
  if (METADATA_ADDRESSES.has(address.toNormalizedString())) return 'metadata'
  const embedding = address.kind() === 'ipv6' ? EMBEDDING.find((cidr) => address.match(cidr)) : undefined
  if (embedding) {
    const embedded = problemOf(ipaddr.fromByteArray(address.toByteArray().slice(12)))
    // `::a.b.c.d` (IPv4-compatible) is deprecated: unreachable even when the IPv4 inside is public.
    return embedded ?? (embedding === IPV4_COMPATIBLE ? 'reserved' : null)
  }
  const range = address.range()
  if (range === 'rfc6052') return 'private-network' // 64:ff9b:1::/48: NAT64 for local use only
  return range === 'unicast' ? null : (RANGE_PROBLEMS[range] ?? 'reserved')
}

function nameProblem(name: string): HostProblem | null {
  if (name === 'localhost' || name.endsWith('.localhost')) return 'loopback'
  if (METADATA_NAMES.has(name)) return 'metadata'
  // A single label (`intranet`) or a private-use suffix only resolves inside a private network.
  if (!name.includes('.') || PRIVATE_SUFFIXES.some((suffix) => name.endsWith(suffix))) return 'unresolvable'
  return null
}
