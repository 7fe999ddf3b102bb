import fs from 'node:fs'
import path from 'node:path'
import vm from 'node:vm'
import { createWxRequest, type RecordedRequest, type WxRequestOptions } from '../../app/support/wx-request'
import { compileWxml, type CompiledWxml } from './compile'
import { bubblePath, bindingFor, countNodes, eventTarget, findAllByText, findById, outline, textOf, toRendered, walk, type RenderedNode } from './render'
import { applySetData, setDataBytes } from './setdata'
import { createWx, type LaunchOptions, type WxStubOptions } from './wx-stub'

// Runs the built dist/weapp in a Node vm that offers only what WeChat's app service offers (wx,
// App, Page, Component, getApp, getCurrentPages, console, timers — no fetch, no
// AbortController, no queueMicrotask, no eval), keeps WeChat's page stack, applies each setData
// to the page's data the way WeChat does, draws the page with wcc's render function and delivers
// taps and input to the handlers the drawn nodes bind, bubbling as WeChat does.

/** Browser names WeChat passes as undefined parameters to every module it loads. */
const SHADOWED_GLOBALS = ['window', 'document', 'frames', 'self', 'location', 'navigator', 'localStorage', 'history', 'XMLHttpRequest', 'WebSocket', 'fetch']
/** Events that bubble in WeChat; the others (input, change, blur…) reach only their own node. */
const BUBBLING = new Set(['tap', 'longpress', 'longtap', 'touchstart', 'touchmove', 'touchend', 'touchcancel'])

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
  bytes: number
  /** Which interaction (page open, tap, input…) it followed. */
  interaction: number
}

export interface Interaction {
  label: string
  route: string
}

export interface WeappPage {
  route: string
  query: Record<string, string>
  instance: Record<string, unknown>
  /** Calls a page lifecycle or handler the way WeChat would (onPullDownRefresh, onReachBottom…). */
  call(name: string, ...args: unknown[]): unknown
}

/** A node to act on: its text (innermost element showing it), or `{ id }`. */
export type NodeQuery = string | { id: string } | { text: string; exact?: boolean; index?: number }

export interface WeappRuntime {
  setDataCalls: SetDataCall[]
  interactions: Interaction[]
  requests: RecordedRequest[]
  toasts: Array<Record<string, unknown>>
  /** Uncaught errors and console.error output from the bundle. */
  errors: unknown[]
  /** wx members the bundle used that the harness does not imitate. */
  missingWxApis: Set<string>
  /** What wcc's runtime warned while drawing (a template not found…): a page drawn wrong. */
  templateWarnings: string[]
  wx: ReturnType<typeof createWx>
  storage: Map<string, unknown>
  pages(): WeappPage[]
  currentPage(): WeappPage
  /** Starts the app as WeChat does for `launch`, then opens its page when it names one. */
  launch(launch?: Partial<LaunchOptions>): void
  /** Opens a page as navigateTo would. */
  openPage(route: string, query?: Record<string, string>): WeappPage
  /** The current page drawn by wcc's render function from its data. */
  render(): RenderedNode
  /** What the current page shows, as one string. */
  text(): string
  find(query: NodeQuery): RenderedNode
  /** Taps, then waits until the page has answered (renders and requests done), as a finger would. */
  tap(query: NodeQuery): Promise<void>
  input(query: NodeQuery, value: string): Promise<void>
  /** A picker, switch or radio group's change event. */
  change(query: NodeQuery, value: unknown): Promise<void>
  /** What sharing the current page would send (onShareAppMessage). */
  share(from?: 'menu' | 'button'): Record<string, unknown> | undefined
  /** Everything the pages have been sent through setData, as one string to search. */
  setDataText(route?: string): string
  waitFor(predicate: () => boolean, timeoutMs?: number): Promise<void>
  /** Waits until the current page shows `text`. */
  waitForText(text: string, timeoutMs?: number): Promise<void>
  /** Waits until requests and timers have been quiet for a moment. */
  settle(quietMs?: number, timeoutMs?: number): Promise<void>
  close(): void
}

export const DEFAULT_BUNDLE_GATEWAY_URL = 'http://127.0.0.1:4000/graphql'

