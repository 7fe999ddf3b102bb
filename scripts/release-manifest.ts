import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

// At a release: keep the app's persisted-operations manifest as gateway/persisted/<version>.json
// (committed), so the gateway goes on serving this version's operations after later releases
// change them. `npm run release:manifest` after `npm run codegen:app`, with the release's version
// in package.json.

export interface ReleaseResult {
  file: string
  status: 'added' | 'unchanged'
  operations: number
}

/** Copies `current` to `<dir>/<version>.json`; refuses to overwrite a different manifest of the same version. */
export function releaseManifest(options: { version: string; current: string; dir: string }): ReleaseResult {
  const { version, current, dir } = options
  if (!/^\d+\.\d+\.\d+([-.][\w.]+)?$/.test(version)) throw new Error(`version ${JSON.stringify(version)} is not a release version (x.y.z)`)
  const text = fs.readFileSync(current, 'utf8')
  const operations = Object.keys(JSON.parse(text) as Record<string, string>).length
  const file = path.join(dir, `${version}.json`)
  if (fs.existsSync(file)) {
    if (fs.readFileSync(file, 'utf8') === text) return { file, status: 'unchanged', operations }
    throw new Error(`${file} already holds a different manifest: a released version's operations never change; raise the version in package.json`)
  }
  fs.mkdirSync(dir, { recursive: true })
  fs.writeFileSync(file, text)
  return { file, status: 'added', operations }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
  const { version } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }
  const result = releaseManifest({
    version,
    current: path.join(root, 'src', 'graphql', 'generated', 'persisted-documents.json'),
    dir: path.join(root, 'gateway', 'persisted'),
  })
  console.log(`${path.relative(root, result.file)}: ${result.status} (${result.operations} operations)`)
}
