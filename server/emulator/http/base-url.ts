import type { FastifyRequest } from 'fastify'
import type { Variant } from '../variants.ts'

declare module 'fastify' {
  interface FastifyInstance {
    /** lucca-api.md §1 [E]: the configured public base URL, if any. */
    publicBaseUrl: string | undefined
  }
}

/** Absolute URLs use the configured public base URL, else the request's scheme and Host. */
export function baseUrl(request: FastifyRequest): string {
  return request.server.publicBaseUrl ?? `${request.protocol}://${request.host}`
}

export function requestUrl(request: FastifyRequest): string {
  return `${baseUrl(request)}${request.url}`
}

/** The origin of absolute URLs, and the variant that decides some of the values (variants.ts). */
export interface Site {
  base: string
  variant: Variant
}

/** What the representations need from a request: the base of their URLs, and the emulator's variant. */
export function siteOf(request: FastifyRequest, variant: Variant): Site {
  return { base: baseUrl(request), variant }
}
