import './mantine-on-demand.css'
import { Button, Group, Modal, Stack, TextInput } from '@mantine/core'
import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

interface ConfirmModalProps {
  opened: boolean
  title: ReactNode
  children: ReactNode
  confirmLabel: string
  onConfirm: () => void
  onCancel: () => void
  loading?: boolean
  danger?: boolean
  /** When set, the admin must type this word first (used for destructive actions in production). */
  typeToConfirm?: string | null
}

export function ConfirmModal(props: ConfirmModalProps) {
  const {
    opened,
    title,
    children,
    confirmLabel,
    onConfirm,
    onCancel,
    loading = false,
    danger = false,
  } = props
  const { t } = useTranslation()
  const [typed, setTyped] = useState('')
  const blocked = props.typeToConfirm ? typed.trim() !== props.typeToConfirm : false
  return (
    <Modal
      opened={opened}
      onClose={onCancel}
      title={title}
      centered
      closeButtonProps={{ 'aria-label': t('actions.close') }}
    >
      <Stack>
        {children}
        {props.typeToConfirm && (
          <TextInput
            label={t('confirm.typeToConfirm', { word: props.typeToConfirm })}
            value={typed}
            onChange={(event) => setTyped(event.currentTarget.value)}
            autoComplete="off"
          />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('actions.cancel')}
          </Button>
          <Button
            {...(danger ? { color: 'red.9' } : {})}
            onClick={onConfirm}
            loading={loading}
            disabled={blocked}
          >
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
