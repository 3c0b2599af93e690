import { lookup } from 'node:dns/promises'
import { z } from 'zod'
import { addressProblem, checkReceiverUrl, type ReceiverProblem } from '../../contract/receiver-url.ts'

/** The addresses a host name resolves to; injected so tests answer without any DNS traffic. */
export type ResolveHost = (host: string) => Promise<string[]>

export const systemResolver: ResolveHost = async (host) =>
  (await lookup(host, { all: true })).map((entry) => entry.address)

const BodySchema = z.object({ webhookUrl: z.string() })
// A slow resolver must not hold an admin's save for long; Lucca resolves the name again anyway.
const LOOKUP_TIMEOUT_MS = 2000

const MESSAGES: Record<ReceiverProblem, string> = {
  'invalid-url': 'This is not a valid address. It should look like https://hooks.example.com/lucca.',
  'not-https':
    'The address must start with https://: Lucca only sends notifications over an encrypted connection.',
  credentials:
    'Remove the user name and password from the address: they would travel with every notification. Your receiver checks the signature instead.',
  loopback: 'Lucca cannot reach this address: it means the computer itself, not a server on the internet.',
  'private-network':
    'Lucca cannot reach this address: it is on a private network. Use an address reachable from the internet.',
  'link-local':
    'Lucca cannot reach this address: it only works inside one local network. Use an address reachable from the internet.',
  metadata:
    'Lucca will not send notifications to this address: it is the internal service of a cloud server, not a webhook receiver.',
  reserved:
    'Lucca cannot reach this address: it is reserved and not used on the internet. Use an address reachable from the internet.',
  unresolvable:
    'Lucca cannot find this address: the name only exists inside a private network. Use a full internet name, such as hooks.example.com.',
}

export interface ReceiverRefusal {
  problem: ReceiverProblem
  /** The host as the check read it (`127.0.0.1` for `2130706433`), for the SPA's message in its language. */
  host: string
  message: string
}

/**
 * Why Lucca could not deliver to the body's `webhookUrl`, or null when it could or we cannot tell.
 * A name is refused only when every address it resolves to is private; when it does not resolve
 * here (or not in time), Lucca's own answer says what is wrong.
 */
export async function refuseReceiver(body: Buffer, resolve: ResolveHost): Promise<ReceiverRefusal | null> {
  // Not a string (or absent): Lucca's own validation answers that.
  const parsed = BodySchema.safeParse(JSON.parse(body.toString('utf8')))
  if (!parsed.success) return null
  const checked = checkReceiverUrl(parsed.data.webhookUrl)
  if (!checked.ok) return { problem: checked.problem, host: checked.host, message: MESSAGES[checked.problem] }
  if (checked.isAddress) return null
  const problems = (await resolveInTime(resolve, checked.host)).map(addressProblem)
  const [first] = problems
  if (!first || problems.some((problem) => problem === null)) return null
  return { problem: first, host: checked.host, message: MESSAGES[first] }
}

async function resolveInTime(resolve: ResolveHost, host: string): Promise<string[]> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<string[]>((done) => {
    timer = setTimeout(() => done([]), LOOKUP_TIMEOUT_MS)
  })
  try {
    return await Promise.race([resolve(host), timeout])
  } catch {
    return []
  } finally {
    clearTimeout(timer)
  }
}
