import fs from 'node:fs'
import path from 'node:path'
import { generate } from '@graphql-codegen/cli'
import { describe, expect, it } from 'vitest'
import config from '../../codegen.client'

// The app's typed documents are generated from the gateway's SDL and committed; when either side
// changes, `npm run codegen:app` must be run again. This says so instead of letting them drift.

const root = path.resolve(__dirname, '..', '..')

describe('app codegen (codegen.client.ts)', () => {
  it('src/graphql/generated matches the schema and operations', async () => {
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
    } finally {
      if (process.cwd() !== cwd) process.chdir(cwd)
    }
  })
})
