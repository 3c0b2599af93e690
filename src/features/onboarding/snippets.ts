import { queryOptions } from '@tanstack/react-query'
import { z } from 'zod/mini'
import { consoleCall } from '../../lib/console-client'
import snippetsUrl from './snippets.json?url'

export const snippetLanguages = ['node', 'python', 'php', 'csharp'] as const

/**
 * Receiver-side verification code for Lucca's scheme (snippets.json), each ending with the lucca-api.md §7.4
 * test vector so an integrator can run it as is and see `true`; the Node, Python and PHP ones are run in tests.
 * Text to show and copy, not code the SPA runs: a hashed asset fetched with the page, as the topic catalog is
 * (docs/decisions/0016-topic-catalog-data.md), rather than 2 KiB gz of every visitor's JS.
 */
export const snippetsQuery = queryOptions({
  queryKey: ['receiver-snippets'],
  queryFn: () =>
    consoleCall(
      'GET',
      snippetsUrl,
      z.object({ node: z.string(), python: z.string(), php: z.string(), csharp: z.string() }),
    ),
  staleTime: Infinity,
})
