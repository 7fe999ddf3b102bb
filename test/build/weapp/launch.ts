import path from 'node:path'
import { createActivity } from './activity'
import { compileWxml } from './compile'
import { createGestures } from './gestures'
import { createNetwork } from './network'
import { createPageStack } from './page-stack'
import { countNodes, outline, textOf } from './render'
import { DEFAULT_BUNDLE_GATEWAY_URL, type Interaction, type SetDataCall, type WeappRuntime, type WeappRuntimeOptions } from './runtime-types'
import { createSandbox } from './sandbox'
import { createWx, type LaunchOptions } from './wx-stub'

// Runs the built dist/weapp as WeChat would and lets a test act on it like a person. The pieces:
// activity.ts (what is still to come, for settle), network.ts (wx.request to the started gateway),
// sandbox.ts (the app service's vm and module loader), page-stack.ts (pages, setData,
// navigation), gestures.ts (finding nodes wcc drew and tapping them), wx-stub.ts (the wx object).

export type { Interaction, NodeQuery, SetDataCall, WeappPage, WeappRuntime, WeappRuntimeOptions } from './runtime-types'
export { DEFAULT_BUNDLE_GATEWAY_URL } from './runtime-types'

export function createWeappRuntime(options: WeappRuntimeOptions): WeappRuntime {
  const distDir = path.resolve(options.distDir)
  const activity = createActivity()
  const network = createNetwork(options.bundleGatewayUrl ?? process.env.LINLI_GATEWAY_URL ?? DEFAULT_BUNDLE_GATEWAY_URL, options.gatewayUrl, activity)
  const compiled = compileWxml(distDir)
  const setDataCalls: SetDataCall[] = []
  const interactions: Interaction[] = []
  let launchOptions: LaunchOptions = { path: 'pages/home/index', query: {}, scene: 1001 }

  const wx = createWx(
    (o) => network.request(o),
    {
      later: (fn) => activity.later(fn),
      navigate: (kind, o) => activity.later(() => stack.navigate(kind, o)),
      inTapGesture: () => gestures.inTap(),
      launchOptions: () => launchOptions,
      rewriteUrl: network.rewrite,
    },
    options,
  )
  const sandbox = createSandbox(distDir, wx.api, activity, () => stack.pages.map((p) => p.instance))
  const stack = createPageStack(distDir, sandbox, activity, { setDataCalls, interactions }, () => (wx.api.createSelectorQuery as () => unknown)())
  const gestures = createGestures(compiled, stack)
  const shown = () => (stack.pages.length ? textOf(gestures.render()) : '')

  return {
    setDataCalls,
    interactions,
    requests: network.requests,
    toasts: wx.toasts,
    errors: activity.errors,
    missingWxApis: wx.missing,
    templateWarnings: compiled.warnings,
    wx,
    storage: wx.storage,
    pages: () => [...stack.pages],
    currentPage: () => stack.current(),
    launch(launch = {}) {
      launchOptions = { path: launch.path ?? 'pages/home/index', query: launch.query ?? {}, scene: launch.scene ?? 1001, ...(launch.referrerInfo ? { referrerInfo: launch.referrerInfo } : {}) }
      const app = sandbox.loadApp()
      const forApp = { ...launchOptions }
      activity.guard(() => (app.onLaunch as ((o: unknown) => void) | undefined)?.call(app, forApp))()
      activity.guard(() => (app.onShow as ((o: unknown) => void) | undefined)?.call(app, forApp))()
      if (launch.path) stack.open(launch.path, launchOptions.query)
    },
    openPage: (route, query) => stack.open(route, query),
    render: () => gestures.render(),
    text: () => textOf(gestures.render()),
    find: (query) => gestures.find(query),
    tabBar: () => (stack.pages.length ? gestures.renderTabBar() : undefined),
    async tapTabBar(query) {
      gestures.tapTabBar(query)
      await activity.settle(30)
    },
    async tap(query) {
      gestures.tap(query)
      await activity.settle(30)
    },
    async input(query, value) {
      gestures.input(query, value)
      await activity.settle(30)
    },
    async change(query, value) {
      gestures.change(query, value)
      await activity.settle(30)
    },
    share: (from) => gestures.share(from),
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
        if (shown().includes(text)) return
        if (Date.now() > deadline) throw new Error(`${stack.pages.length ? stack.current().route : 'no page'} never showed ${JSON.stringify(text)}; it shows:\n${stack.pages.length ? outline(gestures.render()) : ''}\nerrors: ${activity.errors.map(String).join('\n')}`)
        await new Promise((resolve) => setTimeout(resolve, 25))
      }
    },
    settle: (quietMs, timeoutMs) => activity.settle(quietMs, timeoutMs),
    close() {
      activity.close()
      wx.close()
    },
  }
}

export { countNodes }
