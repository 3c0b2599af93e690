import { Group, TextInput } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { formatDay, parseDay } from '../lib/format'

interface DayRangeInputsProps {
  labels: { from: string; to: string; toBeforeFrom: string }
  /** Calendar days, `YYYY-MM-DD`; empty for none. */
  from: string
  to: string
  onChange: (range: { from: string; to: string }) => void
}

/**
 * A window of days typed as the UI's language writes them (dd/mm/yyyy in French), whatever the browser's
 * language: a native date field follows the browser, and @mantine/dates would take all JS over its budget
 * (about 15–17 KiB gz for 1.8 left).
 */
export function DayRangeInputs({ labels, from, to, onChange }: DayRangeInputsProps) {
  return (
    <Group
      gap="md"
      wrap="nowrap"
      align="flex-start"
      style={{ flex: '1 1 260px', minWidth: 0, maxWidth: 380 }}
    >
      <DayInput label={labels.from} value={from} onCommit={(day) => onChange({ from: day, to })} />
      <DayInput
        label={labels.to}
        value={to}
        onCommit={(day) => onChange({ from, to: day })}
        error={from && to && to < from ? labels.toBeforeFrom : undefined}
      />
    </Group>
  )
}

interface DayInputProps {
  label: string
  value: string
  onCommit: (day: string) => void
  error?: string | undefined
}

function DayInput({ label, value, onCommit, error }: DayInputProps) {
  const { t, i18n } = useTranslation()
  const shown = value ? formatDay(value, i18n.language) : ''
  const [text, setText] = useState(shown)
  const [synced, setSynced] = useState(shown)
  // A change from outside (clearing the filters, another language) replaces what is typed.
  if (shown !== synced) {
    setSynced(shown)
    setText(shown)
  }
  const day = parseDay(text, i18n.language)
  const invalid = text.trim() !== '' && day === null
  const commit = () => {
    if (!text.trim()) {
      if (value) onCommit('')
    } else if (day && day !== value) onCommit(day)
  }
  return (
    <TextInput
      label={label}
      placeholder={t('dates.placeholder')}
      inputMode="numeric"
      autoComplete="off"
      value={text}
      onChange={(event) => setText(event.currentTarget.value)}
      onBlur={commit}
      error={invalid ? t('dates.invalid', { pattern: t('dates.placeholder') }) : error}
      style={{ flex: '1 1 0', minWidth: 0 }}
    />
  )
}
