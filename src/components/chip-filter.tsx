import { Chip, Group, Input, type MantineColor } from '@mantine/core'
import { useId, type ReactNode } from 'react'

interface ChipFilterProps<T extends string> {
  label: string
  values: T[]
  options: { value: T; label: ReactNode; color?: MantineColor }[]
  /** The values chosen, in the options' order. */
  onChange: (values: T[]) => void
}

/** A few values an admin sees at once and toggles, as a labelled group of chips. */
export function ChipFilter<T extends string>({ label, values, options, onChange }: ChipFilterProps<T>) {
  const labelId = useId()
  return (
    <Input.Wrapper
      label={label}
      labelElement="div"
      labelProps={{ id: labelId }}
      role="group"
      aria-labelledby={labelId}
    >
      <Chip.Group
        multiple
        value={values}
        onChange={(chosen) =>
          onChange(options.map((option) => option.value).filter((value) => chosen.includes(value)))
        }
      >
        <Group gap={6} wrap="wrap" mih={36} align="center">
          {options.map((option) => (
            <Chip
              key={option.value}
              value={option.value}
              variant="outline"
              {...(option.color ? { color: option.color } : {})}
            >
              {option.label}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
    </Input.Wrapper>
  )
}
