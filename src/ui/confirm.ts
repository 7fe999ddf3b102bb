import Taro from '@tarojs/taro'
import { t } from '@/i18n'

/** Asks before a step that cannot be undone; true only on an explicit 确定 (a dismissed sheet is a no). */
export async function confirmFirst(ask: { title: string; content: string; confirmText: string; cancelText?: string }): Promise<boolean> {
  const answer = await Taro.showModal({ title: ask.title, content: ask.content, confirmText: ask.confirmText, cancelText: ask.cancelText ?? t('common.notYet') }).catch(() => null)
  return answer?.confirm === true
}
