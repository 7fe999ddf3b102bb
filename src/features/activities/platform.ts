import Taro from '@tarojs/taro'

// What differs between WeChat and the browser for this journey, kept out of the pages.

export const isWeapp = (): boolean => process.env.TARO_ENV === 'weapp'
export const isH5 = (): boolean => process.env.TARO_ENV === 'h5'

/** Whether this build offers the development sign-in (and so sign-up in the browser). Tests have no constant: yes. */
export const devSignInAvailable = (): boolean => (typeof LINLI_DEV_SIGNIN === 'boolean' ? LINLI_DEV_SIGNIN : true)

/** The browser outside development signs up through WeChat: it offers 在微信中打开 instead. */
export const needsWeChatToSignUp = (): boolean => isH5() && !devSignInAvailable()

const sceneOf = (options: unknown): number | undefined => {
  const scene = (options as { scene?: unknown } | null)?.scene
  return typeof scene === 'number' && Number.isInteger(scene) && scene > 0 ? scene : undefined
}

/** The WeChat scene this visit came from (group chat 1008, QR code 1011…); undefined in the browser. */
export function currentScene(): number | undefined {
  if (!isWeapp()) return undefined
  try {
    // The enter options describe this visit (a card tapped while the app was in the background);
    // the launch options the cold start.
    const enter = typeof Taro.getEnterOptionsSync === 'function' ? sceneOf(Taro.getEnterOptionsSync()) : undefined
    return enter ?? sceneOf(Taro.getLaunchOptionsSync())
  } catch {
    return undefined
  }
}

/** Saves text as a file in the browser (a CSV, an .ics); false where there is no document. */
export function downloadTextFile(fileName: string, mime: string, text: string): boolean {
  if (typeof document === 'undefined' || typeof URL.createObjectURL !== 'function') return false
  const blob = new Blob([text], { type: `${mime};charset=utf-8` })
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.style.display = 'none'
  document.body.appendChild(link)
  link.click()
  document.body.removeChild(link)
  setTimeout(() => URL.revokeObjectURL(url), 1000)
  return true
}

/** Leaves the page for a URL (the URL Link that opens the mini-program); browser only. */
export function openExternal(url: string): void {
  if (typeof window !== 'undefined') window.location.href = url
}
