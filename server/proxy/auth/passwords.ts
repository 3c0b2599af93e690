import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto'

/** OWASP password-storage cheat sheet: scrypt N=2^17, r=8, p=1. Tests may pass a lower cost. */
export const DEFAULT_COST = 2 ** 17

function derive(password: string, salt: Buffer, cost: number, r: number, p: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password, salt, 32, { N: cost, r, p, maxmem: 256 * cost * r + 1024 * 1024 }, (error, key) =>
      error ? reject(error) : resolve(key),
    )
  })
}

export async function hashPassword(password: string, cost = DEFAULT_COST): Promise<string> {
  const salt = randomBytes(16)
  const key = await derive(password, salt, cost, 8, 1)
  return ['scrypt', cost, 8, 1, salt.toString('base64url'), key.toString('base64url')].join('$')
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, cost, r, p, salt, key] = stored.split('$')
  if (scheme !== 'scrypt' || !cost || !r || !p || !salt || !key) return false
  const expected = Buffer.from(key, 'base64url')
  const actual = await derive(password, Buffer.from(salt, 'base64url'), Number(cost), Number(r), Number(p))
  return actual.length === expected.length && timingSafeEqual(actual, expected)
}

export function generatePassword(): string {
  return randomBytes(18).toString('base64url')
}
