// The API's TypeScript types, generated from docs/openapi.json (the document the backend's build exports)
// into src/api/schema.d.ts, which is committed.
//   node scripts/api-types.mjs          regenerates the file (npm run api:types at the repository root)
//   node scripts/api-types.mjs --check  fails when the committed file differs from a fresh generation
//                                      (npm run check, hence the build)
import { readFileSync, writeFileSync } from 'node:fs'
import openapiTS, { astToString } from 'openapi-typescript'

const DOCUMENT = new URL('../../../docs/openapi.json', import.meta.url)
const TARGET = new URL('../src/api/schema.d.ts', import.meta.url)
const HEADER = `// Generated from docs/openapi.json by openapi-typescript: do not edit. Regenerate with \`npm run api:types\`.
`

const generated = HEADER + astToString(await openapiTS(DOCUMENT))

if (process.argv.includes('--check')) {
  let committed = ''
  try {
    committed = readFileSync(TARGET, 'utf8')
  } catch {
    // a missing file differs like any other
  }
  if (committed !== generated) {
    console.error(
      'bootstrap/web-kit/src/api/schema.d.ts is not what docs/openapi.json generates: run `npm run api:types` and commit it.',
    )
    process.exit(1)
  }
  console.log('API types match docs/openapi.json')
} else {
  writeFileSync(TARGET, generated)
  console.log('bootstrap/web-kit/src/api/schema.d.ts generated from docs/openapi.json')
}
