import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import type { TestProject } from 'vitest/node'
import { chromiumStatus } from './support/browser'

// Builds the H5 app once for the `e2e` project (with the development sign-in the journeys use),
// unless Chromium is missing and not required (then every e2e test is skipped and says why).
// LINLI_REUSE_H5_BUILD=1 reuses an existing dist/h5 (local iteration).

declare module 'vitest' {
  export interface ProvidedContext {
    h5Dir: string
  }
}

const root = path.resolve(__dirname, '..', '..')
const h5Dir = path.join(root, 'dist', 'h5')

function runH5Build(): Promise<void> {
  return new Promise((resolve, reject) => {
    const cli = path.join(root, 'node_modules', '@tarojs', 'cli', 'bin', 'taro')
    const child = spawn(process.execPath, [cli, 'build', '--type', 'h5'], {
      cwd: root,
      env: { ...process.env, NODE_ENV: 'production', LINLI_DEV_SIGNIN: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.on('error', reject)
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`taro build --type h5 exited with ${code}:\n${output.slice(-4000)}`))))
  })
}

export default async function setup(project: TestProject) {
  project.provide('h5Dir', h5Dir)
  if (!chromiumStatus().available) return
  if (process.env.LINLI_REUSE_H5_BUILD === '1' && fs.existsSync(path.join(h5Dir, 'index.html'))) return
  fs.rmSync(h5Dir, { recursive: true, force: true })
  await runH5Build()
}
