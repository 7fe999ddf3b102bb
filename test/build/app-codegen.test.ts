import fs from 'node:fs'
import path from 'node:path'
import { generate } from '@graphql-codegen/cli'
import { describe, expect, it } from 'vitest'
import config from '../../codegen.client'

// The app's typed documents are generated from the gateway's SDL and committed; when either side
// changes, `npm run codegen:app` must be run again. This says so instead of letting them drift.

const root = path.resolve(__dirname, '..', '..')

function sourceFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? sourceFiles(path.join(dir, entry.name)) : [path.join(dir, entry.name)]))
}

const srcFiles = sourceFiles(path.join(root, 'src'))

describe('app codegen (codegen.client.ts)', () => {
  it('src/graphql/generated and every x.generated.ts match the schema and operations', async () => {
    // codegen.client.ts names its files relative to the repository root; vitest runs there.
    const cwd = process.cwd()
    if (cwd !== root) process.chdir(root)
    try {
      const outputs = await generate({ ...config, silent: true }, false)
      expect(outputs.length).toBeGreaterThan(0)
      for (const output of outputs) {
        const committed = fs.readFileSync(path.join(root, output.filename), 'utf8')
        expect(committed, `${output.filename} is stale: run npm run codegen:app`).toBe(output.content)
      }
      // A .graphql file moved or deleted leaves its old module behind; codegen does not remove it.
      const generated = new Set(outputs.map((o: { filename: string }) => path.resolve(root, o.filename)))
      const leftOver = srcFiles.filter((f) => f.endsWith('.generated.ts') && !generated.has(f)).map((f) => path.relative(root, f))
      expect(leftOver, 'delete these: their .graphql file is gone').toEqual([])
    } finally {
      if (process.cwd() !== cwd) process.chdir(cwd)
    }
  })

  it('the app imports only types from src/graphql/generated: documents come from x.generated.ts', () => {
    // graphql.ts holds every document; one value import of it would bundle all of them again.
    const offenders = srcFiles
      .filter((f) => /\.tsx?$/.test(f) && !f.includes(`${path.sep}generated${path.sep}`))
      .filter((f) => {
        const source = fs.readFileSync(f, 'utf8')
        return [...source.matchAll(/import\s+(type\s+)?\{([^}]*)\}\s+from\s+'@\/graphql\/generated(\/graphql|\/gql|\/index)?'/g)].some(
          ([, typeOnly, names]) => !typeOnly && names.split(',').some((n) => n.trim() && !n.trim().startsWith('type ')),
        )
      })
      .map((f) => path.relative(root, f))
    expect(offenders).toEqual([])
  })
})
