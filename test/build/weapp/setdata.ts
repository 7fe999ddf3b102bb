// setData as WeChat applies it: each key is a data path (`a.b`, `a[0].b`, and Taro's
// `root.cn.[0].cn` form) into the page's data; the value is copied in at that place, creating
// objects and arrays on the way. The page's data is what the WXML renders.

export type DataPath = Array<string | number>

/** `root.cn.[0].cn.[12].v` → ['root', 'cn', 0, 'cn', 12, 'v']. */
export function parseDataPath(key: string): DataPath {
  const path: DataPath = []
  const pattern = /([^.[\]]+)|\[(\d+)\]/g
  for (const match of key.matchAll(pattern)) {
    if (match[2] !== undefined) path.push(Number(match[2]))
    else path.push(match[1])
  }
  if (!path.length) throw new Error(`setData: empty data path ${JSON.stringify(key)}`)
  return path
}

type Container = Record<string | number, unknown>

/** Applies one setData call to `data`, in key order, as WeChat does. */
export function applySetData(data: Record<string, unknown>, patch: Record<string, unknown>): void {
  for (const [key, raw] of Object.entries(patch)) {
    // WeChat sends the data to the view thread as JSON: functions and undefined fields vanish.
    const value: unknown = raw === undefined ? undefined : JSON.parse(JSON.stringify(raw))
    const path = parseDataPath(key)
    let target: Container = data
    for (let i = 0; i < path.length - 1; i++) {
      const step = path[i]
      const next = target[step]
      if (next === null || typeof next !== 'object') {
        target[step] = typeof path[i + 1] === 'number' ? [] : {}
      }
      // The branch above made it an object or array.
      target = target[step] as Container
    }
    target[path[path.length - 1]] = value
  }
}

/** Bytes WeChat moves between threads for one call: the JSON of the patch, in UTF-8. */
export function setDataBytes(patch: Record<string, unknown>): number {
  return Buffer.byteLength(JSON.stringify(patch), 'utf8')
}
