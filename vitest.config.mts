import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

// The suites: the gateway over real HTTP on SQLite (and PostgreSQL when TEST_DATABASE_URL is set),
// the app's components in jsdom, end-to-end/build checks (Chromium, the weapp bundle), and a cluster
// of gateways behind nginx.
export default defineConfig({
  logLevel: 'error',
  test: {
    // Two files at a time, whichever projects they belong to (Vitest's default on two cores is one).
    // The files wait on SQLite, PostgreSQL, HTTP and Chromium as much as they compute, and each
    // has a database schema, SQLite file, Redis prefix, port and browser profile of its own.
    // Measured on a 2-core machine like CI's: gateway 465 s → 310 s, build 127 s → 74 s, e2e 247 s → 164 s.
    // The cluster project keeps its files one at a time (fileParallelism: false), after the rest.
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: 'gateway',
          include: ['test/gateway/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        // The app's logic and components in jsdom, rendered the way Taro's H5 build renders them.
        // Projects do not inherit the root logLevel; Taro's packages ship ~140 broken source maps.
        logLevel: 'error',
        resolve: {
          alias: [
            { find: /^@tarojs\/components$/, replacement: '@tarojs/components/lib/react' },
            { find: /^@tarojs\/taro$/, replacement: '@tarojs/plugin-platform-h5/dist/runtime/apis' },
            { find: /^@\//, replacement: fileURLToPath(new URL('./src/', import.meta.url)) },
          ],
        },
        define: {
          DEPRECATED_ADAPTER_COMPONENT: 'false',
          'process.env.TARO_ENV': '"h5"',
          'process.env.TARO_PLATFORM': '"web"',
          'process.env.FRAMEWORK': '"react"',
        },
        test: {
          name: 'app',
          include: ['test/app/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['test/app/support/taro-h5-setup.ts'],
          testTimeout: 15_000,
        },
      },
      {
        // Builds the weapp bundle once and checks it: app.json, package sizes, and the bundle
        // running in a vm that offers only what WeChat offers.
        test: {
          name: 'build',
          include: ['test/build/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/build/global-setup.ts'],
          // The files only read the built bundle (each compiles its WXML and runs it in a vm of its
          // own), so they may run side by side.
          testTimeout: 60_000,
          hookTimeout: 240_000,
        },
      },
      {
        // Three gateway processes on one PostgreSQL (and Redis) behind nginx, started by the test.
        test: {
          name: 'cluster',
          include: ['test/cluster/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          // Minutes on a machine shared with other work; CI's two idle cores take about one.
          testTimeout: 240_000,
          hookTimeout: 240_000,
        },
      },
      {
        // The H5 app in Debian's Chromium against a started gateway that serves it.
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/e2e/global-setup.ts'],
          // Each file starts its own gateway (own database, port and media directory) and its own
          // Chromium, so they may run side by side.
          testTimeout: 90_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
})
