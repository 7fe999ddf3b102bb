import { zhCN, type Catalogue, type MessageKey } from './zh-CN'

export type { MessageKey } from './zh-CN'

const catalogue: Catalogue = zhCN

/**
 * The text for `key` in the current language. `{name}` placeholders are filled from `params`;
 * a placeholder without a value is left visible so a missing parameter is noticed, not hidden.
 */
export function t(key: MessageKey, params?: Record<string, string | number>): string {
  const text = catalogue[key]
  if (!params) return text
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  )
}
