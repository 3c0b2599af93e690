import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib'
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { parse } from 'yaml'

export interface CheckedResponse {
  method: string
  /** Request path, query string allowed. */
  url: string
  status: number
  headers: Record<string, string | string[] | number | undefined>
  body: Buffer | string
}

/** A status Lucca documents that the contract file does not declare, checked as a declared one. */
interface StatusAlias {
  method: string
  path: string
  status: number
  checkedAs: number
}

type Json = Record<string, unknown>
const specFile = join(import.meta.dirname, '../contract/openapi.yaml')

/**
 * Checks real responses against contract/openapi.yaml with Ajv (JSON Schema 2020-12, the dialect of OpenAPI
 * 3.1): the route, status and media type must be declared, the body must match its schema, and declared
 * headers must be present when required and valid when present. Returns the violations, empty when fine.
 */
export function createContractValidator(
  file = specFile,
  aliases: readonly StatusAlias[] = [],
): (response: CheckedResponse) => string[] {
  const spec = parse(readFileSync(file, 'utf8')) as Json
  // OpenAPI-only keywords (example, x-*) are not JSON Schema; strict mode would reject them.
  const ajv = new Ajv2020({ strict: false, allErrors: true })
  addFormats.default(ajv)
  ajv.addSchema(spec, 'openapi')
  const compiled = new Map<string, ValidateFunction>()
  const validatorFor = (pointer: string) => {
    let validate = compiled.get(pointer)
    if (!validate) {
      validate = ajv.compile({ $ref: `openapi#${pointer}` })
      compiled.set(pointer, validate)
    }
    return validate
  }
  const paths = (spec.paths ?? {}) as Record<string, Json>
  const templates = Object.keys(paths).map((template) => ({
    template,
    pattern: new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`),
  }))

  return (response) => {
    const path = response.url.split('?')[0] ?? ''
    const method = response.method.toLowerCase() === 'head' ? 'get' : response.method.toLowerCase()
    const where = `${response.method} ${path} → ${response.status}`
    const template = templates.find((t) => t.pattern.test(path))?.template
    if (!template) return [`${where}: path not in the contract`]
    if (!(paths[template] ?? {})[method]) return [`${where}: method not in the contract`]
    const responsesPointer = `/paths/${escape(template)}/${method}/responses`
    const responses = resolve(spec, responsesPointer) as Json
    const status =
      aliases.find((a) => a.method === response.method && a.path === path && a.status === response.status)
        ?.checkedAs ?? response.status
    const key = String(status) in responses ? String(status) : 'default' in responses ? 'default' : undefined
    if (!key) return [`${where}: status not declared`]
    const [declaredPointer, declared] = follow(spec, `${responsesPointer}/${key}`)
    const violations = [
      ...checkHeaders(spec, declared, declaredPointer, response, validatorFor),
      ...checkBody(declared, declaredPointer, response, validatorFor),
    ]
    return violations.map((v) => `${where}: ${v}`)
  }
}

function checkHeaders(
  spec: Json,
  declared: Json,
  pointer: string,
  response: CheckedResponse,
  validatorFor: (pointer: string) => ValidateFunction,
): string[] {
  const headers = (declared.headers ?? {}) as Record<string, Json>
  const violations: string[] = []
  for (const name of Object.keys(headers)) {
    const [headerPointer, header] = follow(spec, `${pointer}/headers/${escape(name)}`)
    const value = response.headers[name.toLowerCase()]
    if (value === undefined) {
      if (header.required === true) violations.push(`missing header ${name}`)
      continue
    }
    const typed = (header.schema as Json | undefined)?.type === 'integer' ? Number(value) : String(value)
    const validate = validatorFor(`${headerPointer}/schema`)
    if (!validate(typed)) violations.push(`header ${name}: ${ajvText(validate)}`)
  }
  return violations
}

function checkBody(
  declared: Json,
  pointer: string,
  response: CheckedResponse,
  validatorFor: (pointer: string) => ValidateFunction,
): string[] {
  const raw = decode(response)
  const content = declared.content as Record<string, Json> | undefined
  if (!content) return raw.length === 0 ? [] : ['a body was sent where the contract declares none']
  const mediaType =
    String(response.headers['content-type'] ?? '')
      .split(';')[0]
      ?.trim() ?? ''
  if (!(mediaType in content))
    return [`content-type "${mediaType}" not declared (${Object.keys(content).join(', ')})`]
  let body: unknown
  try {
    body = JSON.parse(raw.toString('utf8'))
  } catch {
    return ['the body is not JSON']
  }
  const validate = validatorFor(`${pointer}/content/${escape(mediaType)}/schema`)
  return validate(body) ? [] : [ajvText(validate)]
}

/** Resolves a JSON pointer, following `$ref`s; returns the final pointer and the object. */
function follow(spec: Json, pointer: string): [string, Json] {
  let current = pointer
  let node = resolve(spec, current) as Json
  while (typeof node.$ref === 'string') {
    current = node.$ref.replace(/^#/, '')
    node = resolve(spec, current) as Json
  }
  return [current, node]
}

function resolve(spec: Json, pointer: string): unknown {
  return pointer
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce<unknown>((node, part) => (node as Json | undefined)?.[part], spec)
}

function escape(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1')
}

function decode(response: CheckedResponse): Buffer {
  const raw = Buffer.isBuffer(response.body) ? response.body : Buffer.from(response.body)
  const encoding = response.headers['content-encoding']
  if (encoding === 'gzip') return gunzipSync(raw)
  if (encoding === 'br') return brotliDecompressSync(raw)
  if (encoding === 'deflate') return inflateSync(raw)
  return raw
}

function ajvText(validate: ValidateFunction): string {
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`).join('; ')
}
