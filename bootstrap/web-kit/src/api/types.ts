// The API's types, read from the ones generated from docs/openapi.json (schema.d.ts: never edit it, run
// `npm run api:types` at the repository root after the document changed). Screens and hooks name a type by
// its operation (path and method), which stays stable when the backend renames a schema class.
import type { paths } from './schema'

type Method = 'get' | 'post' | 'put' | 'delete'
type Operation<P extends keyof paths, M extends Method> = NonNullable<paths[P][M]>
type JsonContent<T> = T extends { content: infer C } ? C[keyof C] : never

/** The JSON body an operation takes, as the document describes it (its required properties included). */
export type RequestOf<P extends keyof paths, M extends Method> =
  Operation<P, M> extends { requestBody?: infer B } ? JsonContent<NonNullable<B>> : never

/** The body of an operation's success (200 or 201), as the document describes it: every property optional. */
export type ResponseOf<P extends keyof paths, M extends Method> =
  Operation<P, M> extends { responses: infer R } ? JsonContent<R[Extract<keyof R, 200 | 201>]> : never

/**
 * A response body as the server sends it: every property present, `null` where it has no value. The document
 * marks no response property required (springdoc does not), so the generated types have them all optional;
 * `Received` states what the screens rely on. `Nullable` names the properties that may be null. Nested objects
 * get every property present and none nullable: give a nested type with nullable properties its own
 * `Received` and put it in place with `With`.
 */
export type Received<T, Nullable extends keyof T = never> = {
  [K in keyof T]-?: Present<Exclude<T[K], undefined>> | (K extends Nullable ? null : never)
}
type Present<V> = V extends readonly (infer I)[] ? Present<I>[] : V extends object ? Received<V> : V

/** `T` with some properties' types replaced. */
export type With<T, Overrides> = Omit<T, keyof Overrides> & Overrides

/** The members of a generated enum (a union of string literals) in the order a screen lists them. */
export const enumMembers = <E extends string>(labels: Record<E, string>) => Object.keys(labels) as E[]
