// Installs the web workspaces' packages once: `npm ci` at the repository root, unless node_modules already
// holds what package-lock.json and the package.json files ask for (a stamp of their hash, written after a
// successful install). The build calls it from the root project and from every web module, so a reactor
// of any subset of them installs at most once, and not at all when nothing changed since the last install.
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const rootPackage = JSON.parse(readFileSync(`${root}/package.json`, 'utf8'))
const inputs = ['package.json', 'package-lock.json', ...rootPackage.workspaces.map((w) => `${w}/package.json`)]

const hash = createHash('sha256')
for (const file of inputs) hash.update(file).update(readFileSync(`${root}/${file}`))
const expected = `${process.version} ${hash.digest('hex')}\n`

const stamp = `${root}/node_modules/.elif-install`
if (existsSync(stamp) && readFileSync(stamp, 'utf8') === expected) {
  console.log('npm packages up to date (node_modules matches package-lock.json)')
} else {
  execFileSync('npm', ['ci', '--no-audit', '--no-fund'], {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  })
  writeFileSync(stamp, expected)
}
