import { afterAll, beforeAll, expect, test } from 'vitest'
import { category, startAttackTarget, type AttackCase, type AttackTarget } from './fixture.ts'

// Request targets and methods an attacker uses to reach something other than the 12 allowed webhook
// routes. Every case is sent byte for byte (no URL normalisation) with a valid admin session, so only
// the path and method decide. `bad-request`: refused by the request-shape check for every path;
// `bad-path`: by the /lucca-api target guard; `not-allowed`: by the route table.
const E = '/lucca-api/webhook-endpoints'

const dotSegmentTargets: [name: string, target: string][] = [
  ['%2e%2e', `${E}/%2e%2e/events`],
  ['%2E%2E', `${E}/%2E%2E/events`],
  ['%2e. mixed', `${E}/%2e./events`],
  ['.%2E mixed', `${E}/.%2E/events`],
  ['%252e double-encoded', `${E}/%252e%252e/events`],
  ['%25252e triple-encoded', `${E}/%25252e%25252e/events`],
  ['overlong UTF-8 %c0%ae', `${E}/%c0%ae%c0%ae/events`],
  ['overlong UTF-8 %C0%AE', `${E}/%C0%AE%C0%AE/events`],
  ['overlong 3-byte %e0%80%ae', `${E}/%e0%80%ae%e0%80%ae/events`],
  ['full-width dots U+FF0E', `${E}/%ef%bc%8e%ef%bc%8e/events`],
  ['two-dot leader U+2025', `${E}/%e2%80%a5/events`],
  ['IIS %u002e', `${E}/%u002e%u002e/events`],
  ['.. then %2f', `${E}/..%2fevents`],
  ['.. then %2F', `${E}/..%2Fevents`],
  ['.. then %5c', `${E}/..%5cevents`],
  ['raw backslashes', `${E}\\..\\events`],
  ['.. then raw backslash', `${E}/..\\events`],
  ['/lucca-api/../admin', '/lucca-api/../admin'],
  ['two levels up', `${E}/../../x`],
  ['trailing /.', `${E}/.`],
  ['trailing /..', `${E}/12/..`],
  ['id then /.', `${E}/12/.`],
  ['%2e%2e after an id', `${E}/12/%2e%2e`],
  ['/api/.. into lucca-api', '/api/../lucca-api/users'],
  ['traversal to a file', '/..%2f..%2fetc/passwd'],
  ['traversal from assets', '/assets/%2e%2e/%2e%2e/etc/passwd'],
]
const dotSegments = dotSegmentTargets.map(([name, target]) => ({
  name: `dot segment: ${name}`,
  target,
  status: 400,
  reason: 'bad-request',
}))

const separatorTargets: [name: string, target: string, reason: string][] = [
  ['// after the prefix', '/lucca-api//webhook-endpoints', 'bad-request'],
  ['// before an id', `${E}//12`, 'bad-request'],
  ['leading ///', '///lucca-api/webhook-endpoints', 'bad-request'],
  ['%00 after an id', `${E}/12%00`, 'bad-request'],
  ['%00 before an extension', `${E}/12%00.json`, 'bad-request'],
  ['%2f instead of /', `${E}%2f12`, 'bad-request'],
  ['%2F instead of /', `${E}%2F12`, 'bad-request'],
  ['# fragment with traversal', `${E}/12#/../../events`, 'bad-request'],
  ['?# empty query and fragment', `${E}/12?#x`, 'bad-request'],
  ['%25 in the path', `${E}/12%2541`, 'bad-request'],
  ['; matrix parameter after an id', `${E}/12;jsessionid=x`, 'bad-path'],
  ['; matrix parameter mid-path', `${E};/12`, 'bad-path'],
  ['..; (Tomcat) segment', `${E}/..;/events`, 'bad-path'],
  ['encoded ?', `${E}%3f/12`, 'bad-path'],
  ['encoded ? after an id', `${E}/12%3flimit=1`, 'bad-path'],
  ['encoded #', `${E}/12%23`, 'bad-path'],
  ['encoded space as id', `${E}/%20`, 'bad-path'],
  ['trailing slash', `${E}/`, 'bad-path'],
  ['bare prefix', '/lucca-api', 'bad-path'],
  ['prefix and slash', '/lucca-api/', 'bad-path'],
  ['extension on the collection', `${E}.json`, 'bad-path'],
  ['extension on an id', `${E}/12.json`, 'bad-path'],
  ['tilde id', `${E}/~1`, 'bad-path'],
  ['shell characters in an id', `${E}/$(id)`, 'bad-path'],
  ['encoded letter', '/lucca-api/%77ebhook-endpoints', 'bad-path'],
]
const separators = separatorTargets.map(([name, target, reason]) => ({
  name: `separator: ${name}`,
  target,
  status: 400,
  reason,
}))

