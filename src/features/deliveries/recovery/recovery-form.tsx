import { Button, Checkbox, Group, Stack, TextInput } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { RecoveryWindow } from './recovery-plan'

/** `datetime-local` speaks local wall time without a zone: `YYYY-MM-DDTHH:mm`. */
function toLocalInput(ms: number): string {
  const date = new Date(ms - new Date(ms).getTimezoneOffset() * 60_000)
  return date.toISOString().slice(0, 16)
}

interface Props {
  topics: string[]
  busy: boolean
  /** The window to start from (the deliveries page's "Resend all failed"); else the last 24 hours. */
  initial?: RecoveryWindow | undefined
  onCount: (window: RecoveryWindow) => void
}

export function RecoveryForm({ topics, busy, initial, onCount }: Props) {
  const { t } = useTranslation('deliveries/recovery')
  const [range, setRange] = useState(() => {
    const now = Date.now()
    const { from, to } = initial ?? { from: now - 24 * 3_600_000, to: now + 60_000 }
    return { from: toLocalInput(from), to: toLocalInput(to) }
  })
  const [chosen, setChosen] = useState<string[]>([])
  const from = Date.parse(range.from)
  const to = Date.parse(range.to)
  const invalid = Number.isNaN(from) || Number.isNaN(to) || from >= to
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault()
        if (!invalid) onCount({ from, to, topics: chosen })
      }}
    >
      <Stack gap="sm">
        <Group align="flex-end" gap="sm">
          <TextInput
            type="datetime-local"
            label={t('recovery.from')}
            value={range.from}
            onChange={(event) => setRange({ ...range, from: event.currentTarget.value })}
            required
          />
          <TextInput
            type="datetime-local"
            label={t('recovery.to')}
            value={range.to}
            onChange={(event) => setRange({ ...range, to: event.currentTarget.value })}
            error={invalid ? t('recovery.invalidWindow') : undefined}
            required
          />
        </Group>
        <Checkbox.Group
          label={t('recovery.topics')}
          description={t('recovery.allTopics')}
          value={chosen}
          onChange={setChosen}
        >
          <Group gap="md" mt={6}>
            {/* Lucca's contract does not forbid a topic listed twice: each is offered once. */}
            {[...new Set(topics)].map((topic) => (
              <Checkbox key={topic} value={topic} label={topic} />
            ))}
          </Group>
        </Checkbox.Group>
        <Button type="submit" loading={busy} disabled={invalid} w="fit-content">
          {t('recovery.count')}
        </Button>
      </Stack>
    </form>
  )
}
