import react from '@vitejs/plugin-react'
import { msw } from 'msw/vite'
import { defineConfig } from 'vitest/config'
import { embedPages } from './scripts/vite-plugin-embeds.ts'
import { prerenderDashboard } from './scripts/vite-plugin-prerender.ts'
import { staticApi } from './scripts/vite-plugin-static-api.ts'

// `base: './'` keeps every asset and API URL relative, so the built site works from any
// sub-path (for example /gk/2018/) on a plain static file server with no rewrite rules.
export default defineConfig({
  base: './',
  plugins: [
    react(),
    { ...msw({ mode: 'worker-only' }), apply: 'serve' },
    staticApi(),
    embedPages(),
    prerenderDashboard(),
  ],
  build: {
    target: 'es2022',
    // The ECharts chunk (~555 kB, 190 kB gzip) loads after first paint, when a chart mounts.
    chunkSizeWarningLimit: 600,
    // scripts/bundle-size.ts reads it to weigh what each page loads up front.
    manifest: true,
    rolldownOptions: {
      // The dashboard, and the script of the embed pages that scripts/vite-plugin-embeds.ts writes.
      input: { main: 'index.html', embed: 'src/embed/runtime.ts', gallery: 'gallery.html' },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          setupFiles: ['./tests/setup.ts'],
          include: ['tests/**/*.test.{ts,tsx}'],
          exclude: ['tests/e2e/**', 'node_modules/**'],
          css: false,
          // The first test of a file that draws a chart waits for ECharts to load and transform.
          testTimeout: 20_000,
          // The "slow" fault waits this long plus 2 s; tests need not wait the real 10 s.
          env: { VITE_REQUEST_TIMEOUT_MS: '1500' },
        },
      },
      {
        // Builds the site once, serves dist/ statically and drives headless Chromium.
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.e2e.test.ts'],
          globalSetup: ['./tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          // Page loads and chart drawing in a throttled CI machine take longer than the 1 s default.
          expect: { poll: { timeout: 20_000, interval: 100 } },
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
})
