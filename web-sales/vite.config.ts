import { elifViteConfig } from '@elif/web-kit/vite'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

// Served by the backend under /sales/; the same dist/ can be deployed on any origin at that path.
export default defineConfig(elifViteConfig({ base: '/sales/', devPort: 5174, plugins: [react()] }))
