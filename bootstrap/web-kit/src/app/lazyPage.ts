import { lazy, type ComponentType } from 'react'

/**
 * A page component loaded with its own chunk the first time it is shown, so that an app's first load carries the
 * login form and the shell, not every page. `AppLayout` shows a loader meanwhile.
 *
 * @example const CounterPage = lazyPage(() => import('./counter/CounterPage'), 'CounterPage')
 */
export function lazyPage<Module, Name extends keyof Module>(load: () => Promise<Module>, name: Name) {
  return lazy(async () => ({ default: (await load())[name] as ComponentType }))
}
