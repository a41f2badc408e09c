import { Button, Group, Stack } from '@mantine/core'
import { useState, type ReactNode } from 'react'
import { FormFeedback } from '@elif/web-kit'
import { useServerProblems } from './problems'

/**
 * What became of a stock form's last submission: something missing before sending, the server's
 * problems after (by field path, `isField` says which the form shows), or what was done.
 */
export function useStockFormOutcome<Done>(isField: (path: string) => boolean) {
  const problems = useServerProblems(isField)
  const [missing, setMissing] = useState<string | null>(null)
  const [done, setDone] = useState<Done | null>(null)
  return {
    problems,
    done,
    /** Above the button: what is missing, or the server's message. */
    error: missing ?? problems.message,
    /** Forgets the last outcome; with a message (something is missing) says so and returns false: do not send. */
    begin: (missingMessage: string | null) => {
      problems.clear()
      setDone(null)
      setMissing(missingMessage)
      return missingMessage === null
    },
    succeed: (value: Done) => setDone(value),
    dismiss: () => setDone(null),
    fail: problems.show,
  }
}

export type StockFormOutcome<Done> = ReturnType<typeof useStockFormOutcome<Done>>

interface StockFormProps<Done> {
  /** data-testid prefix: `<testId>-form` and `<testId>-error`. */
  testId: string
  outcome: StockFormOutcome<Done>
  /** The success message's data-testid and text. */
  doneTestId: string
  describeDone: (done: Done) => ReactNode
  submitLabel: string
  pending: boolean
  onSubmit: () => void
  children: ReactNode
}

/** A stock work form: its fields, then what is missing or refused, what was done, and the submit button. */
export function StockForm<Done>({
  testId,
  outcome,
  doneTestId,
  describeDone,
  submitLabel,
  pending,
  onSubmit,
  children,
}: StockFormProps<Done>) {
  return (
    <form
      data-testid={`${testId}-form`}
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        onSubmit()
      }}
    >
      <Stack gap="sm">
        {children}
        <FormFeedback
          testId={testId}
          error={outcome.error}
          saved={outcome.done === null ? null : describeDone(outcome.done)}
          savedTestId={doneTestId}
          onDismissSaved={outcome.dismiss}
        />
        <Group>
          <Button type="submit" loading={pending}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
