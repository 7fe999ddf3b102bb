import Taro from '@tarojs/taro'
import { getApolloClient } from '@/graphql/client'
import { normalTokens } from '@/ui'
import { DeleteMyAccountDocument, ExportMyDataDocument } from './account.generated'
import { t } from './i18n'
import { signOutLocally } from './session-state'

// 导出我的数据 / 注销账号 (PIPL: a resident can take and erase their data), on the account
// subpackage's my-data page so the main package does not carry them.

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
