import { DEFAULT_THEME, mergeMantineTheme } from '@mantine/core'
import type { Plugin } from 'vite'
import { en as shellEn } from '../src/app/locales/en.ts'
import { fr as shellFr } from '../src/app/locales/fr.ts'
import { cssVariablesResolver, theme } from '../src/app/theme.ts'
import { en as endpointsEn } from '../src/features/endpoints/locales/en.ts'
import { fr as endpointsFr } from '../src/features/endpoints/locales/fr.ts'

const merged = mergeMantineTheme(DEFAULT_THEME, theme)
const sized = (value: string) => value.replaceAll('var(--mantine-scale)', String(merged.scale))
const resolved = cssVariablesResolver(merged)
/** The console's own dimmed tone (theme.ts darkens Mantine's for contrast), `var(--mantine-color-gray-7)` read. */
function dimmed(scheme: 'light' | 'dark', fallback: string): string {
  const match = /^var\(--mantine-color-(\w+)-(\d)\)$/.exec(resolved[scheme]['--mantine-color-dimmed'] ?? '')
  return (match && merged.colors[match[1] ?? '']?.[Number(match[2])]) ?? fallback
}

/**
 * The first screen's frame as the SPA draws it: its words in each language, from the SPA's own strings, and
 * its look, from the console's Mantine theme (the values Mantine's CSS variables take in each scheme; the
 * frame paints before that stylesheet has loaded). The proxy paints it (server/proxy/first-paint.ts).
 */
export const firstPaintFrame = {
  en: { app: shellEn.app.name, title: endpointsEn.list.title, description: endpointsEn.list.description },
  fr: { app: shellFr.app.name, title: endpointsFr.list.title, description: endpointsFr.list.description },
  look: {
    fontFamily: merged.fontFamily,
    headingWeight: merged.headings.fontWeight,
    titleSize: sized(merged.headings.sizes.h2.fontSize),
    titleLineHeight: String(merged.headings.sizes.h2.lineHeight),
    textSize: sized(merged.fontSizes.sm),
    textLineHeight: String(merged.lineHeights.sm),
    spacing: sized(merged.spacing.md),
    // Mantine's body, text and dimmed colours; the frame's borders (app-frame.module.css); headings in dark
    // mode stand out from the text (global.css).
    light: {
      body: merged.white,
      text: merged.black,
      dimmed: dimmed('light', merged.colors.gray[6]),
      border: merged.colors.gray[3],
      heading: merged.black,
    },
    dark: {
      body: merged.colors.dark[7],
      text: merged.colors.dark[0],
      dimmed: dimmed('dark', merged.colors.dark[2]),
      border: merged.colors.dark[4],
      heading: merged.colors.gray[0],
    },
  },
}

/** Writes `first-paint.json` into the build (firstPaintFrame), for the proxy to read at start-up. */
export function firstPaint(): Plugin {
  return {
    name: 'console-first-paint',
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'first-paint.json', source: JSON.stringify(firstPaintFrame) })
    },
  }
}
