import { useState } from 'react'
import { describeError, ProblemError, problemType } from '../api/http'

// A failed request shown on a form: every field error of the problem (RFC 9457, `errors: [{field, message}]`)
// under its input at once, and above the form's button what no input shows. The server names fields as
// bean validation does ("lines[0].quantity", "prices[LEVEL_1]"), a form as Mantine does ("lines.0.quantity").

/** How a form's inputs meet the fields a server's problem names. */
export interface ProblemFieldsOptions {
  /**
   * The paths of the inputs the form shows, as the form names them ("name", "prices.LEVEL_1"); `*` stands
   * for any one step, such as a list's index ("lines.*.quantity"). A problem of a path inside one of them
   * ("barcodes[1]" inside "barcodes") shows under it. Listed rather than read from the form's values, since
   * a value without an input would swallow its message: a path not listed shows above the button.
   */
  fields: readonly string[]
  /** Problems that name no field but that one input explains, by problem type: `{ 'duplicate-sku': 'sku' }`. */
  conflicts?: Readonly<Record<string, string>>
  /**
   * The form's path for a server field named otherwise, `*` again any one step, filled in order:
   * `{ packId: 'owner', 'lines.*.productId': 'lines.*.product' }`.
   */
  renames?: Readonly<Record<string, string>>
}

/** A problem split for a form. */
export interface PlacedProblems {
  /** Messages by the form's field path, several of one field joined. */
  byField: Record<string, string>
  /** Above the form's button: the problem's detail and the errors no input shows; null when the inputs say it all. */
  message: string | null
}

/** The steps of a path: "lines[0].quantity", "lines.0.quantity" and "lines[0][quantity]" alike. */
const stepsOf = (path: string) =>
  path
    .replace(/\[([^\]]*)\]/g, '.$1')
    .split('.')
    .filter((step) => step !== '')

/**
 * The steps `*` stood for when `pattern`'s steps begin `steps` (all of them with `whole`); undefined when
 * they do not.
 */
function match(pattern: readonly string[], steps: readonly string[], whole: boolean): string[] | undefined {
  if (pattern.length > steps.length || (whole && pattern.length < steps.length)) return undefined
  const wildcards: string[] = []
  for (const [index, step] of pattern.entries()) {
    if (step === '*') wildcards.push(steps[index] ?? '')
    else if (step !== steps[index]) return undefined
  }
  return wildcards
}

/** The server's path in the form's words: renamed when a rename matches it whole, else the same steps. */
function renamed(steps: string[], renames: Readonly<Record<string, string>>): string[] {
  for (const [from, to] of Object.entries(renames)) {
    const wildcards = match(stepsOf(from), steps, true)
    if (wildcards) return stepsOf(to).map((step) => (step === '*' ? (wildcards.shift() ?? step) : step))
  }
  return steps
}

/** The input showing a path: the longest listed field that is the path or holds it; undefined if none. */
function inputOf(steps: string[], fields: readonly string[]): string | undefined {
  let best: string[] | undefined
  for (const field of fields) {
    const pattern = stepsOf(field)
    if ((best === undefined || pattern.length > best.length) && match(pattern, steps, false)) {
      best = steps.slice(0, pattern.length)
    }
  }
  return best?.join('.')
}

/** Splits a failed request for a form (see ProblemFieldsOptions); anything but a problem goes above the button. */
export function placeProblems(error: unknown, { fields, conflicts = {}, renames = {} }: ProblemFieldsOptions) {
  const byField: Record<string, string> = {}
  const unplaced: string[] = []
  const add = (field: string, message: string) => {
    byField[field] = byField[field] ? `${byField[field]}; ${message}` : message
  }
  const errors = error instanceof ProblemError ? (error.problem.errors ?? []) : []
  for (const { field, message } of errors) {
    const input = inputOf(renamed(stepsOf(field), renames), fields)
    if (input === undefined) unplaced.push(`${field}: ${message}`)
    else add(input, message)
  }
  const slug = problemType(error)
  const conflict = slug === undefined || !Object.hasOwn(conflicts, slug) ? undefined : conflicts[slug]
  const conflictInput = conflict === undefined ? undefined : inputOf(stepsOf(conflict), fields)
  if (conflictInput !== undefined) add(conflictInput, describeError(error))
  const saidByInputs = unplaced.length === 0 && (errors.length > 0 || conflictInput !== undefined)
  const placed: PlacedProblems = {
    byField,
    message: saidByInputs ? null : [describeError(error), ...unplaced].join(' '),
  }
  return placed
}

/** What the hook needs of a form (Mantine's `useForm` has it): its error of each field. */
export interface FieldErrors {
  setErrors: (errors: Record<string, string>) => void
  clearErrors: () => void
}

/**
 * The one way a form shows a failed request: `show` (a mutation's `onError`) puts each field's messages
 * under its input and the rest into `message`, for the form's FormFeedback; `clear` when submitting again.
 */
export function useProblemFields(form: FieldErrors, options: ProblemFieldsOptions) {
  const [message, setMessage] = useState<string | null>(null)
  return {
    message,
    show: (error: unknown) => {
      const placed = placeProblems(error, options)
      form.setErrors(placed.byField)
      setMessage(placed.message)
    },
    clear: () => {
      setMessage(null)
      form.clearErrors()
    },
  }
}

export type ProblemFields = ReturnType<typeof useProblemFields>
