import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import type { TestProject } from 'vitest/node'

// Builds the weapp bundle once for the whole `build` project, as `npm run build:weapp` does.
// LINLI_REUSE_WEAPP_BUILD=1 skips the build when dist/weapp already holds one (local iteration).

export interface WeappBuildInfo {
  distDir: string
  reused: boolean
  buildMs: number
}

declare module 'vitest' {
  export interface ProvidedContext {
    weappBuild: WeappBuildInfo
  }
}

const root = path.resolve(__dirname, '..', '..')
const distDir = path.join(root, 'dist', 'weapp')

function runWeappBuild(): Promise<void> {
  return new Promise((resolve, reject) => {
    const cli = path.join(root, 'node_modules', '@tarojs', 'cli', 'bin', 'taro')
    const child = spawn(process.execPath, [cli, 'build', '--type', 'weapp'], {
      cwd: root,
      env: { ...process.env, NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.on('error', reject)
    child.on('close', (code) => {
      if (code === 0) resolve()
      else reject(new Error(`taro build --type weapp exited with ${code}:\n${output.slice(-4000)}`))
    })
  })
}

export default async function setup(project: TestProject) {
  const reuse = process.env.LINLI_REUSE_WEAPP_BUILD === '1' && fs.existsSync(path.join(distDir, 'app.json'))
  const started = Date.now()
  if (!reuse) {
    fs.rmSync(distDir, { recursive: true, force: true })
    await runWeappBuild()
  }
  project.provide('weappBuild', { distDir, reused: reuse, buildMs: Date.now() - started })
}
