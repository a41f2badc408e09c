// @ts-check
// Vite settings shared by the ELIF SPAs; typed in vite.d.ts. Plain JavaScript: Vite loads an app's config
// with Node, which imports this file from its real path, bootstrap/web-kit/ (it cannot import packages
// from there, only Node built-ins).
import { readFileSync } from 'node:fs'

/** @type {{ peerDependencies: Record<string, string> }} */
const kitPackage = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'))

/** @type {import('./vite.d.ts').elifViteConfig} */
export function elifViteConfig({ base, devPort, plugins }) {
  return {
    base,
    plugins,
    resolve: {
      // The kit is compiled as the app's own source from its real path, outside the app: its imports
      // (react, @mantine/core...) resolve from the app's node_modules, so there is one React, one Mantine.
      dedupe: Object.keys(kitPackage.peerDependencies),
    },
    build: {
      rolldownOptions: {
        output: {
          // Libraries change less often than the app: separate chunks stay cached across releases.
          codeSplitting: {
            groups: [
              { name: 'react', test: /[\\/]node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/, priority: 2 },
              { name: 'mantine', test: /[\\/]node_modules[\\/](@mantine|@floating-ui)[\\/]/, priority: 2 },
              { name: 'vendor', test: /[\\/]node_modules[\\/]/, priority: 1 },
            ],
          },
        },
      },
    },
    server: {
      port: devPort,
      // Open http://demo.localhost:<devPort><base> so the backend derives the tenant from the Host header.
      proxy: { '/api': 'http://localhost:8080' },
    },
  }
}
