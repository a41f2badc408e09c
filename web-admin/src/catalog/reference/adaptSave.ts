import type { SaveReference } from './ReferenceForm'

interface SaveMutation<Body> {
  mutate: (
    input: { id?: string; body: Body },
    callbacks: { onSuccess: () => void; onError: (error: Error) => void },
  ) => void
  isPending: boolean
}

/** A reference list's save mutation, fed with a form's values turned into the request body. */
export function adaptSave<V, Body>(
  mutation: SaveMutation<Body>,
  toBody: (values: V, id?: string) => Body,
): SaveReference<V> {
  return {
    mutate: ({ id, values }, callbacks) => mutation.mutate({ id, body: toBody(values, id) }, callbacks),
    isPending: mutation.isPending,
  }
}
