import type { TFunction } from 'i18next'
import { z } from 'zod/mini'
import { receiverUrlError } from './receiver-url-error'

export const defaultApiVersion = '2024-11-01'

/**
 * The create/edit form's rules, from the contract: `webhookUrl` is https (Lucca refuses plain http),
 * 1–100 topics. Private hosts are refused unless the account can reach them (the local emulator).
 */
export function endpointInputSchema(
  t: TFunction<'endpoints/form'>,
  options: { allowsPrivateReceivers: boolean },
) {
  return z.object({
    name: z.string().check(z.trim(), z.maxLength(255, t('form.errors.nameTooLong'))),
    webhookUrl: z.string().check(
      z.trim(),
      z.minLength(1, t('form.errors.urlRequired')),
      z.maxLength(500, t('form.errors.urlTooLong')),
      z.superRefine((value, context) => {
        const message = receiverUrlError(t, value, options.allowsPrivateReceivers)
        if (message) context.addIssue({ code: 'custom', message })
      }),
    ),
    topics: z
      .array(z.string())
      .check(
        z.minLength(1, t('form.errors.topicsRequired')),
        z.maxLength(100, t('form.errors.topicsTooMany')),
      ),
    contentType: z.enum(['default', 'cloudEvents']),
    apiVersion: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, t('form.errors.apiVersion'))),
    activate: z.boolean(),
  })
}

export type EndpointInput = z.infer<ReturnType<typeof endpointInputSchema>>
