import { useDebouncedCallback } from '@mantine/hooks'
import { useState, type ChangeEvent, type KeyboardEvent } from 'react'
import { useSearchParams } from 'react-router'

// A list's filters live in the URL's search parameters, so that a reload, the back button or a shared link
// shows the same list. Every filter is text; a filter at its default value is left out of the URL.

/** Filters of a list: every one is text ("" for "any"), with the value it has when the URL names none. */
export type Filters = Record<string, string>

/** The filters the URL's search parameters give, each at its default when absent. */
export function readFilters<F extends Filters>(params: URLSearchParams, defaults: F): F {
  const filters: Filters = {}
  for (const [name, fallback] of Object.entries(defaults)) filters[name] = params.get(name) ?? fallback
  return filters as F
}

/** The page (0-based) the URL's `page` parameter names (1-based, as people count); the first by default. */
export function readPage(params: URLSearchParams): number {
  const page = Number(params.get('page'))
  return Number.isInteger(page) && page > 1 ? page - 1 : 0
}

/**
 * The search parameters after a change of filters: changed ones written (or removed when back at their
 * default), the page dropped, since other filters start again at the first page. Other parameters stay.
 */
export function withFilters<F extends Filters>(params: URLSearchParams, change: Partial<F>, defaults: F) {
  const next = new URLSearchParams(params)
  for (const [name, value] of Object.entries(change)) {
    if (value === undefined || value === defaults[name]) next.delete(name)
    else next.set(name, value)
  }
  next.delete('page')
  return next
}

/** The search parameters showing page `page` (0-based) of the same filters. */
export function withPage(params: URLSearchParams, page: number) {
  const next = new URLSearchParams(params)
  if (page > 0) next.set('page', String(page + 1))
  else next.delete('page')
  return next
}

/**
 * A list's filters and page, kept in the URL (see above). Changing a filter replaces the history entry
 * rather than adding one, and goes back to the first page.
 */
export function useUrlFilters<F extends Filters>(defaults: F) {
  const [params, setParams] = useSearchParams()
  return {
    filters: readFilters(params, defaults),
    /** 0-based */
    page: readPage(params),
    setFilters: (change: Partial<F>) =>
      setParams((current) => withFilters(current, change, defaults), { replace: true }),
    setPage: (page: number) => setParams((current) => withPage(current, page), { replace: true }),
  }
}

/**
 * A search box over a URL filter: what is typed shows at once, and reaches the URL (hence the query) 300 ms
 * after the last keystroke, trimmed. Enter writes at once: `onEnter` when given (a barcode scanner types the
 * code and presses Enter, e.g. to look the code up), else `write`. Spread it on a TextInput:
 * `<TextInput {...search} />`.
 */
export function useSearchBox(
  value: string,
  write: (text: string) => void,
  { onEnter = write }: { onEnter?: (text: string) => void } = {},
) {
  const [text, setText] = useState(value)
  const writeLater = useDebouncedCallback((typed: string) => write(typed.trim()), 300)
  return {
    value: text,
    onChange: (event: ChangeEvent<HTMLInputElement>) => {
      setText(event.currentTarget.value)
      writeLater(event.currentTarget.value)
    },
    onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => {
      if (event.key !== 'Enter') return
      event.preventDefault()
      writeLater.cancel()
      onEnter(event.currentTarget.value.trim())
    },
  }
}
