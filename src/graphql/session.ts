import Taro from '@tarojs/taro'

// The gateway's session token, kept in Taro storage so a restart stays signed in.
export const SESSION_STORAGE_KEY = 'linli.session'

/** The stored session token, or null when signed out. */
export function getSessionToken(): string | null {
  try {
    const stored: unknown = Taro.getStorageSync(SESSION_STORAGE_KEY)
    return typeof stored === 'string' && stored.length > 0 ? stored : null
  } catch {
    return null
  }
}

export function setSessionToken(token: string): void {
  Taro.setStorageSync(SESSION_STORAGE_KEY, token)
}

export function clearSessionToken(): void {
  try {
    Taro.removeStorageSync(SESSION_STORAGE_KEY)
  } catch {
    // Nothing stored or storage unavailable: either way there is no session left to use.
  }
}
