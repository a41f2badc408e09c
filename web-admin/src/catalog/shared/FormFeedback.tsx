import { Alert } from '@mantine/core'

interface FormFeedbackProps {
  /** Prefix of the test ids: `<testId>-error` and `<testId>-saved`. */
  testId: string
  error: string | null
  saved?: string | null
  onDismissSaved?: () => void
}

/** A form's request error (red) or success message (green), above its button. */
export function FormFeedback({ testId, error, saved, onDismissSaved }: FormFeedbackProps) {
  return (
    <>
      {error && (
        <Alert color="red" data-testid={`${testId}-error`}>
          {error}
        </Alert>
      )}
      {saved && (
        <Alert color="green" data-testid={`${testId}-saved`} withCloseButton={!!onDismissSaved} onClose={onDismissSaved}>
          {saved}
        </Alert>
      )}
    </>
  )
}
