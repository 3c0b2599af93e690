import { generate } from 'selfsigned'

/** A throw-away certificate for 127.0.0.1, so tests exercise real TLS without disabling checks. */
export async function testCertificate(): Promise<{ key: string; cert: string }> {
  const now = Date.now()
  const pems = await generate([{ name: 'commonName', value: '127.0.0.1' }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notBeforeDate: new Date(now - 60 * 60_000),
    notAfterDate: new Date(now + 24 * 60 * 60_000),
    extensions: [
      { name: 'basicConstraints', cA: true },
      { name: 'keyUsage', digitalSignature: true, keyCertSign: true },
      { name: 'extKeyUsage', serverAuth: true },
      { name: 'subjectAltName', altNames: [{ type: 7, ip: '127.0.0.1' }] },
    ],
  })
  return { key: pems.private, cert: pems.cert }
}
