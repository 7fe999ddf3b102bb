import fs from 'node:fs'
import path from 'node:path'
import type { Activity } from './activity'
import type { WeappPage, SetDataCall, Interaction } from './runtime-types'
import type { Sandbox } from './sandbox'
import { applySetData, setDataBytes } from './setdata'

// WeChat's page stack: page instances made from Page() configs with setData applied as WeChat
// applies it (and recorded, with its size), the lifecycle in WeChat's order, and navigation with
// WeChat's own refusals (tab pages only by switchTab, ten pages at most…).

export const TAB_BAR_COMPONENT = 'custom-tab-bar/index'

export type NavigationKind = 'navigateTo' | 'redirectTo' | 'switchTab' | 'reLaunch' | 'navigateBack'

export const parseUrl = (url: string): { route: string; query: Record<string, string> } => {
  const [pathPart, search = ''] = url.replace(/^\//, '').split('?')
  const query: Record<string, string> = {}
  for (const pair of search.split('&').filter(Boolean)) {
    const at = pair.indexOf('=')
    query[at < 0 ? pair : pair.slice(0, at)] = at < 0 ? '' : pair.slice(at + 1)
  }
  return { route: pathPart, query }
}

export interface PageStack {
  pages: WeappPage[]
  current(): WeappPage
  open(route: string, query?: Record<string, string>): WeappPage
  navigate(kind: NavigationKind, options: Record<string, unknown>): void
  /** Calls a page lifecycle or handler, recording what it throws. */
  callOn(page: WeappPage, name: string, ...args: unknown[]): unknown
  /** Records the start of an interaction (page open, tap…) setData calls are counted against. */
  begin(label: string, route: string): void
}

export function createPageStack(distDir: string, sandbox: Sandbox, activity: Activity, records: { setDataCalls: SetDataCall[]; interactions: Interaction[] }, selectorQuery: () => unknown): PageStack {
  const appJson = JSON.parse(fs.readFileSync(path.join(distDir, 'app.json'), 'utf8')) as { tabBar?: { custom?: boolean; list: Array<{ pagePath: string }> } }
  const tabRoutes = new Set((appJson.tabBar?.list ?? []).map((t) => t.pagePath))
  const customTabBar = appJson.tabBar?.custom === true
  const pages: WeappPage[] = []
  let pageCount = 0
  const begin = (label: string, route: string) => void records.interactions.push({ label, route })

  function callOn(page: WeappPage, name: string, ...args: unknown[]): unknown {
    const handler = page.instance[name]
    return typeof handler === 'function' ? activity.guard(handler as (...a: unknown[]) => unknown).apply(page.instance, args) : undefined
  }

  function createPage(route: string, query: Record<string, string>): WeappPage {
    const config = sandbox.pageConfig(route)
    const instance: Record<string, unknown> = Object.create(config) as Record<string, unknown>
    instance.data = JSON.parse(JSON.stringify(config.data ?? {})) as Record<string, unknown>
    instance.route = route
    instance.__route__ = route
    instance.options = query
    instance.setData = (data: Record<string, unknown>, callback?: () => void) => {
      records.setDataCalls.push({ route, data: JSON.parse(JSON.stringify(data)) as Record<string, unknown>, bytes: setDataBytes(data), interaction: records.interactions.length - 1 })
      applySetData(instance.data as Record<string, unknown>, data)
      activity.touch()
      if (callback) activity.later(callback)
    }
    instance.selectComponent = () => null
    instance.selectAllComponents = () => []
    instance.createSelectorQuery = selectorQuery
    instance.getTabBar = () => page.tabBar?.instance ?? null
    instance.getOpenerEventChannel = () => ({ emit: () => undefined, on: () => undefined, once: () => undefined, off: () => undefined })
    const page: WeappPage = { route, query, instance, call: (name, ...args) => callOn(page, name, ...args) }
    return page
  }

  /**
   * The custom tab bar (app.json tabBar.custom): WeChat makes one instance of
   * custom-tab-bar/index per tab page, attached with the page, and draws it below the page.
   */
  function attachTabBar(page: WeappPage) {
    const config = sandbox.componentConfig(TAB_BAR_COMPONENT)
    const instance: Record<string, unknown> = { ...((config.methods ?? {}) as Record<string, unknown>) }
    instance.data = JSON.parse(JSON.stringify(config.data ?? {})) as Record<string, unknown>
    instance.is = TAB_BAR_COMPONENT
    instance.getPageId = () => `pageId:${pageCount}`
    instance.setData = (data: Record<string, unknown>, callback?: () => void) => {
      applySetData(instance.data as Record<string, unknown>, data)
      activity.touch()
      if (callback) activity.later(callback)
    }
    page.tabBar = { instance }
    const attached = config.attached ?? (config.lifetimes as Record<string, unknown> | undefined)?.attached
    if (typeof attached === 'function') activity.guard(attached as () => void).call(instance)
  }

  function detachTabBar(page: WeappPage) {
    const tabBar = page.tabBar
    if (!tabBar) return
    const config = sandbox.componentConfig(TAB_BAR_COMPONENT)
    const detached = config.detached ?? (config.lifetimes as Record<string, unknown> | undefined)?.detached
    if (typeof detached === 'function') activity.guard(detached as () => void).call(tabBar.instance)
    page.tabBar = undefined
  }

  function open(route: string, query: Record<string, string> = {}): WeappPage {
    const previous = pages[pages.length - 1]
    if (previous) callOn(previous, 'onHide')
    begin(`open ${route}`, route)
    const page = createPage(route, query)
    pageCount++
    pages.push(page)
    callOn(page, 'onLoad', query)
    if (customTabBar && tabRoutes.has(route)) attachTabBar(page)
    callOn(page, 'onShow')
    callOn(page, 'onReady')
    return page
  }

  const unload = (page: WeappPage) => {
    callOn(page, 'onUnload')
    detachTabBar(page)
  }

  function navigate(kind: NavigationKind, o: Record<string, unknown>) {
    const done = (ok: boolean, message = '') => {
      const result = { errMsg: `${kind}:${ok ? 'ok' : `fail ${message}`}` }
      const cb = (ok ? o.success : o.fail) as ((r: unknown) => void) | undefined
      cb?.(result)
      ;(o.complete as ((r: unknown) => void) | undefined)?.(result)
    }
    if (kind === 'navigateBack') {
      const delta = Math.max(1, Number(o.delta ?? 1))
      if (pages.length <= 1) return done(false, 'cannot navigate back at first page.')
      for (let i = 0; i < delta && pages.length > 1; i++) unload(pages.pop() as WeappPage)
      begin('navigateBack', pages[pages.length - 1].route)
      callOn(pages[pages.length - 1], 'onShow')
      return done(true)
    }
    const { route, query } = parseUrl(String(o.url ?? ''))
    if (!fs.existsSync(path.join(distDir, `${route}.js`))) return done(false, `page "${route}" is not found`)
    const isTab = tabRoutes.has(route)
    // WeChat's own rules: tab pages only by switchTab (or reLaunch), others never by switchTab.
    if ((kind === 'navigateTo' || kind === 'redirectTo') && isTab) return done(false, 'can not navigateTo a tabbar page')
    if (kind === 'switchTab' && !isTab) return done(false, 'can not switch to no-tabBar page')
    if (kind === 'navigateTo' && pages.length >= 10) return done(false, 'webview count limit exceed')
    if (kind === 'redirectTo' && pages.length) unload(pages.pop() as WeappPage)
    if (kind === 'switchTab' || kind === 'reLaunch') while (pages.length) unload(pages.pop() as WeappPage)
    open(route, kind === 'switchTab' ? {} : query)
    done(true)
  }

  return {
    pages,
    current() {
      const page = pages[pages.length - 1]
      if (!page) throw new Error('no page is open')
      return page
    },
    open,
    navigate,
    callOn,
    begin,
  }
}
