import fs from 'node:fs'
import path from 'node:path'
import vm from 'node:vm'
import { createWxRequest, type RecordedRequest, type WxRequestOptions } from '../app/support/wx-request'
import { createWx, type WxStubOptions } from './wx-stub'

// Runs the built dist/weapp bundle in a Node vm context that offers only what WeChat's app
// service offers: wx, App, Page, Component, getApp, getCurrentPages, console and timers.
// No fetch, no AbortController, no queueMicrotask, no eval / new Function — so the gaps that make
// a mini-program fail while H5 works show up here. wx.request makes real HTTP requests.

/** Browser names WeChat passes as undefined parameters to every module it loads. */
const SHADOWED_GLOBALS = ['window', 'document', 'frames', 'self', 'location', 'navigator', 'localStorage', 'history', 'XMLHttpRequest', 'WebSocket', 'fetch']

export interface WeappRuntimeOptions extends WxStubOptions {
  /** The built bundle, e.g. dist/weapp. */
  distDir: string
  /** Where the bundle's GraphQL requests go. */
  gatewayUrl: string
  /** The URL baked into the bundle at build time (LINLI_GATEWAY_URL); rewritten to gatewayUrl. */
  bundleGatewayUrl?: string
}

export interface SetDataCall {
  route: string
  data: Record<string, unknown>
}

export interface WeappPage {
  route: string
  instance: Record<string, unknown>
  /** Calls a page lifecycle or event handler the way WeChat would (onPullDownRefresh, onReachBottom…). */
  call(name: string, ...args: unknown[]): unknown
}

export interface WeappRuntime {
  setDataCalls: SetDataCall[]
  requests: RecordedRequest[]
  toasts: Array<Record<string, unknown>>
  /** Uncaught errors and console.error output from the bundle. */
  errors: unknown[]
  /** wx members the bundle asked for that the stub does not have. */
  missingWxApis: Set<string>
  storage: Map<string, unknown>
  launch(): void
  openPage(route: string, query?: Record<string, string>): WeappPage
  /** Everything the page has been sent through setData, as one string to search. */
  setDataText(route?: string): string
  waitFor(predicate: () => boolean, timeoutMs?: number): Promise<void>
}

export const DEFAULT_BUNDLE_GATEWAY_URL = 'http://127.0.0.1:4000/graphql'

export function createWeappRuntime(options: WeappRuntimeOptions): WeappRuntime {
  const distDir = path.resolve(options.distDir)
  const bundleGatewayUrl = options.bundleGatewayUrl ?? process.env.LINLI_GATEWAY_URL ?? DEFAULT_BUNDLE_GATEWAY_URL
  const setDataCalls: SetDataCall[] = []
  const requests: RecordedRequest[] = []
  const errors: unknown[] = []
  const httpRequest = createWxRequest(requests)

  // Like WeChat's legal-domain list: only the gateway the bundle was built for is reachable.
  const request = (req: WxRequestOptions) => {
    if (!req.url.startsWith(bundleGatewayUrl)) {
      const failure = { errMsg: `request:fail url not in domain list: ${req.url}` }
      setTimeout(() => {
        req.fail?.(failure)
        req.complete?.(failure)
      }, 0)
      return { abort: () => undefined }
    }
    return httpRequest({ ...req, url: options.gatewayUrl + req.url.slice(bundleGatewayUrl.length) })
  }
  const wx = createWx(request, options)

  let appInstance: Record<string, unknown> | undefined
  const pageStack: Array<Record<string, unknown>> = []
  let pendingPageConfig: Record<string, unknown> | undefined

  const guard = (fn: (...args: unknown[]) => unknown) =>
    function guarded(this: unknown, ...args: unknown[]) {
      try {
        return fn.apply(this, args)
      } catch (error) {
        errors.push(error)
        throw error
      }
    }

  const sandbox: Record<string, unknown> = {
    wx: wx.api,
    console: {
      log: () => undefined,
      info: () => undefined,
      debug: () => undefined,
      warn: () => undefined,
      error: (...args: unknown[]) => errors.push(args.map(String).join(' ')),
    },
    setTimeout: (fn: (...a: unknown[]) => void, ms?: number, ...a: unknown[]) => setTimeout(guard(fn), ms, ...a),
    clearTimeout,
    setInterval: (fn: (...a: unknown[]) => void, ms?: number, ...a: unknown[]) => setInterval(guard(fn), ms, ...a),
    clearInterval,
    App: (config: Record<string, unknown>) => {
      appInstance = Object.assign(Object.create(config) as Record<string, unknown>, {})
    },
    getApp: () => appInstance,
    Page: (config: Record<string, unknown>) => {
      pendingPageConfig = config
    },
    Component: () => undefined,
    Behavior: (definition: unknown) => definition,
    getCurrentPages: () => [...pageStack],
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

  function launch() {
    requireFile('app.js')
    if (!appInstance) throw new Error('app.js did not call App()')
    const launchOptions = { path: 'pages/home/index', query: {}, scene: 1001 }
    ;(appInstance.onLaunch as ((o: unknown) => void) | undefined)?.call(appInstance, launchOptions)
    ;(appInstance.onShow as ((o: unknown) => void) | undefined)?.call(appInstance, launchOptions)
  }

  function openPage(route: string, query: Record<string, string> = {}): WeappPage {
    pendingPageConfig = undefined
    requireFile(`${route}.js`)
    const config = pendingPageConfig as Record<string, unknown> | undefined
    if (!config) throw new Error(`${route}.js did not call Page()`)
    const instance: Record<string, unknown> = Object.create(config) as Record<string, unknown>
    instance.data = JSON.parse(JSON.stringify(config.data ?? {})) as Record<string, unknown>
    instance.route = route
    instance.__route__ = route
    instance.options = query
    instance.setData = (data: Record<string, unknown>, callback?: () => void) => {
      setDataCalls.push({ route, data: JSON.parse(JSON.stringify(data)) as Record<string, unknown> })
      Object.assign(instance.data as Record<string, unknown>, data)
      if (callback) setTimeout(guard(callback), 0)
    }
    instance.selectComponent = () => null
    instance.createSelectorQuery = () => (wx.api.createSelectorQuery as () => unknown)()
    instance.getTabBar = () => null
    pageStack.push(instance)
    const call = (name: string, ...args: unknown[]) => {
      const handler = instance[name]
      return typeof handler === 'function' ? guard(handler as (...a: unknown[]) => unknown).apply(instance, args) : undefined
    }
    call('onLoad', query)
    call('onShow')
    call('onReady')
    return { route, instance, call }
  }

  return {
    setDataCalls,
    requests,
    toasts: wx.toasts,
    errors,
    missingWxApis: wx.missing,
    storage: wx.storage,
    launch,
    openPage,
    setDataText: (route) =>
      setDataCalls
        .filter((c) => route === undefined || c.route === route)
        .map((c) => JSON.stringify(c.data))
        .join('\n'),
    waitFor: async (predicate, timeoutMs = 10_000) => {
      const deadline = Date.now() + timeoutMs
      while (!predicate()) {
        if (Date.now() > deadline) throw new Error(`waitFor timed out after ${timeoutMs} ms`)
        await new Promise((resolve) => setTimeout(resolve, 20))
      }
    },
  }
}
