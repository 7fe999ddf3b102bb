import type { Config } from '../config'
import { WeChatHttpClient, type WeChatApi } from './wechat'

/** The edges the gateway cannot reach in tests; each has a real HTTP implementation. */
export interface Platform {
  /** null when WECHAT_APPID/WECHAT_SECRET are not configured. */
  wechat: WeChatApi | null
}

export function createPlatform(config: Config): Platform {
  const { appId, secret, apiBase, timeoutMs } = config.wechat
  return { wechat: appId && secret ? new WeChatHttpClient({ appId, secret, apiBase, timeoutMs }) : null }
}
