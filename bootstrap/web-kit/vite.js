// @ts-check
// Vite settings shared by the ELIF SPAs; typed in vite.d.ts. Plain JavaScript: Vite loads an app's config
// with Node, which imports this workspace package as it is, without compiling it.

/** @type {import('./vite.d.ts').elifViteConfig} */
export function elifViteConfig({ base, devPort, plugins }) {
  return {
    base,
    plugins,
    build: {
      rolldownOptions: {
        output: {
          // Libraries change less often than the app: separate chunks stay cached across releases.
          codeSplitting: {
            groups: [
              {
                name: 'react',
                test: /[\\/]node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/,
                priority: 2,
              },
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
