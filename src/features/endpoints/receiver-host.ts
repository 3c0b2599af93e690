// Lucca's servers cannot reach a host that only exists on the admin's machine or private network,
// so on a real account such URLs are refused before Lucca's activation challenge fails obscurely.

function ipv4Parts(host: string): number[] | null {
  const parts = host.split('.')
  if (parts.length !== 4) return null
  const numbers = parts.map((part) => (/^\d{1,3}$/.test(part) ? Number(part) : NaN))
  return numbers.every((n) => n >= 0 && n <= 255) ? numbers : null
}

function isPrivateIpv4([a = -1, b = -1]: number[]): boolean {
  return (
    a === 0 ||
    a === 10 ||
    a === 127 ||
    (a === 100 && b >= 64 && b <= 127) || // carrier-grade NAT
    (a === 169 && b === 254) ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168)
  )
}

function isPrivateIpv6(host: string): boolean {
  const address = host.replace(/^\[|\]$/g, '').toLowerCase()
  if (address === '::1' || address === '::') return true
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(address)
  if (mapped?.[1]) return isPrivateIpv4(ipv4Parts(mapped[1]) ?? [])
  return /^f[cd]/.test(address) || /^fe[89ab]/.test(address)
}

/** True when `hostname` (as given by `new URL().hostname`) is loopback, link-local or private. */
export function isPrivateHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '')
  if (host === 'localhost' || host.endsWith('.localhost')) return true
  if (host.endsWith('.local') || host.endsWith('.internal') || host.endsWith('.lan')) return true
  if (host.startsWith('[') || host.includes(':')) return isPrivateIpv6(host)
  const ipv4 = ipv4Parts(host)
  if (ipv4) return isPrivateIpv4(ipv4)
  // A single label (e.g. `intranet`) only resolves inside a private network.
  return !host.includes('.')
}
