import { zhCN, type Catalogue, type MessageKey } from './zh-CN'

export type { MessageKey } from './zh-CN'

const catalogue: Catalogue = zhCN

type Params = Record<string, string | number>

function fill(text: string, params?: Params): string {
  if (!params) return text
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  )
}

/**
 * The text for `key` in the current language. `{name}` placeholders are filled from `params`;
 * a placeholder without a value is left visible so a missing parameter is noticed, not hidden.
 */
export function t(key: MessageKey, params?: Params): string {
  return fill(catalogue[key], params)
}

/**
 * A feature subpackage's lookup: its own strings (bundled with it only), then the main package's.
 * Its key type is the union of both, so a module of the main package cannot name a string that
 * only a subpackage carries.
 */
export function withMessages<K extends string>(own: Readonly<Record<K, string>>) {
  const messages: Readonly<Record<string, string>> = own
  return function tFeature(key: K | MessageKey, params?: Params): string {
    return fill(key in messages ? messages[key] : catalogue[key as MessageKey], params)
  }
}
