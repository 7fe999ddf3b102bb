import fs from 'node:fs'
import path from 'node:path'
import { generate } from '@graphql-codegen/cli'
import { describe, expect, it } from 'vitest'
import config from '../../codegen'

// The resolver types are generated from the modules' SDL and committed; this fails when someone
// edits a schema.graphql and forgets to regenerate.

const ROOT = path.resolve(__dirname, '../..')

describe('generated resolver types', () => {
  it('match what codegen makes from the SDL today', async () => {
    const outputs = (await generate({ ...config, cwd: ROOT, silent: true }, false)) as { filename: string; content: string }[]
    expect(outputs.map((o) => o.filename)).toEqual(Object.keys(config.generates))
    for (const output of outputs) {
      const file = path.resolve(ROOT, output.filename)
      const onDisk = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null
      expect(onDisk, `${output.filename} is stale: run \`npm run codegen\` and commit the result`).toBe(output.content)
    }
  }, 60_000)
})
