import type { RecordedRequest } from '../../app/support/wx-request'
import type { RenderedNode } from './render'
import type { createWx, LaunchOptions, WxStubOptions } from './wx-stub'

// What a test holds of the running mini-program: the runtime's options and its surface.

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
  /** A tab page's custom tab bar (custom-tab-bar/index), when app.json asks for one. */
  tabBar?: { instance: Record<string, unknown> }
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
  /** The current tab page's custom tab bar drawn by wcc (undefined on other pages). */
  tabBar(): RenderedNode | undefined
  /** Taps a node of the custom tab bar (by its text or id), then waits as tap does. */
  tapTabBar(query: NodeQuery): Promise<void>
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