const parseUrl = (url: string): { route: string; query: Record<string, string> } => {
  const [pathPart, search = ''] = url.replace(/^\//, '').split('?')
  const query: Record<string, string> = {}
  for (const pair of search.split('&').filter(Boolean)) {
    const at = pair.indexOf('=')
    query[at < 0 ? pair : pair.slice(0, at)] = at < 0 ? '' : pair.slice(at + 1)
  }
  return { route: pathPart, query }
}

/** GET data goes in the query string, as wx.request does. */
function withQueryString(req: WxRequestOptions): WxRequestOptions {
  if ((req.method ?? 'GET').toUpperCase() !== 'GET' || req.data === undefined || req.data === null) return req
  const params = new URLSearchParams()
  if (typeof req.data === 'string') return { ...req, url: req.url + (req.url.includes('?') ? '&' : '?') + req.data, data: undefined }
  for (const [k, v] of Object.entries(req.data as Record<string, unknown>)) params.set(k, typeof v === 'string' ? v : JSON.stringify(v))
  return { ...req, url: req.url + (req.url.includes('?') ? '&' : '?') + params.toString(), data: undefined }
}

export function createWeappRuntime(options: WeappRuntimeOptions): WeappRuntime {
  const distDir = path.resolve(options.distDir)
  const bundleGatewayUrl = options.bundleGatewayUrl ?? process.env.LINLI_GATEWAY_URL ?? DEFAULT_BUNDLE_GATEWAY_URL
  const bundleOrigin = new URL(bundleGatewayUrl).origin
  const gatewayOrigin = new URL(options.gatewayUrl).origin
  const setDataCalls: SetDataCall[] = []
  const interactions: Interaction[] = []
  const requests: RecordedRequest[] = []
  const errors: unknown[] = []
  const httpRequest = createWxRequest(requests)
  const compiled: CompiledWxml = compileWxml(distDir)
  const appJson = JSON.parse(fs.readFileSync(path.join(distDir, 'app.json'), 'utf8')) as { tabBar?: { list: Array<{ pagePath: string }> } }
  const tabRoutes = new Set((appJson.tabBar?.list ?? []).map((t) => t.pagePath))
  let pending = 0
  let lastActivity = Date.now()
  let tapGesture = false
  let launchOptions: LaunchOptions = { path: 'pages/home/index', query: {}, scene: 1001 }

  const guard = (fn: (...args: unknown[]) => unknown) =>
    function guarded(this: unknown, ...args: unknown[]) {
      try {
        return fn.apply(this, args)
      } catch (error) {
        errors.push(error)
        throw error
      }
    }
  const timers = new Set<NodeJS.Timeout>()
  const sandboxTimers = new Map<NodeJS.Timeout, boolean>()
  const later = (fn: () => void, ms = 0) => {
    pending++
    const timer = setTimeout(() => {
      timers.delete(timer)
      pending--
      lastActivity = Date.now()
      try {
        fn()
      } catch (error) {
        errors.push(error)
      }
    }, ms)
    timers.add(timer)
  }

  // Like WeChat's legal-domain list: only the origin the bundle was built for is reachable.
  const request = (raw: WxRequestOptions) => {
    const req = withQueryString(raw)
    if (!req.url.startsWith(bundleOrigin)) {
      later(() => {
        const failure = { errMsg: `request:fail url not in domain list: ${req.url}` }
        req.fail?.(failure)
        req.complete?.(failure)
      })
      return { abort: () => undefined }
    }
    pending++
    let done = false
    const finish = () => {
      if (done) return
      done = true
      pending--
      lastActivity = Date.now()
    }
    const wrap = <T,>(cb?: (r: T) => void) => (r: T) => {
      finish()
      if (cb) guard(cb as (...a: unknown[]) => unknown)(r)
    }
    return httpRequest({ ...req, url: gatewayOrigin + req.url.slice(bundleOrigin.length), success: wrap(req.success), fail: wrap(req.fail), complete: req.complete && guard(req.complete as (...a: unknown[]) => unknown) })
  }

  const rewriteUpload = (url: string) => (url.startsWith(bundleOrigin) ? gatewayOrigin + url.slice(bundleOrigin.length) : url)
  const wx = createWx(
    request,
    {
      later: (fn) => later(fn),
      navigate: (kind, o) => later(() => navigate(kind, o)),
      inTapGesture: () => tapGesture,
      launchOptions: () => launchOptions,
    },
    options,
  )
  // uploadFile goes to the gateway the test started, like request.
  const upload = wx.api.uploadFile as (o: Record<string, unknown>) => unknown
  ;(wx.api as Record<string, unknown>).uploadFile = (o: Record<string, unknown>) => upload({ ...o, url: rewriteUpload(String(o.url)) })

  let appInstance: Record<string, unknown> | undefined
  const pageStack: WeappPage[] = []
  const pageConfigs = new Map<string, Record<string, unknown>>()
  let loadingRoute: string | undefined

  const sandbox: Record<string, unknown> = {
    wx: wx.api,
    console: {
      log: () => undefined,
      info: () => undefined,
      debug: () => undefined,
      warn: () => undefined,
      error: (...args: unknown[]) => errors.push(args.map(String).join(' ')),
    },
    // Short timers are the bundle's work still to come (React's scheduler, Taro's batching), so
    // settle() waits for them; long ones (polling, reminders) are not.
    setTimeout: (fn: (...a: unknown[]) => void, ms?: number, ...a: unknown[]) => {
      const counted = (ms ?? 0) <= 1000
      if (counted) pending++
      const timer = setTimeout(() => {
        if (counted) pending--
        sandboxTimers.delete(timer)
        lastActivity = Date.now()
        guard(fn)(...a)
      }, ms)
      sandboxTimers.set(timer, counted)
      return timer
    },
    clearTimeout: (timer: NodeJS.Timeout) => {
      if (sandboxTimers.get(timer)) pending--
      sandboxTimers.delete(timer)
      clearTimeout(timer)
    },
    setInterval: (fn: (...a: unknown[]) => void, ms?: number, ...a: unknown[]) => setInterval(guard(fn), ms, ...a),
    clearInterval,
    App: (config: Record<string, unknown>) => {
      appInstance = Object.create(config) as Record<string, unknown>
    },
    getApp: () => appInstance,
    Page: (config: Record<string, unknown>) => {
      if (loadingRoute) pageConfigs.set(loadingRoute, config)
    },
    // Taro's recursive `comp` shares the page's event handler; the harness renders it inline.
    Component: () => undefined,
    Behavior: (definition: unknown) => definition,
    getCurrentPages: () => pageStack.map((p) => p.instance),
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

  const begin = (label: string, route: string) => interactions.push({ label, route })

  function callOn(page: WeappPage, name: string, ...args: unknown[]): unknown {
    const handler = page.instance[name]
    return typeof handler === 'function' ? guard(handler as (...a: unknown[]) => unknown).apply(page.instance, args) : undefined
  }

  function createPage(route: string, query: Record<string, string>): WeappPage {
    if (!pageConfigs.has(route)) {
      loadingRoute = route
      try {
        requireFile(`${route}.js`)
      } finally {
        loadingRoute = undefined
      }
    }
    const config = pageConfigs.get(route)
    if (!config) throw new Error(`${route}.js did not call Page()`)
    const instance: Record<string, unknown> = Object.create(config) as Record<string, unknown>
    instance.data = JSON.parse(JSON.stringify(config.data ?? {})) as Record<string, unknown>
    instance.route = route
    instance.__route__ = route
    instance.options = query
    instance.setData = (data: Record<string, unknown>, callback?: () => void) => {
      setDataCalls.push({ route, data: JSON.parse(JSON.stringify(data)) as Record<string, unknown>, bytes: setDataBytes(data), interaction: interactions.length - 1 })
      applySetData(instance.data as Record<string, unknown>, data)
      lastActivity = Date.now()
      if (callback) later(callback)
    }
    instance.selectComponent = () => null
    instance.selectAllComponents = () => []
    instance.createSelectorQuery = () => (wx.api.createSelectorQuery as () => unknown)()
    instance.getTabBar = () => null
    instance.getOpenerEventChannel = () => ({ emit: () => undefined, on: () => undefined, once: () => undefined, off: () => undefined })
    const page: WeappPage = { route, query, instance, call: (name, ...args) => callOn(page, name, ...args) }
    return page
  }

  function openPage(route: string, query: Record<string, string> = {}): WeappPage {
    const previous = pageStack[pageStack.length - 1]
    if (previous) callOn(previous, 'onHide')
    begin(`open ${route}`, route)
    const page = createPage(route, query)
    pageStack.push(page)
    callOn(page, 'onLoad', query)
    callOn(page, 'onShow')
    callOn(page, 'onReady')
    return page
  }

  function unload(page: WeappPage) {
    callOn(page, 'onUnload')
  }

  function navigate(kind: 'navigateTo' | 'redirectTo' | 'switchTab' | 'reLaunch' | 'navigateBack', o: Record<string, unknown>) {
    const done = (ok: boolean, message = '') => {
      const result = { errMsg: `${kind}:${ok ? 'ok' : `fail ${message}`}` }
      const cb = (ok ? o.success : o.fail) as ((r: unknown) => void) | undefined
      cb?.(result)
      ;(o.complete as ((r: unknown) => void) | undefined)?.(result)
    }
    if (kind === 'navigateBack') {
      const delta = Math.max(1, Number(o.delta ?? 1))
      if (pageStack.length <= 1) return done(false, 'cannot navigate back at first page.')
      for (let i = 0; i < delta && pageStack.length > 1; i++) unload(pageStack.pop() as WeappPage)
      begin('navigateBack', pageStack[pageStack.length - 1].route)
      callOn(pageStack[pageStack.length - 1], 'onShow')
      return done(true)
    }
    const { route, query } = parseUrl(String(o.url ?? ''))
    if (!fs.existsSync(path.join(distDir, `${route}.js`))) return done(false, `page "${route}" is not found`)
    const isTab = tabRoutes.has(route)
    // WeChat's own rules: tab pages only by switchTab (or reLaunch), others never by switchTab.
    if ((kind === 'navigateTo' || kind === 'redirectTo') && isTab) return done(false, 'can not navigateTo a tabbar page')
    if (kind === 'switchTab' && !isTab) return done(false, 'can not switch to no-tabBar page')
    if (kind === 'navigateTo' && pageStack.length >= 10) return done(false, 'webview count limit exceed')
    if (kind === 'redirectTo' && pageStack.length) unload(pageStack.pop() as WeappPage)
    if (kind === 'switchTab' || kind === 'reLaunch') while (pageStack.length) unload(pageStack.pop() as WeappPage)
    openPage(route, kind === 'switchTab' ? {} : query)
    done(true)
  }

  function currentPage(): WeappPage {
    const page = pageStack[pageStack.length - 1]
    if (!page) throw new Error('no page is open')
    return page
  }

  function render(): RenderedNode {
    const page = currentPage()
    return toRendered(compiled.render(`${page.route}.wxml`, page.instance.data as Record<string, unknown>))
  }

  function find(query: NodeQuery): RenderedNode {
    const tree = render()
    if (typeof query === 'object' && 'id' in query) {
      const node = findById(tree, query.id)
      if (!node) throw new Error(`no node #${query.id} on ${currentPage().route}:\n${outline(tree)}`)
      return node
    }
    const { text, exact, index } = typeof query === 'string' ? { text: query, exact: false, index: 0 } : { exact: false, index: 0, ...query }
    const found = findAllByText(tree, text, exact)
    const node = found[index ?? 0]
    if (!node) throw new Error(`no node shows ${JSON.stringify(text)} on ${currentPage().route}:\n${outline(tree)}`)
    return node
  }

  function dispatch(node: RenderedNode, type: string, detail: Record<string, unknown>) {
    const page = currentPage()
    const steps = BUBBLING.has(type) ? bubblePath(node, type) : (() => {
      const binding = bindingFor(node, type)
      return binding ? [{ node, handler: binding.handler }] : []
    })()
    if (!steps.length) throw new Error(`nothing on ${page.route} handles ${type} on <${node.tag}> "${textOf(node).slice(0, 40)}"`)
    const target = eventTarget(node)
    for (const step of steps) {
      const event = { type, timeStamp: Date.now(), target, currentTarget: eventTarget(step.node), detail, touches: [], changedTouches: [], mark: {} }
      callOn(page, step.handler, event)
    }
  }

  async function tap(query: NodeQuery) {
    const node = find(query)
    const label = typeof query === 'string' ? query : JSON.stringify(query)
    begin(`tap ${label}`, currentPage().route)
    tapGesture = true
    try {
      dispatch(node, 'tap', { x: 10, y: 10 })
      // A button's open-type: WeChat itself acts on the tap and tells the button.
      let button: RenderedNode | undefined
      for (let n: RenderedNode | undefined = node; n; n = n.parent) if (n.tag === 'button') { button = n; break }
      const openType = button?.attr.openType
      if (button && openType === 'agreePrivacyAuthorization') dispatch(button, 'agreeprivacyauthorization', {})
      if (button && openType === 'share') share('button')
    } finally {
      tapGesture = false
    }
    await settle(30)
  }

  async function settle(quietMs = 150, timeoutMs = 10_000) {
    const deadline = Date.now() + timeoutMs
    while (pending > 0 || Date.now() - lastActivity < quietMs) {
      if (Date.now() > deadline) throw new Error(`the app did not settle in ${timeoutMs} ms (${pending} pending)`)
      await new Promise((resolve) => setTimeout(resolve, 10))
    }
  }

  function share(from: 'menu' | 'button' = 'menu'): Record<string, unknown> | undefined {
    const page = currentPage()
    const card = callOn(page, 'onShareAppMessage', { from }) as Record<string, unknown> | undefined
    return card && JSON.parse(JSON.stringify(card)) as Record<string, unknown>
  }

  /** The input or textarea whose placeholder says `text`: how a person finds an empty field. */
  function fieldByPlaceholder(text: string): RenderedNode | undefined {
    for (const n of walk(render())) if ((n.tag === 'input' || n.tag === 'textarea') && String(n.attr.placeholder ?? '').includes(text)) return n
    return undefined
  }

  function formControl(node: RenderedNode): RenderedNode {
    for (const n of walk(node)) if (['input', 'textarea', 'picker', 'switch', 'radio-group', 'checkbox-group', 'slider'].includes(n.tag)) return n
    for (let n = node.parent; n; n = n.parent) if (['picker', 'radio-group', 'checkbox-group', 'switch', 'textarea', 'input'].includes(n.tag)) return n
    return node
  }

  return {
    setDataCalls,
    interactions,
    requests,
    toasts: wx.toasts,
    errors,
    missingWxApis: wx.missing,
    templateWarnings: compiled.warnings,
    wx,
    storage: wx.storage,
    pages: () => [...pageStack],
    currentPage,
    launch(launch = {}) {
      launchOptions = { path: launch.path ?? 'pages/home/index', query: launch.query ?? {}, scene: launch.scene ?? 1001, ...(launch.referrerInfo ? { referrerInfo: launch.referrerInfo } : {}) }
      requireFile('app.js')
      if (!appInstance) throw new Error('app.js did not call App()')
      const app = appInstance
      const forApp = { ...launchOptions }
      guard(() => (app.onLaunch as ((o: unknown) => void) | undefined)?.call(app, forApp))()
      guard(() => (app.onShow as ((o: unknown) => void) | undefined)?.call(app, forApp))()
      if (launch.path) openPage(launch.path, launchOptions.query)
    },
    openPage,
    render,
    text: () => textOf(render()),
    find,
    tap,
    async input(query, value) {
      const node = (typeof query === 'string' && fieldByPlaceholder(query)) || formControl(find(query))
      begin(`input ${JSON.stringify(query)}`, currentPage().route)
      dispatch(node, 'input', { value, cursor: value.length, keyCode: 0 })
      await settle(30)
    },
    async change(query, value) {
      const node = formControl(find(query))
      begin(`change ${JSON.stringify(query)}`, currentPage().route)
      dispatch(node, 'change', { value })
      await settle(30)
    },
    share,
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
    async waitForText(text, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs
      for (;;) {
        const shown = pageStack.length ? textOf(render()) : ''
        if (shown.includes(text)) return
        if (Date.now() > deadline) throw new Error(`${pageStack.length ? currentPage().route : 'no page'} never showed ${JSON.stringify(text)}; it shows:\n${pageStack.length ? outline(render()) : ''}\nerrors: ${errors.map(String).join('\n')}`)
        await new Promise((resolve) => setTimeout(resolve, 25))
      }
    },
    settle,
    close() {
      for (const timer of timers) clearTimeout(timer)
      for (const timer of sandboxTimers.keys()) clearTimeout(timer)
      wx.close()
    },
  }
}

export { countNodes }
