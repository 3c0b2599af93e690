import { TextInput, type TextInputProps } from '@mantine/core'
import { useEffect, useRef, useState } from 'react'

interface DebouncedTextInputProps extends Omit<TextInputProps, 'value' | 'defaultValue' | 'onChange'> {
  /** The value as the page keeps it (in its URL). */
  value: string
  /** Called with the trimmed text once typing pauses, or at once on Enter. */
  onCommit: (value: string) => void
}

const pauseMs = 400

/**
 * A filter typed letter by letter: the URL (and the query) follow once typing pauses, not at every key. When
 * the value changes from elsewhere (back button, "Clear filters"), the field shows what it says.
 */
export function DebouncedTextInput({ value, onCommit, ...props }: DebouncedTextInputProps) {
  const [typed, setTyped] = useState(value)
  const [shown, setShown] = useState(value)
  if (value !== shown) {
    setShown(value)
    setTyped(value)
  }
  // The page's latest callback: one made before the pause would undo what changed meanwhile.
  const latest = useRef(onCommit)
  useEffect(() => {
    latest.current = onCommit
  })
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined)
  useEffect(() => () => clearTimeout(timer.current), [])
  const commit = (text: string, delay: number) => {
    clearTimeout(timer.current)
    timer.current = setTimeout(() => {
      setShown(text.trim())
      latest.current(text.trim())
    }, delay)
  }
  return (
    <TextInput
      {...props}
      value={typed}
      onChange={(event) => {
        setTyped(event.currentTarget.value)
        commit(event.currentTarget.value, pauseMs)
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter') commit(event.currentTarget.value, 0)
      }}
    />
  )
}
