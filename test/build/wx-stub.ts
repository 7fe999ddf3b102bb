import type { WxRequestOptions, WxRequestTask } from '../app/support/wx-request'

// The `wx` object for the weapp runtime harness: the APIs the bundle needs, with WeChat's
// callback conventions, recording what the bundle showed (toasts) and what it asked for that
// is not here (so a new dependency on a missing API is visible, not silently undefined).

export interface WxStubOptions {
  /** getAppBaseInfo().fontSizeScaleFactor; 1 is WeChat's default font size. */
  fontSizeScaleFactor?: number
  /** Storage the mini-program starts with (a previous launch's session, elder-mode choice…). */
  initialStorage?: Record<string, unknown>
}

type Callbacks = { success?: (r: unknown) => void; fail?: (e: unknown) => void; complete?: (r: unknown) => void }

/** Answers a callback-style API asynchronously with `result`, as WeChat does. */
function succeed(name: string, extra: Record<string, unknown> = {}) {
  return (options: Callbacks = {}) => {
    const result = { errMsg: `${name}:ok`, ...extra }
    setTimeout(() => {
      options.success?.(result)
      options.complete?.(result)
    }, 0)
  }
}

export function createWx(request: (options: WxRequestOptions) => WxRequestTask, options: WxStubOptions = {}) {
  const storage = new Map<string, unknown>(Object.entries(options.initialStorage ?? {}))
  const toasts: Array<Record<string, unknown>> = []
  const missing = new Set<string>()
  const windowInfo = { pixelRatio: 2, screenWidth: 375, screenHeight: 812, windowWidth: 375, windowHeight: 812, statusBarHeight: 44, safeArea: { top: 44, bottom: 778, left: 0, right: 375, width: 375, height: 734 } }
  const deviceInfo = { brand: 'devtools', model: 'iPhone X', system: 'iOS 17.0', platform: 'devtools' }
  const appBaseInfo = {
    SDKVersion: '3.5.0',
    version: '8.0.50',
    language: 'zh_CN',
    theme: 'light',
    enableDebug: false,
    fontSizeSetting: Math.round(17 * (options.fontSizeScaleFactor ?? 1)),
    fontSizeScaleFactor: options.fontSizeScaleFactor ?? 1,
  }

  const api: Record<string, unknown> = {
    env: { USER_DATA_PATH: 'http://usr' },
    // Cloud development is not used; WeChat still has the object, and Taro copies it.
    cloud: { init: () => undefined },
    request,
    getStorageSync: (key: string) => (storage.has(key) ? storage.get(key) : ''),
    setStorageSync: (key: string, value: unknown) => void storage.set(key, value),
    removeStorageSync: (key: string) => void storage.delete(key),
    clearStorageSync: () => storage.clear(),
    getStorageInfoSync: () => ({ keys: [...storage.keys()], currentSize: 0, limitSize: 10240 }),
    getAppBaseInfo: () => ({ ...appBaseInfo }),
    getWindowInfo: () => ({ ...windowInfo }),
    getDeviceInfo: () => ({ ...deviceInfo }),
    getSystemSetting: () => ({ bluetoothEnabled: false, locationEnabled: false, wifiEnabled: true, deviceOrientation: 'portrait' }),
    getSystemInfoSync: () => ({ ...windowInfo, ...deviceInfo, ...appBaseInfo }),
    getLaunchOptionsSync: () => ({ path: 'pages/home/index', query: {}, scene: 1001 }),
    getEnterOptionsSync: () => ({ path: 'pages/home/index', query: {}, scene: 1001 }),
    canIUse: () => true,
    nextTick: (fn: () => void) => setTimeout(fn, 0),
    showToast: (o: Record<string, unknown> & Callbacks) => {
      toasts.push({ title: o.title, icon: o.icon })
      succeed('showToast')(o)
    },
    hideToast: succeed('hideToast'),
    showLoading: succeed('showLoading'),
    hideLoading: succeed('hideLoading'),
    showModal: succeed('showModal', { confirm: true, cancel: false }),
    navigateTo: succeed('navigateTo'),
    redirectTo: succeed('redirectTo'),
    switchTab: succeed('switchTab'),
    reLaunch: succeed('reLaunch'),
    navigateBack: succeed('navigateBack'),
    stopPullDownRefresh: succeed('stopPullDownRefresh'),
    startPullDownRefresh: succeed('startPullDownRefresh'),
    setNavigationBarTitle: succeed('setNavigationBarTitle'),
    login: succeed('login', { code: 'harness-login-code' }),
    onNeedPrivacyAuthorization: () => undefined,
    onAppShow: () => undefined,
    onAppHide: () => undefined,
    offAppShow: () => undefined,
    offAppHide: () => undefined,
    onError: () => undefined,
    onUnhandledRejection: () => undefined,
    onPageNotFound: () => undefined,
    onWindowResize: () => undefined,
    onMemoryWarning: () => undefined,
    getUpdateManager: () => ({ onCheckForUpdate: () => undefined, onUpdateReady: () => undefined, onUpdateFailed: () => undefined, applyUpdate: () => undefined }),
    createSelectorQuery: () => {
      const query = { select: () => query, selectAll: () => query, selectViewport: () => query, in: () => query, boundingClientRect: () => query, scrollOffset: () => query, fields: () => query, exec: (cb?: (r: unknown[]) => void) => setTimeout(() => cb?.([]), 0) }
      return query
    },
  }

  const proxy = new Proxy(api, {
    get(target, key) {
      if (typeof key === 'string' && !(key in target) && key !== 'webpackJsonp') missing.add(key)
      return target[key as string]
    },
  })

  return { api: proxy, storage, toasts, missing }
}
