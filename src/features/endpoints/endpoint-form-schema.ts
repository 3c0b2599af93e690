import type { TFunction } from 'i18next'
import { z } from 'zod'
import { isPrivateHost } from './receiver-host'

export const defaultApiVersion = '2024-11-01'

function parseUrl(value: string): URL | null {
  try {
    return new URL(value.trim())
  } catch {
    return null
  }
}

/**
 * The create/edit form's rules, from the contract: `webhookUrl` is https (Lucca refuses plain http),
 * 1–100 topics. Private hosts are refused unless the account can reach them (the local emulator).
 */
export function endpointInputSchema(t: TFunction, options: { allowsPrivateReceivers: boolean }) {
  return z.object({
    name: z.string().trim().max(255, t('form.errors.nameTooLong')),
    webhookUrl: z
      .string()
      .trim()
      .min(1, t('form.errors.urlRequired'))
      .max(500, t('form.errors.urlTooLong'))
      .superRefine((value, context) => {
        const url = parseUrl(value)
        if (!url) return context.addIssue({ code: 'custom', message: t('form.errors.urlInvalid') })
        if (url.protocol !== 'https:')
          return context.addIssue({ code: 'custom', message: t('form.errors.urlNotHttps') })
        if (!options.allowsPrivateReceivers && isPrivateHost(url.hostname)) {
          context.addIssue({ code: 'custom', message: t('form.errors.urlPrivate', { host: url.hostname }) })
        }
      }),
    topics: z
      .array(z.string())
      .min(1, t('form.errors.topicsRequired'))
      .max(100, t('form.errors.topicsTooMany')),
    contentType: z.enum(['default', 'cloudEvents']),
    apiVersion: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, t('form.errors.apiVersion')),
    activate: z.boolean(),
  })
}

export type EndpointInput = z.infer<ReturnType<typeof endpointInputSchema>>
