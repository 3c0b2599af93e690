import { generate } from 'selfsigned'

/** A fresh self-signed certificate for 127.0.0.1 and localhost, so the emulator can trust it explicitly. */
export async function createCertificate(): Promise<{ key: string; cert: string }> {
  const now = Date.now()
  const pems = await generate([{ name: 'commonName', value: 'localhost' }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    // Back-dated a little: a clock skew between processes must not make it "not yet valid".
    notBeforeDate: new Date(now - 60 * 60_000),
    notAfterDate: new Date(now + 30 * 24 * 60 * 60_000),
    extensions: [
      { name: 'basicConstraints', cA: true },
      { name: 'keyUsage', digitalSignature: true, keyCertSign: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 7, ip: '127.0.0.1' },
          { type: 2, value: 'localhost' },
        ],
      },
    ],
  })
  return { key: pems.private, cert: pems.cert }
}
