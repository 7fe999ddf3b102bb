import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { WxRequestOptions, WxRequestTask } from '../../app/support/wx-request'
import { fileApis } from './wx-files'
import { wechatApiNames } from './wx-api-names'

// The `wx` object of the weapp harness: the APIs the bundle uses, with WeChat's callback
// conventions and rules (privacy consent before privacy APIs, subscribe requests only inside a
// tap and at most 3 templates). Every API is an own, enumerable property, as in WeChat, because
// Taro wraps only what Object.keys(wx) lists and probes with hasOwnProperty. Every other member
// WeChat declares is present too but records its use and fails, so a test sees that the bundle
// reached for something the harness does not imitate.

export type Callbacks = { success?: (r: unknown) => void; fail?: (e: unknown) => void; complete?: (r: unknown) => void }
export type Options = Record<string, unknown> & Callbacks

export interface LaunchOptions {
  path: string
  query: Record<string, string>
  scene: number
  referrerInfo?: Record<string, unknown>
}

export interface WxStubOptions {
  /** getAppBaseInfo().fontSizeScaleFactor; 1 is WeChat's default font size. */
  fontSizeScaleFactor?: number
  /** Storage the mini-program starts with (a previous launch's session, elder-mode choice…). */
  initialStorage?: Record<string, unknown>
  /** The code wx.login hands out; each call gets the next from the function when one is given. */
  loginCode?: string | (() => string)
  /** Image files chooseMedia hands back, as real files on disk. */
  chosenImages?: string[]
  /** Files chooseMessageFile hands back (a chat's attachment), as real files on disk. */
  chosenMessageFiles?: string[]
  /** What scanCode reads. */
  scanResult?: string
  /** The resident has already agreed to the privacy notice (WeChat then never asks). Default true. */
  privacyAgreed?: boolean
  /** How the resident answers a subscribe request for each template id. Default: accept all. */
  subscribeAnswer?: (tmplId: string) => 'accept' | 'reject' | 'ban'
}

export interface WxHooks {
  /** Runs a callback on a later turn, with the harness recording what it throws. */
  later(fn: () => void): void
  /** Page navigation, done by the runtime's page stack. */
  navigate(kind: 'navigateTo' | 'redirectTo' | 'switchTab' | 'reLaunch' | 'navigateBack', options: Options): void
  /** True while a tap's handlers are running (WeChat's "user TAP gesture"). */
  inTapGesture(): boolean
  launchOptions(): LaunchOptions
  /** A URL on the bundle's built-in gateway origin, pointed at the gateway the test started. */
  rewriteUrl(url: string): string
}

/** A WeChat call the harness recorded: its name and the options the bundle passed (callbacks left out). */
export interface WxCall {
  name: string
  options: Record<string, unknown>
}


