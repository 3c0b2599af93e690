import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { brotliCompressSync, gzipSync } from 'node:zlib'
import fastifyStatic from '@fastify/static'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import {
  FirstPaintSchema,
  firstPaintPage,
  languageOf,
  paintsFirst,
  schemeOf,
  type FirstPaint,
} from './first-paint.ts'
import { sendProblem } from './problem.ts'

const API_PREFIXES = ['/api', '/lucca-api', '/healthz', '/readyz']

// Generous on purpose: anything that looks like an API path, encoded or not, must not get the SPA's HTML.
function isApi(url: string): boolean {
  let path = url.split('?')[0] ?? ''
  try {
    path = decodeURIComponent(path)
  } catch {
    return true
  }
  path = path.toLowerCase()
  // '//host/...' is how open-redirect and cache-poisoning probes look; they get a 404, not the app.
  return (
    path.startsWith('//') ||
    path.includes('lucca-api') ||
    API_PREFIXES.some((prefix) => path.startsWith(prefix))
  )
}

// A file the build would have made, e.g. the chunk an open tab asks for after a new version was deployed:
// it must get a 404 the page can handle, not index.html, which a browser refuses as a script or stylesheet.
function isAsset(url: string): boolean {
  const path = url.split('?')[0] ?? ''
  return path.startsWith('/assets/') || /\.(?:m?js|css|map|png|svg|ico|webp|woff2?|br|gz)$/i.test(path)
}

/** The build's first paint (scripts/first-paint-plugin.ts), when it has one. */
function readFirstPaint(root: string): { index: string; paint: FirstPaint } | null {
  const file = resolve(root, 'first-paint.json')
  if (!existsSync(file)) return null
  const paint = FirstPaintSchema.parse(JSON.parse(readFileSync(file, 'utf8')))
  return { index: readFileSync(resolve(root, 'index.html'), 'utf8'), paint }
}

/** The page as the browser accepts it: brotli, gzip or plain (each built once per language and scheme). */
function encoded(cache: Map<string, Buffer>, key: string, html: () => string, accept: string) {
  const encoding = /\bbr\b/.test(accept) ? 'br' : /\bgzip\b/.test(accept) ? 'gzip' : 'identity'
  const cacheKey = `${key}:${encoding}`
  let body = cache.get(cacheKey)
  if (!body) {
    const plain = Buffer.from(html())
    body = encoding === 'br' ? brotliCompressSync(plain) : encoding === 'gzip' ? gzipSync(plain) : plain
    cache.set(cacheKey, body)
  }
  return { encoding, body }
}

/**
 * Serves the built SPA. Unknown API paths answer a 404 problem before the SPA fallback, so they can
 * never come back as 200 HTML. A signed-in admin opening the endpoint list gets its frame painted in the HTML
 * (first-paint.ts); `signedIn` says who is.
 */
export async function staticFiles(
  app: FastifyInstance,
  staticDir: string,
  signedIn: (request: FastifyRequest) => Promise<boolean> = async () => false,
): Promise<void> {
  const root = resolve(staticDir)
  const hasBuild = existsSync(resolve(root, 'index.html'))
  const firstPaint = hasBuild ? readFirstPaint(root) : null
  const pages = new Map<string, Buffer>()
  if (hasBuild) {
    await app.register(fastifyStatic, {
      root,
      wildcard: false,
      index: false,
      // The build writes .br and .gz twins of every asset (scripts/precompress-plugin.ts).
      preCompressed: true,
      setHeaders: (res, path) => {
        // Vite puts a content hash in every asset name, so they never change under the same URL.
        const immutable = path.startsWith(resolve(root, 'assets'))
        res.header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache')
      },
    })
  }
  app.setNotFoundHandler(async (request: FastifyRequest, reply: FastifyReply) => {
    if (isApi(request.url)) return sendProblem(reply, 404, 'Not found')
    if (!hasBuild || isAsset(request.url) || (request.method !== 'GET' && request.method !== 'HEAD')) {
      return sendProblem(reply, 404, hasBuild ? 'Not found' : 'The SPA is not built: run npm run build')
    }
    if (
      firstPaint &&
      request.method === 'GET' &&
      paintsFirst(request.url) &&
      (await signedIn(request).catch(() => false))
    ) {
      const language = languageOf(request.cookies['console.language'], request.headers['accept-language'])
      const scheme = schemeOf(request.cookies['console.scheme'])
      const { encoding, body } = encoded(
        pages,
        `${language}:${scheme ?? 'auto'}`,
        () => firstPaintPage(firstPaint.index, firstPaint.paint, language, scheme),
        String(request.headers['accept-encoding'] ?? ''),
      )
      if (encoding !== 'identity') reply.header('content-encoding', encoding)
      return reply
        .header('cache-control', 'no-cache')
        .header('vary', 'Cookie, Accept-Language, Accept-Encoding')
        .type('text/html; charset=utf-8')
        .send(body)
    }
    return reply.header('cache-control', 'no-cache').sendFile('index.html', root)
  })
}
