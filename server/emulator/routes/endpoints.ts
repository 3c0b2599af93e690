import { randomBytes } from 'node:crypto'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { EmulatorContext } from '../context.ts'
import { runChallenge } from '../delivery/challenge.ts'
import { baseUrl, siteOf } from '../http/base-url.ts'
import { checkIfMatch, etagOf, sendCacheable } from '../http/etag.ts'
import { paginate, parsePaging } from '../http/paging.ts'
import { fieldError, notFound } from '../http/problem.ts'
import { parseInclude, queryList, queryValue } from '../http/query.ts'
import { endpointView, noInclude } from '../representations.ts'
import type { EndpointRecord } from '../store/records.ts'
import { parseEndpointCreate, parseEndpointPatch } from '../validation.ts'

const read = ['webhook-endpoints.readonly', 'webhook-endpoints.readwrite'] as const
const write = ['webhook-endpoints.readwrite'] as const
const statuses = ['active', 'suspended', 'inactive'] as const

/** lucca-api.md §6.1–§6.5. */
export async function endpointRoutes(app: FastifyInstance, ctx: EmulatorContext): Promise<void> {
  const path = '/webhook-endpoints'
  const { variant } = ctx.settings
  const site = (request: FastifyRequest) => siteOf(request, variant)
  // Served at the last segment of its `url` only, which is not always its id (variants.ts).
  const find = (key: string) => {
    const endpoint = [...ctx.store.endpoints.values()].find((e) => variant.endpointKey(e.id) === key)
    if (!endpoint) throw notFound('webhook-endpoint', key)
    return endpoint
  }
  const etag = (request: FastifyRequest, endpoint: EndpointRecord) =>
    etagOf(endpointView(site(request), endpoint, noInclude), variant.etagStyle)
  const challenge = async (webhookUrl: string) => {
    const result = await runChallenge(webhookUrl, ctx)
    if (!result.ok) throw fieldError('webhookUrl', `Activation challenge failed: ${result.reason}`)
  }

  app.get(path, { config: { scopes: read } }, async (request, reply) => {
    const include = parseInclude(request)
    const status = queryList(request, 'status', statuses)
    const applicationId = queryValue(request, 'application.id')
    const paging = parsePaging(request, { status, applicationId }, ctx.cursors)
    const all = ctx.store.endpoints
      .listed()
      .filter(
        (e) =>
          (!status || status.includes(e.status)) &&
          (applicationId === undefined || e.applicationId === applicationId),
      )
    const page = paginate(request, all, paging, include)
    const body = {
      type: 'webhook-endpoints' as const,
      url: `${baseUrl(request)}${request.url}`,
      ...page,
      items: page.items.map((e) => endpointView(site(request), e, include)),
      ...(include.has('embedded') ? { embedded: {} } : {}),
    }
    return sendCacheable(request, reply, body, etagOf(body, variant.etagStyle))
  })

  app.post(path, { config: { scopes: write } }, async (request, reply) => {
    const input = parseEndpointCreate(request.body, ctx.settings)
    if (input.status === 'active') await challenge(input.webhookUrl)
    const now = new Date(ctx.clock.now()).toISOString()
    const id = ctx.store.nextId('endpoint')
    const endpoint: EndpointRecord = {
      id,
      ...(input.name === undefined ? {} : { name: input.name }),
      apiVersion: input.apiVersion ?? variant.apiVersions[0],
      webhookUrl: input.webhookUrl,
      topics: input.topics,
      businessEstablishments: input.businessEstablishments?.map((be) => ({ id: be.id })) ?? null,
      status: input.status ?? 'inactive',
      contentType: input.contentType ?? 'default',
      secret: randomBytes(48).toString('base64url'),
      applicationId: request.grant?.applicationId ?? 'unknown',
      createdAt: now,
      lastUpdatedAt: now,
      consecutiveFailures: 0,
    }
    ctx.store.endpoints.set(id, endpoint)
    ctx.store.changed()
    const view = endpointView(site(request), endpoint, parseInclude(request))
    return reply
      .code(201)
      .header('location', view.url)
      .header('etag', etag(request, endpoint))
      .send({ ...view, secret: endpoint.secret })
  })

  app.get<{ Params: { key: string } }>(
    `${path}/:key`,
    { config: { scopes: read } },
    async (request, reply) => {
      const include = parseInclude(request)
      const endpoint = find(request.params.key)
      return sendCacheable(
        request,
        reply,
        endpointView(site(request), endpoint, include),
        etag(request, endpoint),
      )
    },
  )

  app.patch<{ Params: { key: string } }>(
    `${path}/:key`,
    { config: { scopes: write } },
    async (request, reply) => {
      const include = parseInclude(request)
      const endpoint = find(request.params.key)
      checkIfMatch(request, etag(request, endpoint))
      const input = parseEndpointPatch(request.body, ctx.settings)
      const activating = input.status === 'active' && endpoint.status !== 'active'
      const newUrlWhileActive =
        input.webhookUrl !== undefined &&
        input.webhookUrl !== endpoint.webhookUrl &&
        endpoint.status === 'active'
      const staysActive = input.status === undefined || input.status === 'active'
      if (activating || (newUrlWhileActive && staysActive))
        await challenge(input.webhookUrl ?? endpoint.webhookUrl)
      // The record may have been deleted while the challenge ran.
      if (ctx.store.endpoints.get(endpoint.id) !== endpoint) throw notFound('webhook-endpoint', endpoint.id)
      const { status, businessEstablishments, ...rest } = input
      Object.assign(endpoint, rest)
      if (businessEstablishments !== undefined) {
        endpoint.businessEstablishments = businessEstablishments?.map((be) => ({ id: be.id })) ?? null
      }
      endpoint.lastUpdatedAt = new Date(ctx.clock.now()).toISOString()
      if (activating) ctx.engine.activate(endpoint)
      if (status === 'inactive' && endpoint.status !== 'inactive') {
        endpoint.status = 'inactive'
        ctx.engine.failPending(endpoint.id)
      }
      ctx.store.changed()
      return reply
        .header('etag', etag(request, endpoint))
        .send(endpointView(site(request), endpoint, include))
    },
  )

  app.delete<{ Params: { key: string } }>(
    `${path}/:key`,
    { config: { scopes: write } },
    async (request, reply) => {
      const endpoint = find(request.params.key)
      checkIfMatch(request, etag(request, endpoint))
      ctx.store.endpoints.delete(endpoint.id)
      ctx.engine.failPending(endpoint.id)
      ctx.store.changed()
      return reply.code(204).send()
    },
  )
}
