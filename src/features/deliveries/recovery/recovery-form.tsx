import { Button, Group, MultiSelect, TextInput } from '@mantine/core'
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
  onCount: (window: RecoveryWindow) => void
}

export function RecoveryForm({ topics, busy, onCount }: Props) {
  const { t } = useTranslation('deliveries/recovery')
  const [range, setRange] = useState(() => {
    const now = Date.now()
    return { from: toLocalInput(now - 24 * 3_600_000), to: toLocalInput(now + 60_000) }
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
        <MultiSelect
          label={t('recovery.topics')}
          placeholder={chosen.length === 0 ? t('recovery.allTopics') : undefined}
          data={[...new Set(topics)]} // Lucca's contract does not forbid a topic listed twice
          value={chosen}
          onChange={setChosen}
          clearable
          miw={240}
        />
        <Button type="submit" loading={busy} disabled={invalid}>
          {t('recovery.count')}
        </Button>
      </Group>
    </form>
  )
}
