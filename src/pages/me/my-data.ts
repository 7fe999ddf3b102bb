import Taro from '@tarojs/taro'
import { getApolloClient } from '@/graphql/client'
import { SignOutDocument } from '@/pages/me/me.generated'
import { signOutLocally } from '@/features/account/session-state'
import { t } from '@/i18n'
import { setTabBadge } from '@/ui/tab-badge'

// 我的 → 退出登录 and the tab's badge. Exporting and erasing one's data (PIPL) are on the
// account subpackage's 导出或注销账号 page (src/features/account/my-data.ts).

/** Ends the session on the gateway (best effort) and on this device. */
export async function signOut(): Promise<void> {
  try {
    await getApolloClient().mutate({ mutation: SignOutDocument, context: { silentErrors: true } })
  } catch {
    // Offline or already expired: forgetting the token here is what matters to the resident.
  }
  signOutLocally()
  void Taro.showToast({ title: t('me.signOut.done'), icon: 'none' })
}

/** The 我的 tab's badge: the unread message count, or none. */
export function showUnreadBadge(count: number): void {
  setTabBadge(4, count > 0 ? (count > 99 ? '99+' : String(count)) : null)
}
