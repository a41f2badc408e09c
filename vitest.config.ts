import { defineConfig } from 'vitest/config'

// Unit tests of the web code's logic (npm test): *.test.ts next to what they test, in the kit and the apps.
export default defineConfig({
  test: {
    include: ['bootstrap/web-kit/src/**/*.test.ts', 'web-*/src/**/*.test.ts'],
    environment: 'node',
  },
})
