// @ts-check
// Vite settings shared by the ELIF SPAs; typed in vite.d.ts. Plain JavaScript: Vite loads an app's config
// with Node, which imports this workspace package as it is, without compiling it.
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { brotliCompress, constants, gzip } from 'node:zlib'
import { promisify } from 'node:util'

const brotli = promisify(brotliCompress)
const gzipped = promisify(gzip)
const COMPRESSIBLE = /\.(js|css|svg|json|map)$/

/**
 * Writes each built script and stylesheet beside itself compressed once, at build time, with the best settings
 * (x.js.br, x.js.gz): the server sends the one the browser accepts (bootstrap's SinglePageApps) and compresses
 * nothing per request.
 *
 * @returns {import('vite').Plugin}
 */
function precompressed() {
  /** @type {string} */
  let assets = ''
  return {
    name: 'elif-precompressed',
    apply: 'build',
    configResolved(config) {
      assets = join(config.root, config.build.outDir, config.build.assetsDir)
    },
    async closeBundle() {
      const files = (await readdir(assets)).filter((file) => COMPRESSIBLE.test(file))
      await Promise.all(
        files.map(async (file) => {
          const content = await readFile(join(assets, file))
          if (content.length < 1024) return
          const size = content.length
          await writeFile(
            join(assets, `${file}.br`),
            await brotli(content, {
              params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: size },
            }),
          )
          await writeFile(join(assets, `${file}.gz`), await gzipped(content, { level: 9 }))
        }),
      )
    },
  }
}

/** @type {import('./vite.d.ts').elifViteConfig} */
export function elifViteConfig({ base, devPort, plugins }) {
  return {
    base,
    plugins: [...plugins, precompressed()],
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
