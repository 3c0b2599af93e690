import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import fastifyStatic from '@fastify/static'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
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

/**
 * Serves the built SPA. Unknown API paths answer a 404 problem before the SPA fallback, so they can
 * never come back as 200 HTML.
 */
export async function staticFiles(app: FastifyInstance, staticDir: string): Promise<void> {
  const root = resolve(staticDir)
  const hasBuild = existsSync(resolve(root, 'index.html'))
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
    return reply.header('cache-control', 'no-cache').sendFile('index.html', root)
  })
}
