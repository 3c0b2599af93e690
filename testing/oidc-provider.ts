import { createServer, type Server } from 'node:http'
import { exportJWK, generateKeyPair, SignJWT, type JWTPayload } from 'jose'
import Provider from 'oidc-provider'
import { freePort } from './ports.ts'

interface ProviderClient {
  id: string
  secret: string
  redirectUri: string
  /** Where the provider sends the browser after signing out there (RP-initiated logout). */
  postLogoutRedirectUri?: string
  /** Where it posts logout tokens (Back-Channel Logout 1.0); none: it sends none. */
  backchannelLogoutUri?: string
}

/** A real OpenID provider (oidc-provider, panva) on loopback, with users and their groups, for the tests. */
export async function startOidcProvider(client: ProviderClient) {
  const port = await freePort()
  const issuer = `http://127.0.0.1:${port}`
  const groups = new Map<string, string[]>()
  const noRefreshToken = new Set<string>()
  // Its signing keys, ours to know: a test can then sign a logout token as the provider would. The first
  // signs; rotateKeys() puts a new one first and keeps publishing the old one, as providers rotate.
  const newKey = async (kid: string) => {
    const { privateKey } = await generateKeyPair('RS256', { extractable: true })
    return { kid, privateKey, jwk: { ...(await exportJWK(privateKey)), kid, alg: 'RS256', use: 'sig' } }
  }
  const keys = [await newKey('test-key')]
  const make = () =>
    new Provider(issuer, {
      jwks: { keys: keys.map((key) => key.jwk) },
      clients: [
        {
          client_id: client.id,
          client_secret: client.secret,
          redirect_uris: [client.redirectUri],
          grant_types: ['authorization_code', 'refresh_token'],
          ...(client.postLogoutRedirectUri
            ? { post_logout_redirect_uris: [client.postLogoutRedirectUri] }
            : {}),
          ...(client.backchannelLogoutUri
            ? {
                backchannel_logout_uri: client.backchannelLogoutUri,
                backchannel_logout_session_required: true,
              }
            : {}),
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
      // As Keycloak and Entra ID do with offline_access: a refresh token at sign-in, with no second consent
      // prompt (oidc-provider by default drops offline_access unless the request says prompt=consent).
      // Google's way without access_type=offline, for the users named in `noRefreshToken`.
      issueRefreshToken: (_ctx, registered, code) =>
        registered.grantTypeAllowed('refresh_token') && !noRefreshToken.has(code.accountId ?? ''),
      // As Entra ID does: a new refresh token at each use, and one used twice revokes the whole grant.
      rotateRefreshToken: true,
      features: { backchannelLogout: { enabled: true } },
      // Its outgoing calls (the logout tokens) refuse loopback addresses against SSRF; here the console is one.
      fetch: (url, init) => {
        const options = { ...init }
        Reflect.deleteProperty(options, 'dispatcher')
        return globalThis.fetch(url, options)
      },
    })
  let provider = make()
  let server: Server = createServer(provider.callback())
  const listen = () => new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  const close = () => new Promise<void>((resolve) => server.close(() => resolve()))
  await listen()
  return {
    issuer,
    setUser: (sub: string, userGroups: string[]) => groups.set(sub, userGroups),
    /** From now on, this user's sign-ins get no refresh token. */
    withoutRefreshToken: (sub: string) => noRefreshToken.add(sub),
    /** The user is gone from the provider's directory: its refresh tokens are refused from then on. */
    removeUser: (sub: string) => groups.delete(sub),
    /** A JWT with these claims, signed with the provider's own key (the keys its JWKS publishes). */
    sign: (claims: JWTPayload) => {
      const [key] = keys
      if (!key) throw new Error('no signing key')
      return new SignJWT(claims)
        .setProtectedHeader({ alg: 'RS256', kid: key.kid, typ: 'logout+jwt' })
        .sign(key.privateKey)
    },
    /**
     * A new signing key, the old one still published: what a provider's key rotation looks like from outside.
     * The provider restarts with it (its sessions and grants, in memory, are gone; users and groups stay).
     */
    rotateKeys: async () => {
      keys.unshift(await newKey(`test-key-${keys.length + 1}`))
      await close()
      provider = make()
      server = createServer(provider.callback())
      await listen()
    },
    /** Unreachable for a while (its port closed), then back with all it knew. */
    pause: close,
    resume: () => {
      server = createServer(provider.callback())
      return listen()
    },
    close,
  }
}
