import { describeError, fieldProblems, ProblemError } from '@elif/web-kit'
import { useState } from 'react'

interface Shown {
  /** Above the form's button: the problem's detail and the errors of no known field. */
  message: string | null
  /** Errors of the form's fields, by the server's field path (e.g. "lines[0].quantity"). */
  fields: Record<string, string>
}

const NOTHING: Shown = { message: null, fields: {} }

/** The paths of validation errors a failed request carries. */
const reportedFields = (error: unknown) =>
  error instanceof ProblemError ? (error.problem.errors ?? []).map((problem) => problem.field) : []

/**
 * What a failed request says, split for a form: messages under the fields the form shows (`isField`
 * decides by the server's field path) and the rest above the button. A 400 with field errors only shows
 * no general message, as the fields say it all.
 */
export function useServerProblems(isField: (path: string) => boolean) {
  const [shown, setShown] = useState<Shown>(NOTHING)
  return {
    message: shown.message,
    fieldError: (path: string): string | undefined => shown.fields[path],
    clear: () => setShown(NOTHING),
    show: (error: unknown) => {
      const { byField, others, any } = fieldProblems(error, reportedFields(error).filter(isField))
      const onlyFields = any && others.length === 0 && !(error instanceof ProblemError && error.problem.status === 409)
      setShown({ message: onlyFields ? null : [describeError(error), ...others].join(' '), fields: byField })
    },
  }
}

/** "lines[2].quantity" is a field of line forms: a field path of `lines`. */
export const isLineOrField =
  (...fields: string[]) =>
  (path: string) =>
    fields.includes(path) || /^lines\[\d+\]\./.test(path)
