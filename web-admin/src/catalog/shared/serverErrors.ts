import { describeError, ProblemError, problemType } from '@elif/web-kit'
import { useState } from 'react'

/** "prices[LEVEL_1]" (bean validation) and "prices.LEVEL_1" (JSON path) both name form field "prices.LEVEL_1". */
function normalize(field: string): string {
  return field.replace(/\[([^\]]*)\]/g, '.$1').replace(/^\./, '')
}

/** The form field a server field path belongs to: itself, or its list or object ("barcodes[1]": "barcodes"). */
function formFieldOf(field: string, fields: readonly string[], aliases: Readonly<Record<string, string>>) {
  const normalized = normalize(field)
  const path = aliases[normalized] ?? normalized
  if (fields.includes(path)) return path
  return fields.find((candidate) => path.startsWith(`${candidate}.`))
}

interface ErrorTarget {
  setErrors: (errors: Record<string, string>) => void
  clearErrors: () => void
}

/**
 * Shows a failed request on a form: validation messages under their fields, a conflict whose problem type
 * names a field (e.g. "duplicate-sku": "sku") under that field, anything else above the form's button.
 * `fields` are the form's field paths (nested ones with dots: "prices.LEVEL_1").
 */
export function useServerErrors(
  form: ErrorTarget,
  fields: readonly string[],
  conflictFields: Readonly<Record<string, string>> = {},
  /** Server field paths that a form field of another name shows, e.g. "packId": "owner". */
  aliases: Readonly<Record<string, string>> = {},
) {
  const [formError, setFormError] = useState<string | null>(null)

  const show = (error: unknown) => {
    const byField: Record<string, string> = {}
    const others: string[] = []
    const problems = error instanceof ProblemError ? (error.problem.errors ?? []) : []
    for (const { field, message } of problems) {
      const target = formFieldOf(field, fields, aliases)
      if (target) byField[target] = byField[target] ? `${byField[target]}; ${message}` : message
      else others.push(`${field}: ${message}`)
    }
    const slug = problemType(error)
    const conflictField = slug === undefined ? undefined : conflictFields[slug]
    if (conflictField && fields.includes(conflictField)) byField[conflictField] = describeError(error)
    form.setErrors(byField)
    const explainedByFields = Object.keys(byField).length > 0 && others.length === 0
    setFormError(explainedByFields ? null : [describeError(error), ...others].join(' '))
  }

  const clear = () => {
    setFormError(null)
    form.clearErrors()
  }

  return { formError, show, clear }
}
