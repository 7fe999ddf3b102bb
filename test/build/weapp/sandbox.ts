import fs from 'node:fs'
import path from 'node:path'
import vm from 'node:vm'
import type { Activity } from './activity'

// The app service's JavaScript world: a Node vm offering only what WeChat's offers (wx, App,
// Page, Component, getApp, getCurrentPages, console, timers — no fetch, no AbortController, no
// queueMicrotask, no eval), and WeChat's module loader (each file wrapped in a function with
// require/module/exports and the browser names shadowed).

/** Browser names WeChat passes as undefined parameters to every module it loads. */
const SHADOWED_GLOBALS = ['window', 'document', 'frames', 'self', 'location', 'navigator', 'localStorage', 'history', 'XMLHttpRequest', 'WebSocket', 'fetch']

export interface Sandbox {
  /** Loads app.js; the App() it calls. */
  loadApp(): Record<string, unknown>
  app(): Record<string, unknown> | undefined
  /** Loads a page's module once; the config its Page() call gave. */
  pageConfig(route: string): Record<string, unknown>
  /** Loads a custom component's module once (the custom tab bar); the config its Component() call gave. */
  componentConfig(file: string): Record<string, unknown>
}

export function createSandbox(distDir: string, wxApi: unknown, activity: Activity, currentPages: () => unknown[]): Sandbox {
  let appInstance: Record<string, unknown> | undefined
  const pageConfigs = new Map<string, Record<string, unknown>>()
  const componentConfigs = new Map<string, Record<string, unknown>>()
  let loadingRoute: string | undefined
  let loadingComponent: string | undefined
  const sandbox: Record<string, unknown> = {
    wx: wxApi,
    console: {
      log: () => undefined,
      info: () => undefined,
      debug: () => undefined,
      warn: () => undefined,
      error: (...args: unknown[]) => activity.errors.push(args.map(String).join(' ')),
    },
    ...activity.timers,
    clearInterval,
    App: (config: Record<string, unknown>) => {
      appInstance = Object.create(config) as Record<string, unknown>
    },
    getApp: () => appInstance,
    Page: (config: Record<string, unknown>) => {
      if (loadingRoute) pageConfigs.set(loadingRoute, config)
    },
    // Taro's recursive `comp` shares the page's event handler; the harness renders it inline.
    // A component loaded as one (the custom tab bar) keeps its config.
    Component: (config: Record<string, unknown>) => {
      if (loadingComponent) componentConfigs.set(loadingComponent, config)
    },
    Behavior: (definition: unknown) => definition,
    getCurrentPages: () => currentPages(),
  }
  const context = vm.createContext(sandbox, { codeGeneration: { strings: false, wasm: false }, name: 'weapp' })

  const moduleCache = new Map<string, { exports: unknown }>()
  function requireFile(file: string): unknown {
    const resolved = file.endsWith('.js') ? file : `${file}.js`
    const cached = moduleCache.get(resolved)
    if (cached) return cached.exports
    const module = { exports: {} as unknown }
    moduleCache.set(resolved, module)
    const source = fs.readFileSync(path.join(distDir, resolved), 'utf8')
    const wrapper = `(function (require, module, exports, ${SHADOWED_GLOBALS.join(', ')}) {${source}\n})`
    const fn = new vm.Script(wrapper, { filename: resolved }).runInContext(context) as (...args: unknown[]) => void
    const localRequire = (request: string) => requireFile(path.posix.normalize(path.posix.join(path.posix.dirname(resolved), request)))
    fn(localRequire, module, module.exports)
    return module.exports
  }

  /** Loads `file`.js once, noting what its Page() or Component() call registers; that config. */
  function configOf(file: string, kind: 'Page' | 'Component'): Record<string, unknown> {
    const configs = kind === 'Page' ? pageConfigs : componentConfigs
    if (!configs.has(file)) {
      if (kind === 'Page') loadingRoute = file
      else loadingComponent = file
      try {
        requireFile(`${file}.js`)
      } finally {
        loadingRoute = undefined
        loadingComponent = undefined
      }
    }
    const config = configs.get(file)
    if (!config) throw new Error(`${file}.js did not call ${kind}()`)
    return config
  }

  return {
    loadApp() {
      requireFile('app.js')
      if (!appInstance) throw new Error('app.js did not call App()')
      return appInstance
    },
    app: () => appInstance,
    pageConfig: (route) => configOf(route, 'Page'),
    componentConfig: (file) => configOf(file, 'Component'),
  }
}