const outsideTargets: [name: string, target: string, reason: string | null][] = [
  ['employees', '/lucca-api/employees', 'not-allowed'],
  ['users by id', '/lucca-api/users/1', 'not-allowed'],
  ['a sub-resource of an endpoint', `${E}/12/secret`, 'not-allowed'],
  ['the emulator control API', '/lucca-api/_emulator/outbox', 'not-allowed'],
  ['the token endpoint under the prefix', '/lucca-api/connect/token', 'not-allowed'],
  ['Webhook-Endpoints (case)', '/lucca-api/Webhook-Endpoints', 'not-allowed'],
  ['WEBHOOK-ENDPOINTS/12 (case)', '/lucca-api/WEBHOOK-ENDPOINTS/12', 'not-allowed'],
  ['an id longer than 64', `/lucca-api/events/${'a'.repeat(65)}`, 'not-allowed'],
  ['LUCCA-API prefix (case)', '/LUCCA-API/webhook-endpoints', null],
  ['Lucca-Api prefix (case)', '/Lucca-Api/webhook-endpoints/12', null],
  ['a longer prefix', '/lucca-apix/webhook-endpoints', null],
]
// The last three never reach the /lucca-api handler (Fastify routes are case-sensitive): the catch-all
// still answers them with a 404 problem, never the SPA's HTML.
const outsideTable = outsideTargets.map(([name, target, reason]) => ({
  name: `outside the allow-list: ${name}`,
  target,
  status: 404,
  ...(reason ? { reason } : {}),
}))

const absoluteTargets: [name: string, target: string][] = [
  ['http://evil.example', `http://evil.example${E}`],
  ['https://127.0.0.1', `https://127.0.0.1${E}`],
  ['credentials in the URL', `http://user:pass@evil.example${E}`],
  ['scheme-relative //evil.example', `//evil.example${E}`],
  ['authority form on GET', 'evil.example:443'],
  ['asterisk form on GET', '*'],
]
const absoluteForm = absoluteTargets.map(([name, target]) => ({
  name: `absolute form: ${name}`,
  target,
  status: 400,
  reason: 'bad-request',
}))

const methods = category('method', [
  { name: 'CONNECT to a host', method: 'CONNECT', target: 'evil.example:443', status: 405 },
  { name: 'CONNECT to a path', method: 'CONNECT', target: E, status: 405 },
  { name: 'TRACE on a collection', method: 'TRACE', target: E, status: 405, reason: 'not-allowed' },
  { name: 'TRACE on the SPA', method: 'TRACE', target: '/', status: 404 },
  { name: 'OPTIONS on a collection', method: 'OPTIONS', target: E, status: 405, reason: 'not-allowed' },
  { name: 'OPTIONS on an item', method: 'OPTIONS', target: `${E}/12`, status: 405, reason: 'not-allowed' },
  { name: 'OPTIONS *', method: 'OPTIONS', target: '*', status: 400, reason: 'bad-request' },
  { name: 'HEAD on a collection', method: 'HEAD', target: E, status: 405 },
  { name: 'PUT on an item', method: 'PUT', target: `${E}/12`, status: 405, reason: 'not-allowed' },
  { name: 'DELETE on a collection', method: 'DELETE', target: E, status: 405, reason: 'not-allowed' },
  { name: 'POST on events', method: 'POST', target: '/lucca-api/events', status: 405, reason: 'not-allowed' },
  {
    name: 'PATCH on a delivery',
    method: 'PATCH',
    target: '/lucca-api/webhook-deliveries/12',
    status: 405,
    reason: 'not-allowed',
  },
  { name: 'DELETE on an event', method: 'DELETE', target: '/lucca-api/events/12', status: 405 },
  { name: 'POST on attempts', method: 'POST', target: '/lucca-api/webhook-delivery-attempts', status: 405 },
  { name: 'PROPFIND (WebDAV)', method: 'PROPFIND', target: E, status: 404 },
  { name: 'SEARCH', method: 'SEARCH', target: E, status: 404 },
  { name: 'PURGE (cache)', method: 'PURGE', target: E, status: 404 },
  {
    name: 'QUERY with a body',
    method: 'QUERY',
    target: E,
    headers: [['Content-Type', 'application/json']],
    body: '{}',
    status: 405,
  },
  { name: 'unknown method FOO', method: 'FOO', target: E, status: 501 },
  { name: 'lower-case get', method: 'get', target: E, status: 501 },
  { name: 'method with a NUL', method: 'GE\u0000T', target: E, status: 501 },
])

