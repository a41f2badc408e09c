import type { PluginOption, UserConfig } from 'vite'

export interface ElifViteOptions {
  /** Path the app is served at, e.g. "/orders/": Vite's `base`, and the router's basename. */
  base: string
  /** Port of `npm run dev`; each app has its own, so that all of them can run at once. */
  devPort: number
  /** The app's Vite plugins, e.g. `[react()]` (the kit cannot import them itself). */
  plugins: PluginOption[]
}

/** An ELIF SPA's whole Vite configuration. */
export declare function elifViteConfig(options: ElifViteOptions): UserConfig
