import Taro from '@tarojs/taro'
import { getApolloClient } from '@/graphql/client'
import { DeleteMyAccountDocument, ExportMyDataDocument, SignOutDocument } from '@/pages/me/me.generated'
import { signOutLocally } from '@/features/account/session-state'
import { t } from '@/i18n'
import { normalTokens } from '@/ui'

// 我的 → 导出我的数据 / 注销账号 / 退出登录 (PIPL: a resident can take and erase their data).

function download(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  document.body.appendChild(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}

/** The export's readable Chinese (the gateway writes it, times in Beijing time) and the whole of it as JSON. */
export function exportFiles(data: unknown, day: string): { readable: { name: string; text: string }; json: { name: string; text: string } } {
  const readable = data && typeof data === 'object' && 'readable' in data && typeof data.readable === 'string' ? data.readable : ''
  return {
    readable: { name: `linli-my-data-${day}.md`, text: readable },
    json: { name: `linli-my-data-${day}.json`, text: JSON.stringify(data, null, 2) },
  }
}

/** Everything held about the viewer: readable text and JSON downloads in the browser, both on the clipboard in WeChat. */
export async function exportMyData(): Promise<void> {
  const result = await getApolloClient().query({ query: ExportMyDataDocument, fetchPolicy: 'network-only' })
  const files = exportFiles(result.data.exportMyData, new Date().toISOString().slice(0, 10))
  if (process.env.TARO_ENV === 'h5') {
    download(files.readable.name, files.readable.text, 'text/markdown;charset=utf-8')
    download(files.json.name, files.json.text, 'application/json;charset=utf-8')
    void Taro.showToast({ title: t('me.export.downloaded'), icon: 'none', duration: 3000 })
    return
  }
  await Taro.setClipboardData({ data: `${files.readable.text}\n\n${files.json.text}` })
  void Taro.showToast({ title: t('me.export.copied'), icon: 'none', duration: 3000 })
}

/** Asks with the full consequences spelled out; on yes the gateway erases the account and we sign out. */
export async function deleteMyAccount(): Promise<boolean> {
  const answer = await Taro.showModal({
    title: t('me.delete'),
    content: t('me.delete.content'),
    confirmText: t('me.delete.confirm'),
    confirmColor: normalTokens.color.danger,
    cancelText: t('me.delete.cancel'),
  })
  if (!answer.confirm) return false
  await getApolloClient().mutate({ mutation: DeleteMyAccountDocument })
  signOutLocally()
  void Taro.showToast({ title: t('me.delete.done'), icon: 'none', duration: 3000 })
  return true
}

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
  const done = () => undefined
  if (count > 0) void Taro.setTabBarBadge({ index: 4, text: count > 99 ? '99+' : String(count) }).catch(done)
  else void Taro.removeTabBarBadge({ index: 4 }).catch(done)
}
