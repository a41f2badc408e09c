import { Modal, Stack, type ModalProps } from '@mantine/core'
import type { FormEventHandler, ReactNode } from 'react'
import { ModalActions } from '../../shared/ModalActions'
import { FormFeedback } from '@elif/web-kit'

interface ModalFormProps {
  title: string
  size?: ModalProps['size']
  /** Prefix of the test ids: `<testId>-form` and `<testId>-error`. */
  testId: string
  onClose: () => void
  onSubmit: FormEventHandler<HTMLFormElement>
  error: string | null
  saving: boolean
  children: ReactNode
}

/** A form in a modal dialog: its fields, the request's error, then Cancel and Save. */
export function ModalForm({ title, size, testId, onClose, onSubmit, error, saving, children }: ModalFormProps) {
  return (
    <Modal opened onClose={onClose} title={title} size={size}>
      <form data-testid={`${testId}-form`} onSubmit={onSubmit} noValidate>
        <Stack gap="sm">
          {children}
          <FormFeedback testId={testId} error={error} />
          <ModalActions onCancel={onClose} saving={saving} />
        </Stack>
      </form>
    </Modal>
  )
}
