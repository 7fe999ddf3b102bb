// The local fallback when WeChat's msgSecCheck is not configured: a short list of words no
// resident-written text should carry (abuse, fraud bait, gambling). Operators extend it here.
export const BLOCKED_WORDS: readonly string[] = [
  '赌博', '博彩', '六合彩', '代开发票', '办证', '贷款秒批', '刷单', '兼职日结', '裸聊', '色情', '毒品', '冰毒', '枪支', '傻逼', '操你', '去死',
]

/** The first blocked word found in `text`, ignoring spaces and case; null when clean. */
export function findBlockedWord(text: string, words: readonly string[] = BLOCKED_WORDS): string | null {
  const normalised = text.replace(/[\s\u3000·.,,。!!??*_-]+/g, '').toLowerCase()
  return words.find((w) => normalised.includes(w.toLowerCase())) ?? null
}
