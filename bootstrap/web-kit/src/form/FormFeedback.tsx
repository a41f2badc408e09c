import { Alert } from '@mantine/core'
import type { ReactNode } from 'react'

interface FormFeedbackProps {
  /** Prefix of the test ids: `<testId>-error` and `<testId>-saved`. */
  testId: string
  error: string | null
  saved?: ReactNode
  /** The success message's test id when not `<testId>-saved`. */
  savedTestId?: string
  onDismissSaved?: () => void
}

/** What became of a form's last submission, above its button: `useProblemFields`' message (red) or what was done (green). */
export function FormFeedback({ testId, error, saved, savedTestId, onDismissSaved }: FormFeedbackProps) {
  return (
    <>
      {error && (
        <Alert color="red" data-testid={`${testId}-error`}>
          {error}
        </Alert>
      )}
      {saved && (
        <Alert
          color="green"
          data-testid={savedTestId ?? `${testId}-saved`}
          withCloseButton={!!onDismissSaved}
          onClose={onDismissSaved}
        >
          {saved}
        </Alert>
      )}
    </>
  )
}
