import Taro from '@tarojs/taro'

// A tab's badge (the 我的 tab's unread count). WeChat's setTabBarBadge reaches only its native
// tab bar, which the weapp replaces with its own (src/custom-tab-bar); H5 keeps Taro's bar. So a
// badge goes to both: the native API, and the custom bar through this module's event.

const EVENT = 'linli.tabBadge'
const badges = new Map<number, string>()

/** Shows `text` on tab `index`, or clears it with null. */
export function setTabBadge(index: number, text: string | null): void {
  if (text) badges.set(index, text)
  else badges.delete(index)
  Taro.eventCenter.trigger(EVENT)
  const done = () => undefined
  if (text) void Taro.setTabBarBadge({ index, text }).catch(done)
  else void Taro.removeTabBarBadge({ index }).catch(done)
}

export const tabBadge = (index: number): string | undefined => badges.get(index)

/** Calls `listener` whenever a badge changes; returns the unsubscribe. */
export function onTabBadges(listener: () => void): () => void {
  Taro.eventCenter.on(EVENT, listener)
  return () => void Taro.eventCenter.off(EVENT, listener)
}
