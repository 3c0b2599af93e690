import type { Plugin } from 'vite'

// The first screen's English strings (vite.config.ts names the chunk; src/app/i18n.ts reads it at start).
const firstScreenStrings = /^assets\/strings-first-en-[\w-]+\.js$/

/**
 * Lists the first screen's English strings in index.html as a module preload, so the browser fetches them
 * beside the entry instead of after running it: one round trip less before the first screen shows. A French
 * visit fetches these few kilobytes for nothing, and its own strings as before.
 */
export function preloadFirstScreenStrings(): Plugin {
  return {
    name: 'console-preload-first-screen-strings',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const file = Object.keys(context.bundle ?? {}).find((name) => firstScreenStrings.test(name))
        if (!file) throw new Error('The build has no strings-first-en chunk to preload (see vite.config.ts)')
        return [
          {
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` },
            injectTo: 'head',
          },
        ]
      },
    },
  }
}
