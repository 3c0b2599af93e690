import { Group, TextInput } from '@mantine/core'

interface DayRangeInputsProps {
  labels: { from: string; to: string; toBeforeFrom: string }
  /** Calendar days, `YYYY-MM-DD`; empty for none. */
  from: string
  to: string
  onChange: (range: { from: string; to: string }) => void
}

/**
 * A window of days in the browser's own date fields: familiar, accessible, native on a phone, and no date
 * library in the bundle (@mantine/dates would take all JS over its budget).
 */
export function DayRangeInputs({ labels, from, to, onChange }: DayRangeInputsProps) {
  return (
    <Group
      gap="md"
      wrap="nowrap"
      align="flex-start"
      style={{ flex: '1 1 260px', minWidth: 0, maxWidth: 380 }}
    >
      <TextInput
        label={labels.from}
        type="date"
        value={from}
        max={to}
        onChange={(event) => onChange({ from: event.currentTarget.value, to })}
        style={{ flex: '1 1 0', minWidth: 0 }}
      />
      <TextInput
        label={labels.to}
        type="date"
        value={to}
        min={from}
        onChange={(event) => onChange({ from, to: event.currentTarget.value })}
        error={from && to && to < from ? labels.toBeforeFrom : undefined}
        style={{ flex: '1 1 0', minWidth: 0 }}
      />
    </Group>
  )
}
