import { z } from 'zod'

// The first paint (ADR 0020): for a signed-in admin opening the endpoint list, the proxy's HTML already holds
// the frame of that page (header, navigation column, title and description) in the admin's language and
// colour scheme, so something meaningful shows while the scripts download; the SPA removes it when it renders
// the page (src/lib/first-paint.ts). Its words come from the SPA's own strings, written into the build by
// scripts/first-paint-plugin.ts.

const WordsSchema = z.object({ app: z.string(), title: z.string(), description: z.string() })
// Values that go into a <style>: nothing that could close it or start another rule.
const cssValue = z.string().regex(/^[\w\s#.,()*"'-]+$/)
const ColorsSchema = z.object({
  body: cssValue,
  text: cssValue,
  dimmed: cssValue,
  border: cssValue,
  heading: cssValue,
})
export const FirstPaintSchema = z.object({
  en: WordsSchema,
  fr: WordsSchema,
  look: z.object({
    fontFamily: cssValue,
    headingWeight: cssValue,
    titleSize: cssValue,
    titleLineHeight: cssValue,
    textSize: cssValue,
    textLineHeight: cssValue,
    spacing: cssValue,
    light: ColorsSchema,
    dark: ColorsSchema,
  }),
})
export type FirstPaint = z.infer<typeof FirstPaintSchema>
type Language = 'en' | 'fr'
type Scheme = 'light' | 'dark' | null

/** The pages whose frame it paints: the endpoint list, and `/`, which leads there. */
export function paintsFirst(url: string): boolean {
  const path = url.split('?')[0]
  return path === '/' || path === '/endpoints'
}

/**
 * The admin's language as the SPA will pick it (src/lib/language.ts): the choice it remembers in the
 * `console.language` cookie, else the first of the browser's languages the console speaks, else English.
 */
export function languageOf(cookie: string | undefined, acceptLanguage: string | undefined): Language {
  if (cookie === 'en' || cookie === 'fr') return cookie
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';')
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean)
      return { base: tag.toLowerCase().split('-')[0], q: q === undefined ? 1 : Number(q), index }
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
  for (const { base } of ranked) if (base === 'en' || base === 'fr') return base
  return 'en'
}

/** The scheme the admin chose in the console (`console.scheme` cookie); null follows the system's. */
export function schemeOf(cookie: string | undefined): Scheme {
  return cookie === 'light' || cookie === 'dark' ? cookie : null
}

const escapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}
const escape = (text: string) => text.replace(/[&<>"']/g, (c) => escapes[c] ?? c)

const colors = (c: FirstPaint['look']['light']) =>
  `--fp-body:${c.body};--fp-text:${c.text};--fp-dimmed:${c.dimmed};--fp-border:${c.border};--fp-heading:${c.heading}`

// Its own values (the theme's, written into the build), not Mantine's stylesheet: the frame paints before that
// has loaded. The scheme chosen in the console, else the system's, as Mantine's "auto" does.
function styles({ look }: FirstPaint): string {
  const md = look.spacing
  return `#first-paint{${colors(look.light)};position:fixed;inset:0;z-index:1000;overflow:hidden;margin:0;background:var(--fp-body);color:var(--fp-text);font-family:${look.fontFamily};-webkit-font-smoothing:antialiased}
@media (prefers-color-scheme:dark){html:not([data-mantine-color-scheme=light]) #first-paint{${colors(look.dark)}}}
html[data-mantine-color-scheme=dark] #first-paint{${colors(look.dark)}}
#first-paint .fp-header{position:absolute;inset:0 0 auto;height:60px;box-sizing:border-box;border-bottom:1px solid var(--fp-border);display:flex;align-items:center;gap:8px;padding:0 ${md};font-weight:700}
#first-paint .fp-nav{position:absolute;top:60px;bottom:0;left:0;width:220px;box-sizing:border-box;border-right:1px solid var(--fp-border)}
#first-paint .fp-main{padding:calc(60px + ${md}) ${md} 0 calc(220px + ${md})}
#first-paint h1{margin:0;color:var(--fp-heading);font-size:${look.titleSize};line-height:${look.titleLineHeight};font-weight:${look.headingWeight}}
#first-paint p{margin:4px 0 0;color:var(--fp-dimmed);font-size:${look.textSize};line-height:${look.textLineHeight}}
@media (max-width:47.99em){#first-paint .fp-nav{display:none}#first-paint .fp-main{padding-left:${md}}#first-paint .fp-header{padding-left:calc(${md} + 46px)}}
@media (max-width:35.99em){#first-paint .fp-name{display:none}}`
}

/** index.html with the frame of the endpoint list painted in, in `language` and `scheme`. */
export function firstPaintPage(index: string, paint: FirstPaint, language: Language, scheme: Scheme): string {
  const words = paint[language]
  const frame =
    `<div id="first-paint" aria-hidden="true"><style>${styles(paint)}</style>` +
    `<div class="fp-header"><img src="/favicon.svg" alt="" width="28" height="28"><span class="fp-name">${escape(words.app)}</span></div>` +
    `<div class="fp-nav"></div>` +
    `<div class="fp-main"><h1>${escape(words.title)}</h1><p>${escape(words.description)}</p></div></div>`
  const html = scheme
    ? `<html lang="${language}" data-mantine-color-scheme="${scheme}">`
    : `<html lang="${language}">`
  // The stylesheets move below the frame: in the head they would hold every paint until they load; in the
  // body they hold only what follows them (the SPA's root, whose scripts wait for them anyway).
  const sheets: string[] = []
  const head = index.replace(/\s*<link rel="stylesheet"[^>]*>/g, (link) => {
    sheets.push(link.trim())
    return ''
  })
  return head.replace(/<html[^>]*>/, html).replace('<body>', `<body>${frame}${sheets.join('')}`)
}
