import { ActionIcon } from '@mantine/core'
import { useState } from 'react'

let nextKey = 0

/** The lines of a document being entered, each with a key of its own for React. */
export function useLines<T extends object>(empty: () => T) {
  const fresh = () => ({ ...empty(), key: nextKey++ })
  const [lines, setLines] = useState(() => [fresh()])
  return {
    lines,
    add: () => setLines((current) => [...current, fresh()]),
    change: (key: number, patch: Partial<T>) =>
      setLines((current) => current.map((line) => (line.key === key ? { ...line, ...patch } : line))),
    remove: (key: number) => setLines((current) => current.filter((line) => line.key !== key)),
    reset: () => setLines([fresh()]),
  }
}

export function RemoveLineButton({ index, onClick }: { index: number; onClick: () => void }) {
  return (
    <ActionIcon variant="subtle" color="red" mt={28} aria-label={`Remove line ${index + 1}`} onClick={onClick}>
      ✕
    </ActionIcon>
  )
}