export function createWx(request: (options: WxRequestOptions) => WxRequestTask, hooks: WxHooks, options: WxStubOptions = {}) {
  const storage = new Map<string, unknown>(Object.entries(options.initialStorage ?? {}))
  const toasts: Array<Record<string, unknown>> = []
  const missing = new Set<string>()
  const calls: WxCall[] = []
  const badges = new Map<number, string>()
  /** Images saveImageToPhotosAlbum put in the album, as real files. */
  const saved: string[] = []
  const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'linli-wx-'))
  const privacyListeners: Array<(resolve: (o: { event: string; buttonId?: string }) => void, info: { referrer: string }) => void> = []
  let privacyAgreed = options.privacyAgreed ?? true
  const privacyAnswers: string[] = []
  let logins = 0

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

  const record = (name: string, o: unknown) => {
    const copy: Record<string, unknown> = {}
    if (o && typeof o === 'object') for (const [k, v] of Object.entries(o)) if (typeof v !== 'function') copy[k] = v
    calls.push({ name, options: copy })
  }
  const settle = (o: Callbacks, ok: boolean, result: Record<string, unknown>) =>
    hooks.later(() => {
      if (ok) o.success?.(result)
      else o.fail?.(result)
      o.complete?.(result)
    })
  /** A callback-style API answering `result`, as WeChat does on a later turn. */
  const succeed =
    (name: string, result: (o: Options) => Record<string, unknown> = () => ({})) =>
    (o: Options = {}) => {
      record(name, o)
      settle(o, true, { errMsg: `${name}:ok`, ...result(o) })
    }
  const fail = (name: string, o: Callbacks, message: string, extra: Record<string, unknown> = {}) => settle(o, false, { errMsg: `${name}:fail ${message}`, ...extra })

  /** WeChat's privacy check: ask the listener, wait for its answer, then run or fail the API. */
  const withPrivacy =
    (name: string, run: (o: Options) => void | Promise<void>) =>
    (o: Options = {}) => {
      record(name, o)
      const go = () => void Promise.resolve().then(() => run(o)).catch((error: unknown) => fail(name, o, String(error)))
      if (privacyAgreed) return go()
      if (!privacyListeners.length) return fail(name, o, 'privacy permission is not authorized', { errno: 104 })
      let answered = false
      const resolve = (answer: { event: string; buttonId?: string }) => {
        privacyAnswers.push(answer.event)
        if (answer.event === 'exposureAuthorization' || answered) return
        answered = true
        if (answer.event === 'agree' && answer.buttonId) {
          privacyAgreed = true
          go()
        } else fail(name, o, 'privacy permission is not authorized', { errno: 104 })
      }
      for (const listener of privacyListeners) listener(resolve, { referrer: name })
    }

  const api: Record<string, unknown> = {
    env: { USER_DATA_PATH: 'http://usr' },
    // Cloud development is not used; WeChat still has the object, and Taro copies it.
    cloud: { init: () => undefined },
    request: (o: WxRequestOptions) => {
      record('request', o)
      return request(o)
    },
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
    getMenuButtonBoundingClientRect: () => ({ width: 87, height: 32, top: 48, right: 368, bottom: 80, left: 281 }),
    getLaunchOptionsSync: () => structuredClone(hooks.launchOptions()),
    getEnterOptionsSync: () => structuredClone(hooks.launchOptions()),
    getAccountInfoSync: () => ({ miniProgram: { appId: 'wx-harness', envVersion: 'develop', version: '' } }),
    canIUse: () => true,
    nextTick: (fn: () => void) => hooks.later(fn),
    showToast: (o: Options) => {
      toasts.push({ title: o.title, icon: o.icon })
      succeed('showToast')(o)
    },
    hideToast: succeed('hideToast'),
    showLoading: succeed('showLoading'),
    hideLoading: succeed('hideLoading'),
    showModal: succeed('showModal', () => ({ confirm: true, cancel: false })),
    showActionSheet: succeed('showActionSheet', () => ({ tapIndex: 0 })),
    stopPullDownRefresh: succeed('stopPullDownRefresh'),
    startPullDownRefresh: succeed('startPullDownRefresh'),
    pageScrollTo: succeed('pageScrollTo'),
    setNavigationBarTitle: succeed('setNavigationBarTitle'),
    setNavigationBarColor: succeed('setNavigationBarColor'),
    setTabBarBadge: (o: Options) => {
      badges.set(Number(o.index), String(o.text))
      succeed('setTabBarBadge')(o)
    },
    removeTabBarBadge: (o: Options) => {
      badges.delete(Number(o.index))
      succeed('removeTabBarBadge')(o)
    },
    showShareMenu: succeed('showShareMenu'),
    hideShareMenu: succeed('hideShareMenu'),
    previewImage: succeed('previewImage'),
    makePhoneCall: succeed('makePhoneCall'),
    setClipboardData: withPrivacy('setClipboardData', (o) => settle(o, true, { errMsg: 'setClipboardData:ok' })),
    login: (o: Options = {}) => {
      logins++
      const code = typeof options.loginCode === 'function' ? options.loginCode() : (options.loginCode ?? `harness-login-code-${logins}`)
      succeed('login', () => ({ code }))(o)
    },
    checkSession: succeed('checkSession'),
    requestSubscribeMessage: (o: Options) => {
      record('requestSubscribeMessage', o)
      const ids = Array.isArray(o.tmplIds) ? (o.tmplIds as unknown[]).map(String) : []
      // WeChat's own refusals: outside a tap, too many or no templates.
      if (!hooks.inTapGesture()) return fail('requestSubscribeMessage', o, 'can only be invoked by user TAP gesture.', { errCode: 20004 })
      if (!ids.length) return fail('requestSubscribeMessage', o, 'TmplIds can not be empty', { errCode: 10001 })
      if (ids.length > 3) return fail('requestSubscribeMessage', o, 'TmplIds length over limit', { errCode: 20003 })
      const answer = options.subscribeAnswer ?? (() => 'accept' as const)
      settle(o, true, { errMsg: 'requestSubscribeMessage:ok', ...Object.fromEntries(ids.map((id) => [id, answer(id)])) })
    },
    onNeedPrivacyAuthorization: (listener: (typeof privacyListeners)[number]) => void privacyListeners.push(listener),
    getPrivacySetting: succeed('getPrivacySetting', () => ({ needAuthorization: !privacyAgreed, privacyContractName: '《邻里小程序隐私保护指引》' })),
    requirePrivacyAuthorize: withPrivacy('requirePrivacyAuthorize', (o) => settle(o, true, { errMsg: 'requirePrivacyAuthorize:ok' })),
    openPrivacyContract: succeed('openPrivacyContract'),
    ...fileApis({ record, settle, fail, withPrivacy, hooks, options, tempDir, saved }),
    scanCode: (o: Options) => {
      record('scanCode', o)
      if (options.scanResult === undefined) return fail('scanCode', o, 'cancel')
      settle(o, true, { errMsg: 'scanCode:ok', result: options.scanResult, scanType: 'QR_CODE', charSet: 'utf-8' })
    },
    chooseLocation: withPrivacy('chooseLocation', (o) => settle(o, true, { errMsg: 'chooseLocation:ok', name: '众望小区东门', address: '山西省阳泉市城区下站街道', latitude: 37.857, longitude: 113.583 })),
    createCanvasContext: (canvasId: string) => {
      record('createCanvasContext', { canvasId })
      // Drawing calls are accepted and dropped: the harness has no canvas to paint on.
      const ctx: Record<string, unknown> = {}
      for (const method of ['setFillStyle', 'fillRect', 'clearRect', 'setStrokeStyle', 'strokeRect', 'beginPath', 'closePath', 'fill', 'stroke', 'moveTo', 'lineTo', 'arc', 'rect', 'setFontSize', 'fillText', 'drawImage', 'save', 'restore', 'scale', 'translate']) ctx[method] = () => undefined
      ctx.draw = (_reserve?: boolean, cb?: () => void) => cb && hooks.later(cb)
      return ctx
    },
    onAppShow: () => undefined,
    onAppHide: () => undefined,
    offAppShow: () => undefined,
    offAppHide: () => undefined,
    onError: () => undefined,
    onUnhandledRejection: () => undefined,
    onPageNotFound: () => undefined,
    onWindowResize: () => undefined,
    onMemoryWarning: () => undefined,
    onNetworkStatusChange: () => undefined,
    getNetworkType: succeed('getNetworkType', () => ({ networkType: 'wifi' })),
    getUpdateManager: () => ({ onCheckForUpdate: () => undefined, onUpdateReady: () => undefined, onUpdateFailed: () => undefined, applyUpdate: () => undefined }),
    createSelectorQuery: () => {
      const query = { select: () => query, selectAll: () => query, selectViewport: () => query, in: () => query, boundingClientRect: () => query, scrollOffset: () => query, fields: () => query, exec: (cb?: (r: unknown[]) => void) => hooks.later(() => cb?.([])) }
      return query
    },
  }

  for (const kind of ['navigateTo', 'redirectTo', 'switchTab', 'reLaunch', 'navigateBack'] as const) {
    api[kind] = (o: Options = {}) => {
      record(kind, o)
      hooks.navigate(kind, o)
    }
  }

  // WeChat's promise style: an async API called without success/fail/complete returns a Promise
  // (Taro relies on it for the APIs it does not wrap itself, chooseMedia among them).
  for (const [name, member] of Object.entries(api)) {
    if (typeof member !== 'function' || /Sync$|^(on|off|create|get[A-Z]\w*Manager)/.test(name) || name === 'request' || name === 'uploadFile' || name === 'canIUse' || name === 'nextTick') continue
    const callbackStyle = member as (o?: unknown, ...rest: unknown[]) => unknown
    api[name] = (o?: unknown, ...rest: unknown[]) => {
      const plain = o && typeof o === 'object' && !('success' in o) && !('fail' in o) && !('complete' in o)
      if (!plain) return callbackStyle(o, ...rest)
      return new Promise((resolve, reject) => {
        callbackStyle({ ...(o as Record<string, unknown>), success: resolve, fail: reject }, ...rest)
      })
    }
  }

  // Everything else WeChat has: present, as in WeChat, but a use is recorded and fails.
  for (const name of wechatApiNames()) {
    if (name in api) continue
    api[name] = (o?: unknown) => {
      missing.add(name)
      if (o && typeof o === 'object') fail(name, o as Callbacks, 'not imitated by the weapp harness')
      return undefined
    }
  }

  const wx = new Proxy(api, {
    get(target, key) {
      // Members WeChat does not have at all (webpack's chunk list is the bundle's own).
      if (typeof key === 'string' && !(key in target) && key !== 'webpackJsonp') missing.add(key)
      return target[key as string]
    },
  })

  return {
    api: wx,
    storage,
    toasts,
    missing,
    calls,
    badges,
    privacyAnswers,
    /** What saveImageToPhotosAlbum saved, as real files. */
    album: saved,
    /** Whether WeChat would now run privacy APIs without asking. */
    privacyAgreed: () => privacyAgreed,
    close: () => fs.rmSync(tempDir, { recursive: true, force: true }),
  }
}

export type WxStub = ReturnType<typeof createWx>