const overrideCases: [name: string, method: string, target: string, headers: [string, string][]][] = [
  ['X-HTTP-Method-Override on POST', 'POST', `${E}/12`, [['X-HTTP-Method-Override', 'DELETE']]],
  ['X-HTTP-Method-Override on GET', 'GET', `${E}/12`, [['X-HTTP-Method-Override', 'DELETE']]],
  ['X-Method-Override', 'POST', `${E}/12`, [['X-Method-Override', 'PATCH']]],
  ['X-HTTP-Method', 'POST', `${E}/12`, [['X-HTTP-Method', 'DELETE']]],
  ['lower-case header name', 'GET', E, [['x-http-method-override', 'POST']]],
  ['_method=DELETE on GET', 'GET', `${E}/12?_method=DELETE`, []],
  ['_method=PUT on POST', 'POST', `${E}?_method=PUT`, []],
  ['_method on the sign-out', 'POST', '/api/session?_method=DELETE', []],
]
const overrides = overrideCases.map(([name, method, target, headers]) => ({
  name: `method override: ${name}`,
  method,
  target,
  headers,
  status: 400,
  reason: 'bad-request',
}))

// Controls: the same proxy does forward what is allowed, so the refusals above are not a broken setup.
// Endpoint 1 and event 1 exist (fixture.ts), so Lucca's answers are its successes, but for an id
// of a shape the emulator never gives out.
const allowed: AttackCase[] = [
  { name: 'allowed: list endpoints', status: 200, forwards: `GET ${E}` },
  { name: 'allowed: one endpoint', target: `${E}/1`, status: 200, forwards: `GET ${E}/1` },
  {
    name: 'allowed: an event with include',
    target: '/lucca-api/events/1?include=links',
    status: 200,
    forwards: 'GET /lucca-api/events/1?include=links',
  },
  {
    name: 'allowed: an id with an underscore, which Lucca does not know',
    target: '/lucca-api/events/evt_01?include=links',
    status: 404,
    forwards: 'GET /lucca-api/events/evt_01?include=links',
  },
  {
    name: 'allowed: delete an endpoint',
    method: 'DELETE',
    target: `${E}/1`,
    status: 204,
    forwards: `DELETE ${E}/1`,
  },
]

const corpus: AttackCase[] = [
  ...dotSegments,
  ...separators,
  ...outsideTable,
  ...absoluteForm,
  ...methods,
  ...overrides,
  ...allowed,
]

let target: AttackTarget
beforeAll(async () => {
  target = await startAttackTarget()
})
afterAll(async () => {
  await target.finish()
})

test('the path corpus is broad', () => {
  expect(corpus.length).toBeGreaterThanOrEqual(90)
  expect(new Set(corpus.map((attack) => attack.name)).size).toBe(corpus.length)
})

test.each(corpus)('$name → $status', async (attack) => {
  const answer = await target.run(attack)
  if (attack.status === 405 && attack.reason === 'not-allowed') {
    // A 405 names what the route does allow, so a client learns the right method rather than guessing.
    expect(answer.headers.allow).toMatch(/^(GET|POST|PATCH|DELETE)(, (GET|POST|PATCH|DELETE))*$/)
  }
})
