import type { ReactNode } from 'react'
import classes from './disclosure.module.css'

interface DisclosureProps {
  summary: ReactNode
  children: ReactNode
  /** Controlled when given, e.g. opened by a validation error inside; collapsed by default otherwise. */
  open?: boolean
  onToggle?: (open: boolean) => void
}

/** A part of a screen a click away: collapsed by default, a native <details> (keyboard and screen-reader friendly). */
export function Disclosure({ summary, children, open, onToggle }: DisclosureProps) {
  return (
    <details
      className={classes.details}
      {...(open === undefined ? {} : { open })}
      onToggle={(event) => onToggle?.(event.currentTarget.open)}
    >
      <summary className={classes.summary}>{summary}</summary>
      <div className={classes.body}>{children}</div>
    </details>
  )
}
