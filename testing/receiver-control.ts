import { X509Certificate } from 'node:crypto'
import { connect } from 'node:tls'
import { Agent, fetch as undiciFetch } from 'undici'
import type { ReceivedRequest } from '../server/receiver/request-log.ts'

/** The local HTTPS receiver's control API (`/_receiver/*`, server/receiver/control.ts). */
export interface ReceiverControl {
  url: string
  requests(pathPrefix?: string): Promise<ReceivedRequest[]>
  setSwitch(name: string, status: number): Promise<void>
}

/**
 * Calls the receiver over verified TLS. Its certificate is generated when it starts: `ca` when this process
 * has it, else the one it presents on first contact is pinned (it only ever runs on loopback, in a test).
 */
export function receiverControl(url: string, ca: string | null): ReceiverControl {
  let agent: Promise<Agent> | undefined
  const call = async (path: string, init: { method?: string; body?: string } = {}) => {
    agent ??= (ca ? Promise.resolve(ca) : presentedCertificate(url)).then(
      (pem) => new Agent({ connect: { ca: [pem] } }),
    )
    const response = await undiciFetch(`${url}/_receiver${path}`, { ...init, dispatcher: await agent })
    if (!response.ok) throw new Error(`${path} answered ${response.status}: ${await response.text()}`)
    return response
  }
  return {
    url,
    requests: async (pathPrefix = '') => {
      const response = await call(`/requests?path=${encodeURIComponent(pathPrefix)}`)
      return (await response.json()) as ReceivedRequest[]
    },
    setSwitch: async (name, status) =>
      void (await call(`/switch/${name}`, { method: 'PUT', body: JSON.stringify({ status }) })),
  }
}

function presentedCertificate(url: string): Promise<string> {
  const { hostname, port } = new URL(url)
  return new Promise((resolve, reject) => {
    // Only reads the certificate; every later call verifies against it.
    const socket = connect({ host: hostname, port: Number(port), rejectUnauthorized: false }, () => {
      resolve(new X509Certificate(socket.getPeerCertificate().raw).toString())
      socket.end()
    })
    socket.on('error', reject)
  })
}
