import type { FastifyRequest } from 'fastify'
import { fieldError } from './problem.ts'

type Query = Record<string, string | string[] | undefined>

/** One query value; a repeated parameter is a client mistake, not something to guess about. */
export function queryValue(request: FastifyRequest, name: string): string | undefined {
  const value = (request.query as Query)[name]
  if (Array.isArray(value)) throw fieldError(name, `The ${name} parameter must be given once.`)
  return value
}

/** Lucca's comma-separated lists (`status=active,inactive`), checked against allowed values if given. */
export function queryList<T extends string>(
  request: FastifyRequest,
  name: string,
  allowed?: readonly T[],
): T[] | undefined {
  const raw = queryValue(request, name)
  if (raw === undefined) return undefined
  const items = raw.split(',').map((item) => item.trim())
  if (items.some((item) => item === '')) throw fieldError(name, `The ${name} parameter has an empty value.`)
  if (allowed) {
    const bad = items.find((item) => !allowed.includes(item as T))
    if (bad !== undefined) {
      throw fieldError(name, `"${bad.slice(0, 50)}" is not one of: ${allowed.join(', ')}.`)
    }
  }
  return items as T[]
}

const includeValues = ['embedded', 'links', 'totalCount'] as const
export type Include = Set<(typeof includeValues)[number]>

export function parseInclude(request: FastifyRequest): Include {
  return new Set(queryList(request, 'include', includeValues) ?? [])
}

/** Collections carry one `embedded` dictionary for the page, not one per item. */
export function withoutEmbedded(include: Include): Include {
  return new Set([...include].filter((part) => part !== 'embedded'))
}

/** `Accept: application/cloudevents-batch+json` selects the bare CloudEvents array (lucca-api.md §6.7, 6.12). */
export function wantsCloudEvents(request: FastifyRequest): boolean {
  return request.headers.accept?.includes('application/cloudevents-batch+json') ?? false
}
