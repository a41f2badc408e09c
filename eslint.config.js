// ESLint for the kit and the three apps (flat config): typescript-eslint's and React Hooks' recommended rules.
// Formatting is Prettier's (npm run format), not ESLint's. `npm run lint` fails on any error or warning.
import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['**/dist/', '**/node_modules/', '**/target/', 'bootstrap/web-kit/src/api/schema.d.ts', '!.mvn/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  reactHooks.configs.flat.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
  },
  {
    // Node scripts: the build's and the kit's generator.
    files: ['**/*.{js,mjs}', '**/vite.config.ts', '**/vitest.config.ts'],
    languageOptions: { globals: globals.node },
  },
)
