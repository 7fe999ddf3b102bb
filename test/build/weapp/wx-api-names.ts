import fs from 'node:fs'
import path from 'node:path'

// Every member of WeChat's `wx` as miniprogram-api-typings (WeChat's own typings) declares it,
// so the stub can tell an API it imitates from one it lacks but WeChat has.

const typings = path.resolve(__dirname, '..', '..', '..', 'node_modules', 'miniprogram-api-typings', 'types', 'wx', 'lib.wx.api.d.ts')

let names: string[] | undefined

export function wechatApiNames(): string[] {
  if (names) return names
  const source = fs.readFileSync(typings, 'utf8')
  const start = source.indexOf('    interface Wx {')
  if (start < 0) throw new Error(`no interface Wx in ${typings}`)
  // Examples inside the doc comments have braces of their own: the interface ends where the next declaration starts.
  const next = /\n {4}(interface|type|declare|namespace) /g
  next.lastIndex = start + 10
  const end = next.exec(source)?.index ?? source.length
  const found = new Set<string>()
  for (const match of source.slice(start, end).matchAll(/^ {8}([a-zA-Z][a-zA-Z0-9]*)\s*[(<:]/gm)) found.add(match[1])
  // Capitalised names at this depth are fields of nested option types (BSSID…), not members of wx.
  names = [...found].filter((n) => /^[a-z]/.test(n)).sort()
  return names
}
