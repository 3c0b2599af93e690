import { createServer, type Server } from 'node:http'
import Provider from 'oidc-provider'
import { freePort } from './ports.ts'

/** A real OpenID provider (oidc-provider, panva) on loopback, with users and their groups, for the tests. */
export async function startOidcProvider(client: { id: string; secret: string; redirectUri: string }) {
  const port = await freePort()
  const issuer = `http://127.0.0.1:${port}`
  const groups = new Map<string, string[]>()
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: client.id,
        client_secret: client.secret,
        redirect_uris: [client.redirectUri],
        grant_types: ['authorization_code', 'refresh_token'],
      },
    ],
    claims: { openid: ['sub'], email: ['email'], profile: ['groups'] },
    findAccount: (_ctx, sub) =>
      groups.has(sub)
        ? { accountId: sub, claims: () => ({ sub, email: `${sub}@example.com`, groups: groups.get(sub) }) }
        : undefined,
    pkce: { required: () => true },
    // As Entra ID and Keycloak do: the groups in the ID token itself, not only from userinfo.
    conformIdTokenClaims: false,
  })
  const server: Server = createServer(provider.callback())
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  return {
    issuer,
    setUser: (sub: string, userGroups: string[]) => groups.set(sub, userGroups),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
