import { Alert, Button, Group, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { useTranslation } from 'react-i18next'
import { z } from 'zod/mini'
import { errorKeyOf } from '../../../lib/error-message'
import { ApiError } from '../../../lib/api-error'
import type { EndpointNotes, EndpointNotesView } from './endpoint-notes-client'
import { useSaveEndpointNotes } from './endpoint-notes-api'

type Values = Record<keyof EndpointNotes, string>
const limits = { description: 500, ownerName: 120, ownerEmail: 254, notes: 4000 } as const
const anEmail = z.email()

/** What is sent: trimmed, and an empty field is "not set" (null), as the API stores it. */
function notesOf(values: Values): EndpointNotes {
  const value = (text: string) => text.trim() || null
  return {
    description: value(values.description),
    ownerName: value(values.ownerName),
    ownerEmail: value(values.ownerEmail),
    notes: value(values.notes),
  }
}

interface EndpointNotesFormProps {
  endpointId: string
  notes: EndpointNotesView
  onDone: () => void
}

/**
 * Edits the console's notes. The form stays as typed whatever the save's outcome: a refused or failed save
 * (the console's database down, a 503) shows why and keeps every character, so nothing has to be typed again.
 */
export function EndpointNotesForm({ endpointId, notes, onDone }: EndpointNotesFormProps) {
  const { t } = useTranslation('endpoints/notes')
  const { t: tShell } = useTranslation()
  const save = useSaveEndpointNotes(endpointId)
  const form = useForm<Values>({
    initialValues: {
      description: notes.description ?? '',
      ownerName: notes.ownerName ?? '',
      ownerEmail: notes.ownerEmail ?? '',
      notes: notes.notes ?? '',
    },
    validate: (values) => {
      const errors: Partial<Record<keyof Values, string>> = {}
      for (const field of Object.keys(limits) as (keyof Values)[]) {
        const count = values[field].trim().length
        if (count > limits[field]) errors[field] = t('notes.errors.tooLong', { max: limits[field], count })
      }
      const email = values.ownerEmail.trim()
      if (email && !errors.ownerEmail && !anEmail.safeParse(email).success) {
        errors.ownerEmail = t('notes.errors.email')
      }
      return errors
    },
  })

  function submit(values: Values) {
    save.mutate(notesOf(values), {
      onSuccess: () => {
        notifications.show({ color: 'teal', message: t('notes.saved') })
        onDone()
      },
      onError: (error) => {
        if (error instanceof ApiError) form.setErrors(error.fieldErrors)
      },
    })
  }
  const fieldErrors = save.error instanceof ApiError && Object.keys(save.error.fieldErrors).length > 0
  const failure = save.isError && !fieldErrors ? errorKeyOf(save.error) : null

  return (
    <form onSubmit={form.onSubmit(submit)} noValidate>
      <Stack gap="sm">
        {failure && (
          <Alert color="red" variant="light" role="alert" title={t('notes.notSaved')}>
            <Text size="sm">{tShell(failure.key, failure.values)}</Text>
          </Alert>
        )}
        <Textarea
          label={t('notes.description')}
          description={t('notes.descriptionHint')}
          rows={2}
          {...form.getInputProps('description')}
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <TextInput label={t('notes.ownerName')} autoComplete="off" {...form.getInputProps('ownerName')} />
          <TextInput
            label={t('notes.ownerEmail')}
            type="email"
            autoComplete="off"
            {...form.getInputProps('ownerEmail')}
          />
        </SimpleGrid>
        <Textarea
          label={t('notes.notes')}
          description={t('notes.notesHint')}
          rows={6}
          resize="vertical"
          {...form.getInputProps('notes')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone} disabled={save.isPending}>
            {t('notes.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('notes.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
