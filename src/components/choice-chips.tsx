import { Chip, Group, type MantineSize } from '@mantine/core'
import { useId } from 'react'

interface ChoiceChipsProps<T extends string> {
  /** What is chosen, for screen readers (the group has no visible label). */
  label: string
  value: T
  options: readonly { value: T; label: string }[]
  onChange: (value: T) => void
  size?: MantineSize
}

/**
 * One choice among a few, shown at once: a radio group of chips, like the list's filters. The radios share a
 * name, so the arrow keys move the choice as in any radio group.
 */
export function ChoiceChips<T extends string>({
  label,
  value,
  options,
  onChange,
  size = 'sm',
}: ChoiceChipsProps<T>) {
  const name = useId()
  return (
    <Group role="radiogroup" aria-label={label} gap={6} wrap="wrap">
      <Chip.Group
        value={value}
        onChange={(chosen) => {
          const option = options.find((each) => each.value === chosen)
          if (option) onChange(option.value)
        }}
      >
        {options.map((option) => (
          <Chip key={option.value} value={option.value} name={name} size={size} variant="outline">
            {option.label}
          </Chip>
        ))}
      </Chip.Group>
    </Group>
  )
}
