import fs from 'node:fs'
import path from 'node:path'
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations'
import type { Plugin } from 'graphql-yoga'
import type { Config } from '../config'

// Persisted operations: the app sends a sha256 hash (Apollo's persistedQuery extension) and the
// variables; the gateway runs the text the hash names. The allow-list is the union of every
// released manifest (gateway/persisted/<version>.json, added by `npm run release:manifest`) and the
// current build's (src/graphql/generated/persisted-documents.json), so a resident still on an older
// cached version of the mini-program keeps working after a release.

export type Manifest = Readonly<Record<string, string>>

function readManifest(file: string): Manifest {
  const parsed: unknown = JSON.parse(fs.readFileSync(file, 'utf8'))
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error(`${file}: not a hash → document map`)
  for (const [hash, text] of Object.entries(parsed)) {
    if (!/^[0-9a-f]{64}$/.test(hash) || typeof text !== 'string') throw new Error(`${file}: ${hash} is not a sha256 hash of a document`)
  }
  return parsed as Manifest // every entry checked just above
}

/** Every released manifest in `dir` (sorted by name) and `current` when it exists, merged. */
export function loadPersistedOperations(dir: string, current: string): Map<string, string> {
  const files = fs.existsSync(dir)
    ? fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => path.join(dir, f))
    : []
  if (fs.existsSync(current)) files.push(current)
  const operations = new Map<string, string>()
  for (const file of files) for (const [hash, text] of Object.entries(readManifest(file))) operations.set(hash, text)
  return operations
}

/** Yoga's persisted-operations plugin over the allow-list, with the gateway's codes and Chinese messages. */
export function persistedOperationsPlugin(config: Config): Plugin {
  const { dir, current, allowArbitrary } = config.persistedOperations
  const operations = loadPersistedOperations(dir, current)
  return usePersistedOperations({
    getPersistedOperation: (hash) => operations.get(hash) ?? null,
    allowArbitraryOperations: allowArbitrary,
    customErrors: {
      notFound: {
        message: '这个操作不在服务器的清单里，请把小程序更新到最新版本后再试',
        extensions: { code: 'NOT_FOUND', reason: 'PERSISTED_QUERY_NOT_FOUND' },
      },
      persistedQueryOnly: {
        message: '服务器只接受小程序已发布的操作',
        extensions: { code: 'FORBIDDEN', reason: 'PERSISTED_QUERY_ONLY' },
      },
      keyNotFound: {
        message: '请求里没有要执行的操作',
        extensions: { code: 'BAD_USER_INPUT', reason: 'PERSISTED_QUERY_ID_REQUIRED' },
      },
    },
  })
}
