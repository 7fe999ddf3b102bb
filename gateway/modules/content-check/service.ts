import type { Logger } from 'pino'
import { errors } from '../../lib/errors'
import type { WeChatApi } from '../../platform/wechat'
import { findBlockedWord } from './word-list'

export type ContentVerdict = { ok: true } | { ok: false; reason: string }

/** One interface for checking text residents write. */
export interface ContentChecker {
  check(text: string, author: { openid: string | null }): Promise<ContentVerdict>
}

/** WeChat's msgSecCheck when configured (and the author came from WeChat), the local word list otherwise. */
export function createContentChecker(wechat: WeChatApi | null, log: Logger): ContentChecker {
  return {
    async check(text, author) {
      const word = findBlockedWord(text)
      if (word) return { ok: false, reason: 'blocked word' }
      if (!wechat || !author.openid || !text.trim()) return { ok: true }
      try {
        const verdict = await wechat.msgSecCheck(text, author.openid)
        return verdict === 'pass' ? { ok: true } : { ok: false, reason: `wechat ${verdict}` }
      } catch (error) {
        // WeChat being down must not stop residents; the local list has already passed the text.
        log.warn({ err: error }, 'msgSecCheck failed; local word list used')
        return { ok: true }
      }
    },
  }
}

/** Throws BAD_USER_INPUT naming the field when the text does not pass. */
export async function assertCleanText(checker: ContentChecker, text: string, field: string, author: { openid: string | null }): Promise<void> {
  const verdict = await checker.check(text, author)
  if (!verdict.ok) throw errors.badInput('内容含有不适宜发布的词语,请修改后再提交', field)
}
